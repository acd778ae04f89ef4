/// Reads workspace bytes into a workspace and the full list of its problems.
///
/// Order of work: parse (a syntax error stops here), check `schemaVersion`, migrate an
/// older document, decode (shape problems), validate (semantic problems). Semantic
/// problems at or below a path that already has a shape problem are dropped, since they
/// only echo it. Only when there are problems is the text walked again to give each its
/// line and column.
///
/// A plainly valid current-version file (the common case) is read by
/// `FastWorkspaceDecoder` in one pass instead; anything else takes the steps above.
enum WorkspaceReader {
    struct Result {
        var workspace: Workspace?
        var problems: [WorkspaceProblem]
        /// Set when the file is from a newer kam.
        var newerVersion: Int?
    }

    /// Reads `bytes`: the fast decoder when the file is plainly valid, else the reference
    /// reader, which finds and places every problem. `progress` hears of the decoding and checking.
    static func read(_ bytes: [UInt8], fileName: String, progress: LoadProgress? = nil) -> Result {
        progress?.enter(.decoding)
        let fast = bytes.withUnsafeBytes { FastWorkspaceDecoder.decode($0, progress: progress) }
        progress?.enter(.checking)
        if let workspace = fast, WorkspaceValidation.isValid(workspace) {
            return Result(workspace: workspace, problems: [])
        }
        return readReference(bytes, fileName: fileName)
    }

    /// The reference reader: parse to a JSON tree, migrate, decode with field paths, validate.
    static func readReference(_ bytes: [UInt8], fileName: String) -> Result {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            let problem = WorkspaceProblem(file: fileName, line: error.line, column: error.column, path: .root, message: error.message)
            return Result(workspace: nil, problems: [problem])
        }
        let sink = ProblemSink()
        var document = root
        if case .object(let object) = root {
            switch version(of: object, sink: sink) {
            case .newer(let version):
                return Result(workspace: nil, problems: [], newerVersion: version)
            case .unreadable:
                return Result(workspace: nil, problems: positioned(sink.problems, in: bytes, fileName: fileName))
            case .readable(let version):
                document = .object(WorkspaceMigration.migrate(object, from: version))
            }
        }
        let workspace = WorkspaceDecoder.decode(document, sink: sink)
        let shapeProblems = sink.problems
        let semantic = WorkspaceValidation.problems(in: workspace).filter { problem in
            !shapeProblems.contains { problem.path.components.starts(with: $0.path.components) }
        }
        let all = shapeProblems + semantic
        return Result(workspace: workspace, problems: all.isEmpty ? [] : positioned(all, in: bytes, fileName: fileName))
    }

    private enum VersionCheck {
        case readable(Int)
        case newer(Int)
        case unreadable
    }

    /// Checks `schemaVersion`; a missing or malformed one is reported and read as current.
    private static func version(of document: JSONObject, sink: ProblemSink) -> VersionCheck {
        let path = FieldPath.root / "schemaVersion"
        guard let value = document["schemaVersion"] else {
            sink.report(path, "is required (the current version is \(Workspace.currentSchemaVersion))")
            return .readable(Workspace.currentSchemaVersion)
        }
        guard case .number(let number) = value, number.rounded() == number, abs(number) < 1e9 else {
            sink.report(path, "must be a whole number")
            return .readable(Workspace.currentSchemaVersion)
        }
        let version = Int(number)
        if version > Workspace.currentSchemaVersion { return .newer(version) }
        if version < WorkspaceMigration.oldestReadableVersion {
            sink.report(path, "unknown schema version \(version); this kam reads versions "
                + "\(WorkspaceMigration.oldestReadableVersion) to \(Workspace.currentSchemaVersion)")
            return .unreadable
        }
        return .readable(version)
    }

    /// The problems with file, line and column filled in, in file order.
    private static func positioned(_ problems: [WorkspaceProblem], in bytes: [UInt8], fileName: String) -> [WorkspaceProblem] {
        bytes.withUnsafeBytes { buffer in
            let located = problems.enumerated().map { index, problem in
                let offset = JSONLocator.offset(of: problem.path, in: buffer)
                let (line, column) = TextPosition.lineAndColumn(of: offset, in: buffer)
                var problem = problem
                problem.file = fileName
                problem.line = line
                problem.column = column
                return (offset, index, problem)
            }
            return located.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        }
    }
}
