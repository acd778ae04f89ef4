#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import KamModel

/// The real file system, except that one named step fails with a chosen errno.
struct FailingFileSystem: WorkspaceFileSystem {
    /// A step of saving that can be made to fail.
    enum Step: String, CaseIterable, Sendable {
        case create, write, sync, close, read, link, renameBackup, rename, syncDirectory
    }

    var failing: Step
    var code: Int32 = ENOSPC
    /// Only fail when the path contains this text (all paths when empty).
    var pathContaining = ""
    let real = PosixFileSystem()

    private func fail(_ step: Step, _ path: String) throws {
        if step == failing, pathContaining.isEmpty || path.contains(pathContaining) {
            throw WorkspaceError.fileSystem(operation: "\(step.rawValue) (injected)", path: path, errno: code)
        }
    }

    func read(_ path: String) throws -> [UInt8] {
        try fail(.read, path)
        return try real.read(path)
    }

    func permissions(of path: String) throws -> UInt32? { try real.permissions(of: path) }

    func create(_ path: String, permissions: UInt32) throws -> Int32 {
        try fail(.create, path)
        return try real.create(path, permissions: permissions)
    }

    func write(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws {
        if failing == .write, pathContaining.isEmpty || path.contains(pathContaining) {
            // A full disk: part of the data goes out before the error.
            try real.write(descriptor, Array(bytes.prefix(bytes.count / 2)), path: path)
        }
        try fail(.write, path)
        try real.write(descriptor, bytes, path: path)
    }

    func sync(_ descriptor: Int32, path: String) throws {
        try fail(.sync, path)
        try real.sync(descriptor, path: path)
    }

    func close(_ descriptor: Int32, path: String) throws {
        // The descriptor is released even when closing reports an error, as with close(2).
        try real.close(descriptor, path: path)
        try fail(.close, path)
    }

    func link(_ existing: String, to newPath: String) throws {
        try fail(.link, newPath)
        try real.link(existing, to: newPath)
    }

    func rename(_ from: String, to: String) throws {
        try fail(to.hasSuffix(".bak") ? .renameBackup : .rename, to)
        try real.rename(from, to: to)
    }

    func remove(_ path: String) { real.remove(path) }

    func syncDirectory(_ path: String) throws {
        try fail(.syncDirectory, path)
        try real.syncDirectory(path)
    }
}
