#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The texts one decoding part has read, so that equal texts read again (an activity's
/// text, a contact's title, an objective's title: in a portfolio the same words recur
/// across accounts) are one `String` in memory instead of a heap object each.
///
/// Texts of at most 15 UTF-8 bytes are kept inline in their `String` and are made as they
/// are; longer ones are looked up by a hash of their bytes in a bounded `SharingTable`
/// and shared only with a kept text of exactly the same bytes. The records' texts are kept
/// from their second sighting on (`notingFirst`): where most texts are unique, each unique
/// one then costs a hash and nothing more.
struct TextSharing {
    /// The longest text a `String` holds inline, without a heap object to share.
    static let inlineBytes = 15
    private var table: SharingTable<String>

    /// Sharing through a table of 2^`slotBits` slots (4,096: 64 KB of texts and 32 KB of
    /// hashes per decoding part; tests make it tiny), keeping texts from their first
    /// sighting on unless `notingFirst`.
    init(slotBits: Int = 12, notingFirst: Bool = true) {
        table = SharingTable(slotBits: slotBits, notingFirst: notingFirst)
    }

    /// The text spelled by `bytes` (valid UTF-8), shared with an earlier one spelled the same.
    @inline(__always)
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > Self.inlineBytes else { return String(decoding: bytes, as: UTF8.self) }
        return table.shared(hash: Self.hash(bytes), matches: { kept in Self.spells(kept, bytes) },
                            make: { String(decoding: bytes, as: UTF8.self) })
    }

    /// True when `text`'s UTF-8 is `bytes`.
    @inline(__always)
    static func spells(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { stored in
            memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? utf8.elementsEqual(bytes)
    }

    /// A hash of more than 8 bytes, read 8 at a time (the last 8 read whole, overlapping
    /// the ones before when the length is not a multiple of 8).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let count = bytes.count
        var hash = UInt64(count) &* 0x9e37_79b9_7f4a_7c15
        var i = 0
        while i + 8 < count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xbf58_476d_1ce4_e5b9
            hash ^= hash >> 29
            i += 8
        }
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* 0x94d0_49bb_1331_11eb
        return hash ^ (hash >> 32)
    }
}
