import Dispatch
import Foundation

/// Writes a new file's bytes as they are produced, with `readBack` reading each part back
/// as soon as it is on the disk: the save's writer.
///
/// The producer appends bytes; they are gathered in staging buffers of `stageSize` bytes
/// (page-aligned, so the real file system can write them past the page cache). A full
/// buffer goes to a writer thread, which hashes its 1 MiB blocks (`ContentHash.ofBlock`)
/// and writes it; with `readBack`, then to a checker thread, which reads that part of the
/// file back and compares it byte for byte with the buffer. Only then is the buffer used
/// again. So encoding, writing and reading back overlap, and memory stays at `stages`
/// buffers whatever the size of the file. The first failure stops everything after it:
/// `append` and `finish` throw it.
final class StreamingFileWriter: @unchecked Sendable {
    /// What was written: the byte count, the content hash and whether every part read back
    /// exactly as it was written (true when nothing was read back).
    struct Written: Sendable, Equatable {
        var size: Int
        var hash: UInt64
        var readBackEqual: Bool
    }

    /// The size of a staging buffer: a whole number of hash blocks, so that every buffer
    /// starts a block and the block hashes are those of the whole file.
    static let stageSize = 8 * ContentHash.blockSize
    /// How many staging buffers may be filled, written or checked at once: one of each
    /// (a fourth made no save faster by benchmark, and cost 8 MB while it ran).
    static let stages = 3

    private let fileSystem: any WorkspaceFileSystem
    private let descriptor: Int32
    private let path: String
    private let stageSize: Int
    private let writing = DispatchQueue(label: "kam.save.write")
    private let checking = DispatchQueue(label: "kam.save.read-back")
    private let available: DispatchSemaphore
    /// Where the checker reads parts back into (used by the checker thread only); nil when
    /// nothing is read back.
    private let readBack: UnsafeMutableRawBufferPointer?
    private let lock = NSLock()

    // Guarded by `lock`.
    private var idle: [UnsafeMutableRawPointer] = []
    private var allBuffers: [UnsafeMutableRawPointer] = []
    private var failure: (any Error)?
    private var differs = false
    /// Block hashes in file order; appended by the writer thread only.
    private var blockHashes: [UInt64] = []

    // The producer's side.
    private var current: UnsafeMutableRawPointer?
    private var filled = 0
    /// Bytes handed to the writer thread so far: the file offset of `current`.
    private var shipped = 0
    private var finished = false

    /// A writer for the open, empty file `descriptor` at `path`, which is read back when
    /// `readBack`. `stageSize` (a multiple of `ContentHash.blockSize`) is smaller in tests.
    init(fileSystem: any WorkspaceFileSystem, descriptor: Int32, path: String, readBack: Bool,
         stageSize: Int = StreamingFileWriter.stageSize) {
        precondition(stageSize > 0 && stageSize % ContentHash.blockSize == 0, "stages hold whole hash blocks")
        self.fileSystem = fileSystem
        self.descriptor = descriptor
        self.path = path
        self.stageSize = stageSize
        available = DispatchSemaphore(value: Self.stages)
        self.readBack = readBack ? .allocate(byteCount: stageSize, alignment: DirectIO.alignment) : nil
    }

    deinit {
        // The threads' work holds the writer: nothing of it runs any more. A buffer still
        // being filled goes back first (a semaphore must end at its starting value).
        if current != nil { available.signal() }
        for buffer in allBuffers { buffer.deallocate() }
        readBack?.deallocate()
    }

    /// Appends `bytes` to the file; throws the first failure of writing or reading back.
    func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard var source = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            if let failure = firstFailure() { throw failure }
            let stage = currentStage()
            let n = min(remaining, stageSize - filled)
            (stage + filled).copyMemory(from: source, byteCount: n)
            filled += n
            source += n
            remaining -= n
            if filled == stageSize { ship() }
        }
    }

    /// Writes what is left, waits until every part is written and read back, and says
    /// what was written; throws the first failure.
    func finish() throws -> Written {
        precondition(!finished, "finish is called once")
        finished = true
        if filled > 0 { ship() }
        writing.sync {}
        checking.sync {}
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        return Written(size: shipped, hash: ContentHash.combine(blockHashes: blockHashes, count: shipped),
                       readBackEqual: !differs)
    }

    /// Stops writing and waits until neither thread touches the file any more: call it
    /// before closing the file when the save stops early.
    func abandon() {
        fail(SaveAbandoned())
        writing.sync {}
        checking.sync {}
    }

    private func firstFailure() -> (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    private func fail(_ error: any Error) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    /// The buffer being filled, waiting for one to come back from the checker if needed.
    private func currentStage() -> UnsafeMutableRawPointer {
        if let current { return current }
        available.wait()
        lock.lock()
        let stage: UnsafeMutableRawPointer
        if let reused = idle.popLast() {
            stage = reused
        } else {
            stage = .allocate(byteCount: stageSize, alignment: DirectIO.alignment)
            allBuffers.append(stage)
        }
        lock.unlock()
        current = stage
        filled = 0
        return stage
    }

    /// Hands the current buffer to the writer thread, then to the checker (if any).
    private func ship() {
        guard let stage = current else { return }
        let count = filled, offset = shipped
        shipped += count
        current = nil
        filled = 0
        // The buffer crosses threads as an address: exactly one thread uses it at a time.
        let address = UInt(bitPattern: stage)
        writing.async { [self] in
            let stage = UnsafeMutableRawPointer(bitPattern: address)!
            guard firstFailure() == nil else { return release(stage) }
            let bytes = UnsafeRawBufferPointer(start: stage, count: count)
            var start = 0
            while start < count {
                let end = min(count, start + ContentHash.blockSize)
                blockHashes.append(ContentHash.ofBlock(UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
                start = end
            }
            do {
                try fileSystem.write(descriptor, bytes, path: path)
            } catch {
                fail(error)
                return release(stage)
            }
            guard readBack != nil else { return release(stage) }
            checking.async { [self] in
                let stage = UnsafeMutableRawPointer(bitPattern: address)!
                defer { release(stage) }
                guard firstFailure() == nil else { return }
                do {
                    let written = UnsafeRawBufferPointer(start: stage, count: count)
                    if try !fileSystem.contentEquals(path, at: offset, written, scratch: readBack!) {
                        lock.lock()
                        differs = true
                        lock.unlock()
                    }
                } catch {
                    fail(error)
                }
            }
        }
    }

    /// Returns a buffer to the pool.
    private func release(_ stage: UnsafeMutableRawPointer) {
        lock.lock()
        idle.append(stage)
        lock.unlock()
        available.signal()
    }
}

/// The failure that stops a `StreamingFileWriter` whose save stopped for another reason.
private struct SaveAbandoned: Error {}
