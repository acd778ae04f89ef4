#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file operations that loading and saving a workspace need.
///
/// `PosixFileSystem` is the real one; tests wrap it to fail at a chosen step (a full disk
/// on `write`, a failing `sync`...). Every throwing operation throws `WorkspaceError.fileSystem`.
public protocol WorkspaceFileSystem: Sendable {
    /// The whole content of a file.
    func read(_ path: String) throws -> [UInt8]
    /// The permission bits of a file, or nil when there is no file at `path`.
    func permissions(of path: String) throws -> UInt32?
    /// Creates a new file (failing if it exists) with exactly these permission bits; returns its descriptor.
    func create(_ path: String, permissions: UInt32) throws -> Int32
    /// Writes all of `bytes` to an open file.
    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws
    /// Flushes an open file to the disk (fsync).
    func sync(_ descriptor: Int32, path: String) throws
    func close(_ descriptor: Int32, path: String) throws
    /// Makes `newPath` a second name (hard link) for `existing`.
    func link(_ existing: String, to newPath: String) throws
    /// Atomically renames `from` to `to`, replacing `to`.
    func rename(_ from: String, to: String) throws
    /// Removes a file if it exists; never fails.
    func remove(_ path: String)
    /// Flushes a folder's entries (renames in it) to the disk.
    func syncDirectory(_ path: String) throws
    /// True when the file at `path` holds exactly `bytes` (read back after a write).
    func contentEquals(_ path: String, _ bytes: [UInt8]) throws -> Bool
}

extension WorkspaceFileSystem {
    /// Reads the whole file and compares (what a test file system that fails on `read` needs).
    public func contentEquals(_ path: String, _ bytes: [UInt8]) throws -> Bool {
        try read(path) == bytes
    }
}

/// The real file system, through POSIX calls.
public struct PosixFileSystem: WorkspaceFileSystem {
    public init() {}

    private func failure(_ operation: String, _ path: String) -> WorkspaceError {
        .fileSystem(operation: operation, path: path, errno: errno)
    }

    public func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("read", path) }
        defer { _ = posixClose(fd) }
        var bytes: [UInt8] = []
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 {
            // Read straight into the array when the size is known: one copy, not two.
            let size = Int(info.st_size)
            var filled = 0
            var failed = false
            bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                while filled < size {
                    let n = posixRead(fd, buffer.baseAddress! + filled, size - filled)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        break
                    }
                    if n == 0 { break }
                    filled += n
                }
                count = filled
            }
            if failed { throw failure("read", path) }
            if filled < size { return bytes }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("read", path)
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    public func permissions(of path: String) throws -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw failure("inspect", path)
        }
        return UInt32(info.st_mode) & 0o7777
    }

    public func create(_ path: String, permissions: UInt32) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else { throw failure("create", path) }
        // The umask may have cleared bits; set exactly the ones asked for.
        guard fchmod(fd, mode_t(permissions)) == 0 else {
            let error = failure("set permissions of", path)
            _ = posixClose(fd)
            unlink(path)
            throw error
        }
        return fd
    }

    public func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { try writeAll(descriptor, $0, path: path) }
    }

    /// Writes all of `buffer` at the descriptor's offset. (One write call: buffered writes
    /// to one file are serialized by the kernel, so splitting them over threads gains nothing.)
    private func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer, path: String) throws {
        guard let base = buffer.baseAddress else { return }
        var done = 0
        while done < buffer.count {
            let n = posixWrite(descriptor, base + done, buffer.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("write", path)
            }
            done += n
        }
    }

    public func sync(_ descriptor: Int32, path: String) throws {
        guard fsync(descriptor) == 0 else { throw failure("flush", path) }
    }

    public func close(_ descriptor: Int32, path: String) throws {
        guard posixClose(descriptor) == 0 else { throw failure("close", path) }
    }

    public func link(_ existing: String, to newPath: String) throws {
        guard posixLink(existing, newPath) == 0 else { throw failure("link", newPath) }
    }

    public func rename(_ from: String, to: String) throws {
        guard posixRename(from, to) == 0 else { throw failure("rename \(from) to", to) }
    }

    public func remove(_ path: String) {
        _ = unlink(path)
    }

    /// Reads the file back in blocks into a small buffer (no second copy of a large file)
    /// and compares each with `memcmp`, on all cores for a large file.
    public func contentEquals(_ path: String, _ bytes: [UInt8]) throws -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { throw failure("read back", path) }
        guard Int(info.st_size) == bytes.count else { return false }
        let block = 1 << 20
        let blocks = (bytes.count + block - 1) / block
        let parts = blocks >= 8 ? BothCores.parts : 1
        let outcomes: [Result<Bool, WorkspaceError>] = bytes.withUnsafeBytes { expected in
            let base = UInt(bitPattern: expected.baseAddress)
            let count = expected.count
            return BothCores.map(parts) { part in
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { return .failure(failure("read back", path)) }
                defer { _ = posixClose(fd) }
                let buffer = UnsafeMutableRawPointer.allocate(byteCount: block, alignment: 64)
                defer { buffer.deallocate() }
                for index in (blocks * part / parts)..<(blocks * (part + 1) / parts) {
                    let offset = index * block
                    let length = min(block, count - offset)
                    var filled = 0
                    while filled < length {
                        let n = pread(fd, buffer + filled, length - filled, off_t(offset + filled))
                        if n < 0 && errno == EINTR { continue }
                        if n < 0 { return .failure(failure("read back", path)) }
                        if n == 0 { return .success(false) }
                        filled += n
                    }
                    guard let start = UnsafeRawPointer(bitPattern: base + UInt(offset)),
                          memcmp(buffer, start, length) == 0 else { return .success(false) }
                }
                return .success(true)
            }
        }
        for outcome in outcomes where try !outcome.get() { return false }
        return true
    }

    public func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open folder", path) }
        defer { _ = posixClose(fd) }
        // Some file systems cannot sync a folder; that is not a failure of the save.
        guard fsync(fd) == 0 || errno == EINVAL || errno == ENOTSUP else { throw failure("flush folder", path) }
    }
}

// The POSIX functions under names that do not clash with the protocol's methods.
private func posixClose(_ fd: Int32) -> Int32 { close(fd) }
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func posixLink(_ from: String, _ to: String) -> Int32 { link(from, to) }
private func posixRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
