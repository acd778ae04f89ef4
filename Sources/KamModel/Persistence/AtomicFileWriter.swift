#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's content atomically, keeping the previous content as `FILE.bak`.
///
/// Steps: write a temporary file in the same folder (the old file's permission bits, or
/// 0600 for a new file) as its bytes are produced (`StreamingFileWriter`), with
/// `SaveVerification.readBack` each part read back and compared with what was meant to
/// be written as soon as it is written; flush it to the disk; check its size; run the
/// caller's last check; hard-link the old file to a temporary name and rename that over
/// `FILE.bak`; rename the temporary file over `FILE`; flush the folder. So `FILE` is
/// replaced only by a complete, flushed copy (that read back exactly as meant, when asked).
/// A failure before the last rename (or `cancelled` returning true between steps) removes
/// the temporary files and leaves `FILE` untouched.
struct AtomicFileWriter {
    let fileSystem: any WorkspaceFileSystem
    /// Whether each part is read back from the disk before the file replaces the old one.
    let verification: SaveVerification
    /// The staging size of the `StreamingFileWriter` (smaller in tests).
    let stageSize: Int

    init(fileSystem: any WorkspaceFileSystem, verification: SaveVerification,
         stageSize: Int = StreamingFileWriter.stageSize) {
        self.fileSystem = fileSystem
        self.verification = verification
        self.stageSize = stageSize
    }

    /// Writes to `path` the bytes `content` appends to the writer it is given, and returns
    /// their size and content hash. `beforeReplacing` runs once the new file is complete
    /// and can stop the save by throwing; `cancelled` is asked between steps and stops the
    /// write (throwing `SaveCancelled`) before the file is replaced.
    func write(to path: String, cancelled: () -> Bool = { false }, beforeReplacing: () throws -> Void = {},
               content: (StreamingFileWriter) throws -> Void) throws -> StreamingFileWriter.Written {
        let (folder, name) = AtomicFileWriter.split(path)
        let oldPermissions = try fileSystem.permissions(of: path)
        let suffix = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = "\(folder)/.\(name).tmp-\(suffix)"
        let descriptor = try fileSystem.create(temporary, permissions: oldPermissions ?? 0o600)
        var open = true
        let written: StreamingFileWriter.Written
        do {
            let stream = StreamingFileWriter(fileSystem: fileSystem, descriptor: descriptor, path: temporary,
                                             readBack: verification == .readBack, stageSize: stageSize)
            do {
                try content(stream)
                written = try stream.finish()
            } catch {
                stream.abandon()
                throw error
            }
            if cancelled() { throw SaveCancelled(file: path) }
            try fileSystem.sync(descriptor, path: temporary)
            open = false
            try fileSystem.close(descriptor, path: temporary)
            guard written.readBackEqual else {
                throw WorkspaceError.verificationFailed(file: path, detail: "the bytes read back differ from those written")
            }
            guard let size = FileStatus.of(temporary)?.size, size == written.size else {
                throw WorkspaceError.verificationFailed(file: path, detail: "the file written is not \(written.size) bytes long")
            }
            try beforeReplacing()
            if cancelled() { throw SaveCancelled(file: path) }
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
        return written
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

/// A save stopped before it replaced the file (an ending signal arrived): the file is as
/// it was and no temporary file is left.
public struct SaveCancelled: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was not replaced.
    public var file: String

    public var description: String { "\(file) was not saved: the save was stopped before it replaced the file" }
}
