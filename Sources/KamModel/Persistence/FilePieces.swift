#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file open for reading in pieces at any offset, from any thread: how the loader reads
/// a large workspace without holding all of it in memory.
public protocol FilePieces: Sendable {
    /// The file's size when it was opened.
    var size: Int { get }
    /// Reads up to `buffer.count` bytes at `offset` into `buffer`; returns how many were
    /// read (fewer only at the end of the file). Throws `WorkspaceError.fileSystem`.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int
}

/// A whole file already in memory, served in pieces: what `WorkspaceFileSystem.pieces`
/// gives by default (from `read`), so that test file systems need not implement pieces.
public struct BytePieces: FilePieces {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var size: Int { bytes.count }

    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        guard offset >= 0, offset < bytes.count, let target = buffer.baseAddress else { return 0 }
        let count = min(buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { source in
            guard let start = source.baseAddress else { return }
            target.copyMemory(from: start + offset, byteCount: count)
        }
        return count
    }
}

/// A file open for `pread` (thread-safe: no shared file offset); closed when released.
final class PosixFilePieces: FilePieces {
    let size: Int
    private let descriptor: Int32
    private let path: String

    /// Opens the file at `path` for reading.
    init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw WorkspaceError.fileSystem(operation: "read", path: path, errno: errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = WorkspaceError.fileSystem(operation: "read", path: path, errno: errno)
            _ = close(fd)
            throw error
        }
        descriptor = fd
        size = Int(info.st_size)
        self.path = path
    }

    deinit { _ = close(descriptor) }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let n = pread(descriptor, base + filled, buffer.count - filled, off_t(offset + filled))
            if n < 0 {
                if errno == EINTR { continue }
                throw WorkspaceError.fileSystem(operation: "read", path: path, errno: errno)
            }
            if n == 0 { break }
            filled += n
        }
        return filled
    }
}
