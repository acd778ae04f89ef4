#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension AccountRecords {
    /// Whether the ids of `kind` are all non-empty and different, told from their packed
    /// bytes without making a string; nil when only the texts can tell (an id too long to
    /// keep inline, or a long list), and the caller checks the ids themselves.
    ///
    /// A block packs an id one way only (the prefix left out whenever it can be), so equal
    /// ids have equal bytes and different ones different bytes.
    func idsAreDistinct(_ kind: RecordKind) -> Bool? {
        packedTexts(kind, field: 0) { ids, bytes in
            for (i, id) in ids.enumerated() {
                guard let id, !Self.isEmpty(id, bytes) else { return false }
                for earlier in ids[..<i] where Self.same(earlier!, id, bytes) { return false }
            }
            return true
        }
    }

    /// Whether every activity's contact, if it has one, is the id of one of the contacts;
    /// nil when only the texts can tell (as for `idsAreDistinct`).
    func activityContactsAreKnown() -> Bool? {
        packedTexts(.contact, field: 0) { contacts, bytes in
            packedTexts(.activity, field: 1) { references, _ in
                references.allSatisfy { reference in
                    reference.map { r in contacts.contains { Self.same($0!, r, bytes) } } ?? true
                }
            }
        }
    }

    /// Where a packed text is in the block: its tag byte and the bytes after it.
    private typealias Slice = (start: Int, count: Int)

    /// `body` given where text `field` of each record of `kind` is packed (nil for none);
    /// nil when a text is pooled or there are more than 64 records.
    private func packedTexts<R>(_ kind: RecordKind, field: Int, _ body: ([Slice?], UnsafeRawPointer) -> R?) -> R? {
        guard let storage else { return body([], UnsafeRawPointer(bitPattern: 1)!) }
        let n = count(kind)
        guard n <= 64 else { return nil }
        return storage.withUnsafeMutablePointerToElements { elements in
            let bytes = UnsafeRawPointer(elements)
            var reader = RecordReader(storage: storage, bytes: bytes, kind: kind)
            var slices: [Slice?] = []
            slices.reserveCapacity(n)
            for _ in 0..<n {
                for f in 0..<kind.textsPerRecord {
                    let start = reader.position
                    reader.skipText()
                    guard f == field else { continue }
                    let tag = bytes.load(fromByteOffset: start, as: UInt8.self)
                    if tag == RecordTextTag.pooled { return nil }
                    slices.append(tag == RecordTextTag.none ? nil : (start, reader.position - start))
                }
            }
            return body(slices, bytes)
        }
    }

    private static func isEmpty(_ s: Slice, _ bytes: UnsafeRawPointer) -> Bool {
        s.count == 1 && bytes.load(fromByteOffset: s.start, as: UInt8.self) == 0
    }

    private static func same(_ a: Slice, _ b: Slice, _ bytes: UnsafeRawPointer) -> Bool {
        a.count == b.count && memcmp(bytes + a.start, bytes + b.start, a.count) == 0
    }
}
