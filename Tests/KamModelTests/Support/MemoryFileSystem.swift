@testable import KamModel

/// A file system that holds files in memory and can only read them: a fake that
/// implements `read` and nothing of pieces, as older test file systems do.
struct MemoryFileSystem: WorkspaceFileSystem {
    var files: [String: [UInt8]]

    private func unsupported(_ operation: String, _ path: String) -> WorkspaceError {
        .fileSystem(operation: operation, path: path, errno: 1)
    }

    func read(_ path: String) throws -> [UInt8] {
        guard let bytes = files[path] else { throw WorkspaceError.fileSystem(operation: "read", path: path, errno: 2) }
        return bytes
    }
    func permissions(of path: String) throws -> UInt32? { files[path] == nil ? nil : 0o644 }
    func create(_ path: String, permissions: UInt32) throws -> Int32 { throw unsupported("create", path) }
    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws { throw unsupported("write", path) }
    func sync(_ descriptor: Int32, path: String) throws { throw unsupported("flush", path) }
    func close(_ descriptor: Int32, path: String) throws {}
    func link(_ existing: String, to newPath: String) throws { throw unsupported("link", newPath) }
    func rename(_ from: String, to: String) throws { throw unsupported("rename", to) }
    func remove(_ path: String) {}
    func syncDirectory(_ path: String) throws {}
}

/// A file whose size says more than it holds: one cut short by another program while read.
struct ShrunkPieces: FilePieces {
    let bytes: [UInt8]
    let size: Int

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        try BytePieces(bytes).read(into: buffer, at: offset)
    }
}
