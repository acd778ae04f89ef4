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
    /// The file opened for reading in pieces (the loader reads large files this way).
    func pieces(_ path: String) throws -> any FilePieces
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
    /// Writes all of `buffer` to an open file (the save writes its file in large parts this way).
    func write(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer, path: String) throws
    /// True when the file at `path` holds exactly `expected` from byte `offset` on (read
    /// back after a write). `scratch` is room to read into: page-aligned, at least
    /// `expected.count` rounded up to a whole page.
    func contentEquals(_ path: String, at offset: Int, _ expected: UnsafeRawBufferPointer,
                       scratch: UnsafeMutableRawBufferPointer) throws -> Bool
}

extension WorkspaceFileSystem {
    /// The whole file through `read`, served in pieces (what a test file system needs).
    public func pieces(_ path: String) throws -> any FilePieces {
        BytePieces(try read(path))
    }

    /// Writes a copy of the bytes through `write(_:_:path:)` taking an array, so that a
    /// test file system that changes or fails that one sees every write.
    public func write(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer, path: String) throws {
        try write(descriptor, Array(buffer), path: path)
    }

    /// Reads the whole file through `read` and compares the range (what a test file system
    /// that fails or changes `read` needs; the real one reads only the range).
    public func contentEquals(_ path: String, at offset: Int, _ expected: UnsafeRawBufferPointer,
                              scratch: UnsafeMutableRawBufferPointer) throws -> Bool {
        let bytes = try read(path)
        guard offset >= 0, offset + expected.count <= bytes.count else { return false }
        return bytes[offset..<(offset + expected.count)].elementsEqual(expected)
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

    public func pieces(_ path: String) throws -> any FilePieces {
        try PosixFilePieces(path: path)
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
        try bytes.withUnsafeBytes { try write(descriptor, $0, path: path) }
    }

    /// Writes the whole aligned blocks of a page-aligned buffer past the page cache where
    /// the file system allows (on this machine four to eight times faster than copying into the
    /// cache, and the flush after it has little left to do), and the rest through the cache.
    public func write(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer, path: String) throws {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        let alignment = DirectIO.alignment
        let whole = buffer.count / alignment * alignment
        var done = 0
        if whole > 0, Int(bitPattern: base) % alignment == 0, lseek(descriptor, 0, SEEK_CUR) % off_t(alignment) == 0,
           DirectIO.set(descriptor, on: true) {
            done = try writeAll(descriptor, UnsafeRawBufferPointer(start: base, count: whole), path: path, direct: true)
        }
        if done < buffer.count {
            _ = DirectIO.set(descriptor, on: false)
            _ = try writeAll(descriptor, UnsafeRawBufferPointer(start: base + done, count: buffer.count - done),
                             path: path, direct: false)
        }
    }

    /// Writes `buffer` at the descriptor's offset and returns how many bytes went out:
    /// all, or with `direct`, those written before the file system refused direct I/O or
    /// wrote part of a block (the caller writes the rest through the cache). (One writer per file: buffered
    /// writes to one file are serialized by the kernel, so splitting them gains nothing.)
    private func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer, path: String, direct: Bool) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var done = 0
        while done < buffer.count {
            let n = posixWrite(descriptor, base + done, buffer.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                if direct && errno == EINVAL { return done }
                throw failure("write", path)
            }
            done += n
            if direct && done % DirectIO.alignment != 0 { return done }
        }
        return done
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

    /// Reads the range back into `scratch` and compares it with `memcmp`, past the page
    /// cache where the file system allows (so it reads what the disk has, and costs no
    /// page-cache pages: on this VM, filling the cache cost more than the disk).
    public func contentEquals(_ path: String, at offset: Int, _ expected: UnsafeRawBufferPointer,
                              scratch: UnsafeMutableRawBufferPointer) throws -> Bool {
        guard let wanted = expected.baseAddress, !expected.isEmpty else { return true }
        let room = DirectIO.roundedUp(expected.count)
        guard let buffer = scratch.baseAddress, scratch.count >= room,
              Int(bitPattern: buffer) % DirectIO.alignment == 0 else {
            preconditionFailure("the read-back room must be page-aligned and hold \(room) bytes")
        }
        let fd = DirectIO.open(path, direct: offset % DirectIO.alignment == 0)
        guard fd >= 0 else { throw failure("read back", path) }
        defer { _ = posixClose(fd) }
        var filled = 0
        while filled < expected.count {
            // Whole blocks: a direct read may not stop inside one (it ends at the file's end).
            let n = pread(fd, buffer + filled, room - filled, off_t(offset + filled))
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw failure("read back", path) }
            if n == 0 { return false }
            filled += n
        }
        return memcmp(buffer, wanted, expected.count) == 0
    }

    public func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open folder", path) }
        defer { _ = posixClose(fd) }
        // Some file systems cannot sync a folder; that is not a failure of the save.
        guard fsync(fd) == 0 || errno == EINVAL || errno == ENOTSUP else { throw failure("flush folder", path) }
    }
}

/// Direct I/O (reading and writing past the page cache) where the platform has it.
enum DirectIO {
    /// The alignment of addresses, offsets and sizes direct I/O needs (a page covers every disk).
    static let alignment = 4_096

    /// Linux's `O_DIRECT`, which Swift's Glibc module does not export; its value depends on
    /// the architecture. 0 where there is none.
    static let flag: Int32 = {
        #if os(Linux) && (arch(x86_64) || arch(i386))
        return 0o40000
        #elseif os(Linux) && (arch(arm64) || arch(arm))
        return 0o200000
        #else
        return 0
        #endif
    }()

    /// `count` rounded up to whole blocks.
    static func roundedUp(_ count: Int) -> Int { (count + alignment - 1) / alignment * alignment }

    /// Opens a file to read, past the page cache when `direct` and the file system allows
    /// it, else through it; -1 when it cannot be opened.
    static func open(_ path: String, direct: Bool) -> Int32 {
        if direct, flag != 0 {
            let fd = posixOpen(path, O_RDONLY | O_CLOEXEC | flag)
            if fd >= 0 { return fd }
        }
        return posixOpen(path, O_RDONLY | O_CLOEXEC)
    }

    /// Turns direct I/O on or off for an open file; false when it cannot be turned on
    /// (no such flag here, or a file system without it, such as tmpfs).
    static func set(_ descriptor: Int32, on: Bool) -> Bool {
        guard flag != 0 else { return !on }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0 else { return false }
        let wanted = on ? flags | flag : flags & ~flag
        return wanted == flags || fcntl(descriptor, F_SETFL, wanted) == 0
    }
}

// The POSIX functions under names that do not clash with the protocol's methods.
private func posixClose(_ fd: Int32) -> Int32 { close(fd) }
private func posixOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func posixLink(_ from: String, _ to: String) -> Int32 { link(from, to) }
private func posixRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
