import Foundation

/// A window onto a file read in pieces: a reused buffer holding the file's bytes
/// `[start, end)`, moved forward by `refill(keepingFrom:)`, which keeps the bytes still
/// needed (an account cut by the window's end) and reads the next ones after them.
///
/// Reads end on multiples of `alignment` (or at `limit`), so that every block of the
/// content hash lies whole in some window and is hashed there, as it is read
/// (`BlockHashes`). The buffer grows (doubles) only when the bytes kept fill it: an
/// account larger than the window, or a header or tail read whole. Used by one thread at a time.
final class FileWindow: @unchecked Sendable {
    let file: any FilePieces
    /// The file offset of the buffer's first byte.
    private(set) var start: Int
    /// How many bytes the buffer holds.
    private(set) var filled = 0
    /// The offset this window never reads past (the file's size, or its part's end rounded up).
    var limit: Int
    private(set) var capacity: Int
    private(set) var buffer: UnsafeMutableRawPointer
    let alignment: Int
    let hashes: BlockHashes?

    /// An empty window at `start` of `capacity` bytes; `hashes`, when given, receives the
    /// hash of every content-hash block that lies whole in the window after a read.
    init(file: any FilePieces, start: Int, limit: Int, capacity: Int, alignment: Int, hashes: BlockHashes?) {
        self.file = file
        self.start = start
        self.limit = min(limit, file.size)
        self.capacity = max(capacity, 64)
        self.alignment = max(1, alignment)
        self.hashes = hashes
        buffer = .allocate(byteCount: self.capacity, alignment: 64)
    }

    deinit { buffer.deallocate() }

    /// The file offset after the last byte held.
    var end: Int { start + filled }
    /// True when the window holds everything up to `limit`.
    var atLimit: Bool { end >= limit }
    /// The bytes held, as a scanner reads them.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: buffer, count: filled) }

    /// Drops the bytes before `keep` (an offset in the window) and reads on after the rest,
    /// up to the next multiple of `alignment` that fits (doubling the buffer when none
    /// does), or to `limit`. Throws when the file ended early (it shrank while read).
    func refill(keepingFrom keep: Int) throws {
        precondition(keep >= start && keep <= end, "the kept bytes must be in the window")
        let kept = end - keep
        if keep > start, kept > 0 { memmove(buffer, buffer + (keep - start), kept) }
        start = keep
        filled = kept
        guard end < limit else { return }
        var target = min(limit, (start + capacity) / alignment * alignment)
        while target <= end {
            grow()
            target = min(limit, (start + capacity) / alignment * alignment)
        }
        let wanted = target - end
        let got = try file.read(into: UnsafeMutableRawBufferPointer(start: buffer + filled, count: wanted), at: end)
        guard got == wanted else { throw FileWindowError.shortRead }
        filled += got
        hashes?.hashBlocks(in: self)
    }

    /// Shrinks the buffer of a window that is done reading to the bytes from `keep` on (an
    /// offset in the window): a part's window once the part is read (nothing kept), the
    /// last part's once the accounts are read (the members after them kept). A later
    /// `refill` grows it again as needed.
    func release(keepingFrom keep: Int) {
        precondition(keep >= start && keep <= end, "the kept bytes must be in the window")
        let kept = end - keep
        let smaller = UnsafeMutableRawPointer.allocate(byteCount: max(64, kept), alignment: 64)
        smaller.copyMemory(from: buffer + (keep - start), byteCount: kept)
        buffer.deallocate()
        buffer = smaller
        capacity = max(64, kept)
        start = keep
        filled = kept
    }

    /// Doubles the buffer, keeping its bytes.
    private func grow() {
        let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 64)
        larger.copyMemory(from: buffer, byteCount: filled)
        buffer.deallocate()
        buffer = larger
        capacity *= 2
    }
}

/// The file ended before its size said it would: it changed while it was read.
struct FileWindowError: Error {
    static let shortRead = FileWindowError()
}

/// The content hash's block hashes (`ContentHash`: XXH64 of each 1 MiB block), collected
/// from the windows that read the file, each block hashed once by whichever window holds
/// it whole first; `finish` hashes any block no window held whole and combines them.
final class BlockHashes: @unchecked Sendable {
    let size: Int
    private let lock = NSLock()
    private var hashes: [UInt64]
    private var claimed: [Bool]
    /// How many blocks `finish` had to read again (none when the windows are aligned to blocks).
    private(set) var readAgain = 0

    /// The hashes of a file of `size` bytes.
    init(size: Int) {
        self.size = size
        let blocks = (size + ContentHash.blockSize - 1) / ContentHash.blockSize
        hashes = Array(repeating: 0, count: blocks)
        claimed = Array(repeating: false, count: blocks)
    }

    /// Hashes every block that lies whole in `window` and is not hashed yet.
    func hashBlocks(in window: FileWindow) {
        let block = ContentHash.blockSize
        var index = (window.start + block - 1) / block
        while index < hashes.count {
            let offset = index * block
            let length = min(block, size - offset)
            guard offset + length <= window.end else { break }
            if claim(index) {
                let hash = XXH64.hash(UnsafeRawBufferPointer(start: window.buffer + (offset - window.start), count: length))
                lock.withLock { hashes[index] = hash }
            }
            index += 1
        }
    }

    /// True (once) for the caller that is to hash block `index`.
    private func claim(_ index: Int) -> Bool {
        lock.withLock {
            if claimed[index] { return false }
            claimed[index] = true
            return true
        }
    }

    /// The content hash of the whole file (`ContentHash.of` of its bytes), reading from
    /// `file` any block not hashed yet. Throws when the file ended early.
    func finish(reading file: any FilePieces) throws -> UInt64 {
        let block = ContentHash.blockSize
        var scratch: UnsafeMutableRawPointer?
        defer { scratch?.deallocate() }
        for index in hashes.indices where claim(index) {
            let offset = index * block
            let length = min(block, size - offset)
            let buffer = scratch ?? .allocate(byteCount: block, alignment: 64)
            scratch = buffer
            guard try file.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: length), at: offset) == length else {
                throw FileWindowError.shortRead
            }
            hashes[index] = XXH64.hash(UnsafeRawBufferPointer(start: buffer, count: length))
            readAgain += 1
        }
        return lock.withLock { hashes.withUnsafeBytes { XXH64.hash($0, seed: UInt64(size)) } }
    }
}
