#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The recovery journal's file: its lines, and appending them with a flush to the disk.
final class JournalFile {
    /// The first line: which workspace, on which base file, since when, by which schema.
    struct Header: Equatable {
        var workspace: String
        /// The hash of the base file; 0 when there was no file yet.
        var baseHash: UInt64
        /// Which hash `baseHash` is: `baseHashKind` in the line; journals without it (written
        /// before `ContentHash`) hold FNV-1a. Nil for a kind this kam does not know.
        var baseHashKind: ContentHash.Kind? = .blocks
        var created: Int64
        var schemaVersion: Int

        var line: [UInt8] {
            JSONWriter.inline(.object(JSONObject([
                ("kamJournal", .number(1)), ("workspace", .string(workspace)),
                ("baseHash", .string(FileIdentity.hex(baseHash))),
                ("baseHashKind", .string(baseHashKind?.rawValue ?? "unknown")), ("created", .number(Double(created))),
                ("createdAt", .string(ClockText.dateAndTime(created))),
                ("schemaVersion", .number(Double(schemaVersion))),
            ]))) + [0x0A]
        }

        init(workspace: String, baseHash: UInt64, baseHashKind: ContentHash.Kind? = .blocks, created: Int64,
             schemaVersion: Int) {
            self.workspace = workspace
            self.baseHash = baseHash
            self.baseHashKind = baseHashKind
            self.created = created
            self.schemaVersion = schemaVersion
        }

        init?(line: [UInt8]) {
            guard case .object(let o)? = try? JSONParser.parse(line), o["kamJournal"] != nil,
                  case .string(let workspace)? = o["workspace"], case .string(let hash)? = o["baseHash"],
                  let baseHash = UInt64(hash, radix: 16), case .number(let created)? = o["created"],
                  case .number(let schema)? = o["schemaVersion"], abs(created) < 1e15, abs(schema) < 1e6 else { return nil }
            var kind = ContentHash.Kind.fnv1a as ContentHash.Kind?
            if case .string(let name)? = o["baseHashKind"] { kind = ContentHash.Kind(rawValue: name) }
            self.init(workspace: workspace, baseHash: baseHash, baseHashKind: kind, created: Int64(created),
                      schemaVersion: Int(schema))
        }
    }

    /// One line after the header: an edit applied, undone or redone.
    struct Entry: Equatable {
        enum Operation: String { case apply, undo, redo }
        var operation: Operation
        var edit: WorkspaceEdit

        init(_ operation: Operation, _ edit: WorkspaceEdit) {
            self.operation = operation
            self.edit = edit
        }

        var line: [UInt8] {
            JSONWriter.inline(.object(JSONObject([
                ("op", .string(operation.rawValue)), ("description", .string(edit.description)),
                ("edit", EditCoding.encode(edit)),
            ]))) + [0x0A]
        }

        init(line: [UInt8]) throws(EditCoding.Unreadable) {
            let value: JSONValue
            do {
                value = try JSONParser.parse(line)
            } catch {
                throw EditCoding.Unreadable(description: "not JSON (\(error.message))")
            }
            guard case .object(let o) = value, case .string(let op)? = o["op"],
                  let operation = Operation(rawValue: op), let edit = o["edit"] else {
                throw EditCoding.Unreadable(description: "not a journal entry")
            }
            self.init(operation, try EditCoding.decode(edit))
        }
    }

    /// The edits that remain once undos and redos are worked out, oldest first: undoing an
    /// edit is applying its inverse, which cancels the edit when it is the newest one.
    static func netEdits(_ entries: [Entry]) -> [WorkspaceEdit] {
        var net: [WorkspaceEdit] = []
        for entry in entries {
            let edit = entry.operation == .undo ? entry.edit.inverse : entry.edit
            if let last = net.last, last == edit.inverse {
                net.removeLast()
            } else {
                net.append(edit)
            }
        }
        return net
    }

    // MARK: Writing

    let path: String
    private var descriptor: Int32

    /// Starts a journal at `path` with `header` (replacing an old one), flushed to disk.
    /// Creates the fallback journal folder when needed.
    init(path: String, header: Header, entries: [Entry] = []) throws {
        self.path = path
        let (folder, name) = AtomicFileWriter.split(path)
        JournalFile.makeFolders(folder)
        // Written to a temporary name and renamed, so an old journal is replaced whole or not at all.
        let temporary = "\(folder)/.\(name).new-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else { throw WorkspaceError.fileSystem(operation: "create the recovery journal", path: path, errno: errno) }
        descriptor = fd
        do {
            try append(header.line + entries.flatMap(\.line), to: temporary)
            guard rename(temporary, path) == 0 else {
                throw WorkspaceError.fileSystem(operation: "create the recovery journal", path: path, errno: errno)
            }
            try? PosixFileSystem().syncDirectory(folder)
        } catch {
            _ = close(fd)
            unlink(temporary)
            throw error
        }
    }

    deinit { _ = close(descriptor) }

    /// Appends one entry and flushes it to the disk.
    func append(_ entry: Entry) throws {
        try append(entry.line, to: path)
    }

    private func append(_ bytes: [UInt8], to name: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WorkspaceError.fileSystem(operation: "write the recovery journal", path: name, errno: errno)
            }
            offset += n
        }
        guard fsync(descriptor) == 0 else {
            throw WorkspaceError.fileSystem(operation: "flush the recovery journal", path: name, errno: errno)
        }
    }

    /// Closes and deletes the journal.
    func remove() {
        unlink(path)
    }

    /// Creates `folder` and its parents (mode 0700) when missing.
    static func makeFolders(_ folder: String) {
        var path = ""
        for part in folder.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + part
            if folder.hasPrefix("/") || !path.isEmpty { _ = mkdir(folder.hasPrefix("/") ? path : String(path.dropFirst()), 0o700) }
        }
    }

    /// `path` made absolute against the current folder, with the folder part resolved.
    static func absolute(_ path: String) -> String {
        let (folder, name) = AtomicFileWriter.split(path)
        if let resolved = realpath(folder, nil) {
            defer { free(resolved) }
            let base = String(cString: resolved)
            return (base == "/" ? "" : base) + "/" + name
        }
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        return cText(buffer) + "/" + path
    }
}

/// The text of a NUL-terminated C character buffer.
func cText(_ buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
