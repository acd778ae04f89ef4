#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's content atomically, keeping the previous content as `FILE.bak`.
///
/// Steps: write a temporary file in the same folder (the old file's permission bits, or
/// 0600 for a new file), flush it, read it back and verify it, hard-link the old file to a
/// temporary name and rename that over `FILE.bak`, rename the temporary file over `FILE`,
/// flush the folder. A failure before the last rename removes the temporary files and
/// leaves `FILE` untouched.
struct AtomicFileWriter {
    let fileSystem: any WorkspaceFileSystem

    /// Writes `bytes` to `path`; `verify` sees the bytes read back from the temporary file.
    func write(_ bytes: [UInt8], to path: String, verify: ([UInt8]) throws -> Void) throws {
        let (folder, name) = AtomicFileWriter.split(path)
        let oldPermissions = try fileSystem.permissions(of: path)
        let suffix = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = "\(folder)/.\(name).tmp-\(suffix)"
        let descriptor = try fileSystem.create(temporary, permissions: oldPermissions ?? 0o600)
        var open = true
        do {
            try fileSystem.write(descriptor, bytes, path: temporary)
            try fileSystem.sync(descriptor, path: temporary)
            open = false
            try fileSystem.close(descriptor, path: temporary)
            try verify(try fileSystem.read(temporary))
            if oldPermissions != nil {
                try keepBackup(of: path, in: folder, name: name, suffix: suffix)
            }
            try fileSystem.rename(temporary, to: path)
        } catch {
            if open { try? fileSystem.close(descriptor, path: temporary) }
            fileSystem.remove(temporary)
            throw error
        }
        try fileSystem.syncDirectory(folder)
    }

    /// Makes `FILE.bak` the current content of `FILE`, atomically.
    private func keepBackup(of path: String, in folder: String, name: String, suffix: String) throws {
        let temporary = "\(folder)/.\(name).bak-\(suffix)"
        do {
            try fileSystem.link(path, to: temporary)
        } catch WorkspaceError.fileSystem(_, _, let code) where AtomicFileWriter.linkUnsupported(code) {
            // No hard links on this file system: copy the old file instead.
            try copy(path, to: temporary)
        }
        do {
            try fileSystem.rename(temporary, to: path + ".bak")
        } catch {
            fileSystem.remove(temporary)
            throw error
        }
    }

    private func copy(_ source: String, to destination: String) throws {
        let bytes = try fileSystem.read(source)
        let permissions = try fileSystem.permissions(of: source) ?? 0o600
        let descriptor = try fileSystem.create(destination, permissions: permissions)
        do {
            try fileSystem.write(descriptor, bytes, path: destination)
            try fileSystem.sync(descriptor, path: destination)
            try fileSystem.close(descriptor, path: destination)
        } catch {
            try? fileSystem.close(descriptor, path: destination)
            fileSystem.remove(destination)
            throw error
        }
    }

    /// Errors by which a file system says it has no hard links.
    static func linkUnsupported(_ code: Int32) -> Bool {
        code == EPERM || code == EXDEV || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK
    }

    /// The folder (`.` when none) and the file name of a path.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }
}
