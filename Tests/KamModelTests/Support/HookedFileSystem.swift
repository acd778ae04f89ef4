import Foundation
@testable import KamModel

/// The real file system with what a test needs to watch or disturb: it counts whole-file
/// reads and read-backs, and can change the bytes a write is given (a disk that does not
/// keep them).
final class HookedFileSystem: WorkspaceFileSystem, @unchecked Sendable {
    let real = PosixFileSystem()
    private let lock = NSLock()
    private var readCount = 0, readBackCount = 0
    /// How many times `read` ran (from any thread: a save compares the file beside its writing).
    var reads: Int { lock.withLock { readCount } }
    /// How many ranges were read back (from any thread).
    var readBacks: Int { lock.withLock { readBackCount } }
    /// Changes the bytes before they are written; nil writes them as given.
    let changeWrite: (@Sendable ([UInt8]) -> [UInt8])?

    init(changeWrite: (@Sendable ([UInt8]) -> [UInt8])? = nil) {
        self.changeWrite = changeWrite
    }

    func read(_ path: String) throws -> [UInt8] {
        lock.withLock { readCount += 1 }
        return try real.read(path)
    }
    func permissions(of path: String) throws -> UInt32? { try real.permissions(of: path) }
    func create(_ path: String, permissions: UInt32) throws -> Int32 { try real.create(path, permissions: permissions) }
    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws {
        try real.write(descriptor, changeWrite?(bytes) ?? bytes, path: path)
    }
    func sync(_ descriptor: Int32, path: String) throws { try real.sync(descriptor, path: path) }
    func close(_ descriptor: Int32, path: String) throws { try real.close(descriptor, path: path) }
    func link(_ existing: String, to newPath: String) throws { try real.link(existing, to: newPath) }
    func rename(_ from: String, to: String) throws { try real.rename(from, to: to) }
    func remove(_ path: String) { real.remove(path) }
    func syncDirectory(_ path: String) throws { try real.syncDirectory(path) }
    /// Reads back with the real file system: a read-back is not one of the counted reads.
    func contentEquals(_ path: String, at offset: Int, _ expected: UnsafeRawBufferPointer,
                       scratch: UnsafeMutableRawBufferPointer) throws -> Bool {
        lock.withLock { readBackCount += 1 }
        return try real.contentEquals(path, at: offset, expected, scratch: scratch)
    }
}
