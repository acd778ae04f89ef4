/// Loading, checking and saving workspace files: the entry points other modules call.
public enum WorkspaceFile {
    /// Reads and decodes the workspace at `path`, migrating an older schema version.
    ///
    /// Throws `WorkspaceError` listing every problem (syntax, shape and semantic), one per
    /// line as `FILE:LINE:COLUMN: PATH: MESSAGE`.
    ///
    /// A valid file is read in windows of a few MB (never whole); see `read(path:...)`.
    public static func load(path: String, fileSystem: any WorkspaceFileSystem = PosixFileSystem()) throws -> Workspace {
        try read(path: path, fileSystem: fileSystem, options: .decodingOnly).workspace
    }

    /// Reads and decodes the workspace at `path` with its identity (size, content hash,
    /// status) and where each account sits in the file: what a document keeps.
    ///
    /// A plainly valid current-version file is read in windows of a few MB per core
    /// (`StreamedWorkspaceDecoder`), hashed and decoded as it is read; anything else (a
    /// file with problems, an older version, a layout the windows cannot cut) is read
    /// whole and decoded as `decode(bytes:...)` does, with the same problems. Throws as
    /// `load` does. `progress`, when given, follows the load from another thread.
    public static func read(path: String, fileSystem: any WorkspaceFileSystem = PosixFileSystem(),
                            progress: LoadProgress? = nil) throws -> LoadedFile {
        try read(path: path, fileSystem: fileSystem, options: StreamedWorkspaceDecoder.Options(), progress: progress)
    }

    /// `read(path:...)` with the windows' options (tests make them tiny).
    static func read(path: String, fileSystem: any WorkspaceFileSystem, options: StreamedWorkspaceDecoder.Options,
                     progress: LoadProgress? = nil) throws -> LoadedFile {
        let before = options.hashFile ? FileStatus.of(path) : nil
        // Whether the streamed decoder read the file (then it has problems): only that is
        // kept, not its workspace, while the file is read again.
        let decoded: Bool
        do {
            let file = try fileSystem.pieces(path)
            progress?.enter(.decoding)
            let streamed = StreamedWorkspaceDecoder.decode(file, options: options, progress: progress)
            progress?.enter(.checking)
            if let streamed, WorkspaceValidation.isValid(streamed.workspace) {
                let identity = streamed.hash.map { FileIdentity.of(size: file.size, hash: $0, at: path, statusBefore: before) }
                return LoadedFile(workspace: streamed.workspace, identity: identity, accountSpans: streamed.spans)
            }
            decoded = streamed != nil
        }
        // The rare case: the whole file, read again, through the reader that places every problem.
        let bytes = try fileSystem.read(path)
        let identityOfBytes = options.hashFile ? Pending { FileIdentity.of(bytes, at: path, statusBefore: before) } : nil
        defer { _ = identityOfBytes?.wait() }
        let result = decoded
            ? WorkspaceReader.readReference(bytes, fileName: path)
            : WorkspaceReader.read(bytes, fileName: path, progress: progress)
        let workspace = try workspace(of: result, fileName: path)
        return LoadedFile(workspace: workspace, identity: identityOfBytes?.wait(), accountSpans: nil)
    }

    /// Decodes workspace JSON; `fileName` is used in messages. `progress`, when given,
    /// follows the decoding and checking from another thread.
    public static func decode(bytes: [UInt8], fileName: String, progress: LoadProgress? = nil) throws -> Workspace {
        try workspace(of: WorkspaceReader.read(bytes, fileName: fileName, progress: progress), fileName: fileName)
    }

    /// The workspace a reader's result holds, or the error it is.
    private static func workspace(of result: WorkspaceReader.Result, fileName: String) throws -> Workspace {
        if let version = result.newerVersion { throw WorkspaceError.newerSchema(file: fileName, version: version) }
        guard result.problems.isEmpty, let workspace = result.workspace else {
            throw WorkspaceError.invalid(result.problems)
        }
        return workspace
    }

    /// The canonical file text of `workspace`, always at the current schema version.
    ///
    /// Written by `FastWorkspaceWriter` (straight into bytes, accounts on all cores); the
    /// same bytes as `encodeReference`.
    public static func encode(_ workspace: Workspace) -> [UInt8] {
        FastWorkspaceWriter.write(workspace)
    }

    /// The canonical file text through the reference writer: a JSON layout tree, then text.
    static func encodeReference(_ workspace: Workspace) -> [UInt8] {
        JSONWriter.write(WorkspaceEncoder.layout(workspace))
    }

    /// Every problem in the file at `path`, for `kam validate`; empty when the file is fine.
    public static func problems(path: String, fileSystem: any WorkspaceFileSystem = PosixFileSystem()) -> [WorkspaceProblem] {
        do {
            // A valid file is read in windows; one with problems is read again whole.
            _ = try read(path: path, fileSystem: fileSystem, options: .decodingOnly)
            return []
        } catch WorkspaceError.invalid(let problems) {
            return problems
        } catch WorkspaceError.newerSchema(let file, let version) {
            return [WorkspaceProblem(path: .root, message: WorkspaceError.newerSchema(file: file, version: version).description)]
        } catch {
            return [WorkspaceProblem(file: path, path: .root, message: "\(error)")]
        }
    }

    /// The semantic problems of an in-memory workspace (ids, references, ranges).
    public static func validate(_ workspace: Workspace) -> [WorkspaceProblem] {
        WorkspaceValidation.problems(in: workspace)
    }

    /// Saves `workspace` to `path` atomically, keeping the previous file as `path.bak`, and
    /// returns what was written (its size, content hash and status, for `FileIdentity`).
    ///
    /// Refuses a workspace with problems (it could not be loaded again). The file is
    /// replaced only by a complete, verified new version: written to a temporary file as
    /// it is encoded, every write taken whole, flushed to the disk and its size checked,
    /// and with `verification` `.readBack` each part read back from the disk and compared
    /// byte for byte with the encoded text (the encoder itself is checked against the
    /// reference encoder by the tests, and the reference encoder's output against the
    /// decoder). On failure throws `WorkspaceError` and leaves the file as it was; when
    /// `cancelled` returns true between steps, throws `SaveCancelled` and leaves it as it
    /// was too.
    /// `beforeReplacing` runs once the new file is complete and checked, and stops the save
    /// (leaving the file as it was) by throwing.
    ///
    /// With a `source` (the file the workspace was loaded from or last saved to), the
    /// accounts equal to those it holds are copied from it rather than encoded; if it
    /// changed in place since, every account is encoded instead. With `accountSpans`, the
    /// saved file's `accountSpans` say where each account went (for a source made from the
    /// new file); without, they are left empty and no account's text is hashed.
    @discardableResult
    public static func save(_ workspace: Workspace, to path: String,
                            fileSystem: any WorkspaceFileSystem = PosixFileSystem(),
                            source: AccountSource? = nil, accountSpans: Bool = false,
                            verification: SaveVerification = .current,
                            cancelled: () -> Bool = { false }, beforeReplacing: () throws -> Void = {}) throws -> SavedFile {
        let writer = AtomicFileWriter(fileSystem: fileSystem, verification: verification)
        do {
            return try save(workspace, to: path, writer: writer, source: source, accountSpans: accountSpans,
                            cancelled: cancelled, beforeReplacing: beforeReplacing)
        } catch is AccountSourceChanged {
            return try save(workspace, to: path, writer: writer, source: nil, accountSpans: accountSpans,
                            cancelled: cancelled, beforeReplacing: beforeReplacing)
        }
    }

    /// `save` through a given writer (tests use small staging buffers).
    static func save(_ workspace: Workspace, to path: String, writer: AtomicFileWriter, source: AccountSource? = nil,
                     accountSpans: Bool = false, cancelled: () -> Bool,
                     beforeReplacing: () throws -> Void = {}) throws -> SavedFile {
        // The checks run beside the encoding (most of their rules on one thread each); the
        // file is replaced only if they pass. Copied accounts equal accounts that passed
        // when their file was loaded or saved: only their links to the rest are checked.
        let copies = source?.copies(for: workspace.accounts)
        let copied = copies?.copied
        let valid = Pending { WorkspaceValidation.isValid(workspace, knownValid: copied) }
        var expected = workspace
        expected.schemaVersion = Workspace.currentSchemaVersion
        var stopped = false
        var spans: [AccountSpan] = []
        let written = try writer.write(to: path, cancelled: cancelled, beforeReplacing: {
            if !valid.wait() {
                let problems = validate(workspace).map { problem in
                    var problem = problem
                    problem.file = path
                    return problem
                }
                if !problems.isEmpty { throw WorkspaceError.notSaved(file: path, problems: problems) }
            }
            try beforeReplacing()
        }, content: { file in
            spans = try FastWorkspaceWriter.write(expected, copies: copies, spans: accountSpans, shouldStop: {
                stopped = stopped || cancelled()
                return stopped
            }, to: file.append)
            if stopped { throw SaveCancelled(file: path) }
        })
        return SavedFile(size: written.size, hash: written.hash, status: FileStatus.of(path), accountSpans: spans)
    }
}

/// A workspace file as loaded: the workspace, the file's identity and where each account
/// sits in it.
public struct LoadedFile: Sendable {
    public var workspace: Workspace
    /// The identity of the bytes the workspace was decoded from (size, content hash, status).
    public var identity: FileIdentity?
    /// Where each account of `workspace.accounts` (in that order) sits in the file; nil
    /// when the file was not read by the streamed fast path (a layout it cannot cut, an
    /// older schema version that was migrated).
    public var accountSpans: [AccountSpan]?
}

/// What a save wrote: the new file's size, content hash (`ContentHash`) and status, and
/// where each account's text is in it.
public struct SavedFile: Sendable, Equatable {
    public var size: Int
    public var hash: UInt64
    /// The file's status just after it was renamed into place; nil when it could not be taken.
    public var status: FileStatus?
    /// Each account's place in the new file, in the order of the workspace's accounts.
    public var accountSpans: [AccountSpan] = []

    /// The identity of the saved file, as `FileIdentity.read` would give it.
    public var identity: FileIdentity { FileIdentity(size: size, hash: hash, status: status) }
}
