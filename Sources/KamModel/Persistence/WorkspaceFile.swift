/// Loading, checking and saving workspace files: the entry points other modules call.
public enum WorkspaceFile {
    /// Reads and decodes the workspace at `path`, migrating an older schema version.
    ///
    /// Throws `WorkspaceError` listing every problem (syntax, shape and semantic), one per
    /// line as `FILE:LINE:COLUMN: PATH: MESSAGE`.
    public static func load(path: String, fileSystem: any WorkspaceFileSystem = PosixFileSystem()) throws -> Workspace {
        try decode(bytes: try fileSystem.read(path), fileName: path)
    }

    /// Decodes workspace JSON; `fileName` is used in messages. `progress`, when given,
    /// follows the decoding and checking from another thread.
    public static func decode(bytes: [UInt8], fileName: String, progress: LoadProgress? = nil) throws -> Workspace {
        let result = WorkspaceReader.read(bytes, fileName: fileName, progress: progress)
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
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(path)
        } catch {
            return [WorkspaceProblem(file: path, path: .root, message: "\(error)")]
        }
        let result = WorkspaceReader.read(bytes, fileName: path)
        if let version = result.newerVersion {
            let message = WorkspaceError.newerSchema(file: path, version: version).description
            return [WorkspaceProblem(path: .root, message: message)]
        }
        return result.problems
    }

    /// The semantic problems of an in-memory workspace (ids, references, ranges).
    public static func validate(_ workspace: Workspace) -> [WorkspaceProblem] {
        WorkspaceValidation.problems(in: workspace)
    }

    /// Saves `workspace` to `path` atomically, keeping the previous file as `path.bak`.
    ///
    /// Refuses a workspace with problems (it could not be loaded again). On failure throws
    /// `WorkspaceError` and leaves the file as it was.
    public static func save(_ workspace: Workspace, to path: String,
                            fileSystem: any WorkspaceFileSystem = PosixFileSystem()) throws {
        let problems = validate(workspace).map { problem in
            var problem = problem
            problem.file = path
            return problem
        }
        guard problems.isEmpty else { throw WorkspaceError.notSaved(file: path, problems: problems) }
        var expected = workspace
        expected.schemaVersion = Workspace.currentSchemaVersion
        let bytes = encode(expected)
        try AtomicFileWriter(fileSystem: fileSystem).write(bytes, to: path) { written in
            guard written == bytes else {
                throw WorkspaceError.verificationFailed(file: path, detail: "the bytes differ from those written")
            }
            let reread: Workspace
            do {
                reread = try decode(bytes: written, fileName: path)
            } catch {
                throw WorkspaceError.verificationFailed(file: path, detail: "\(error)")
            }
            guard reread == expected else {
                throw WorkspaceError.verificationFailed(file: path, detail: "it decodes to a different workspace")
            }
        }
    }
}
