/// One thing wrong with a workspace: where it is and what is wrong.
///
/// Formatted `FILE:LINE:COLUMN: PATH: MESSAGE`; the parts that are unknown are left out
/// (a workspace checked in memory has no file, line or column; a syntax error has no path).
public struct WorkspaceProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file, when the workspace came from one.
    public var file: String?
    /// 1-based line in the file, when known.
    public var line: Int?
    /// 1-based column in characters, when known.
    public var column: Int?
    /// The field the problem is about; empty for syntax errors.
    public var path: FieldPath
    public var message: String

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, path: FieldPath, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    public var description: String {
        var text = ""
        if let file {
            text += file
            if let line, let column { text += ":\(line):\(column)" }
            text += ": "
        }
        let where_ = path.description
        if !where_.isEmpty { text += where_ + ": " }
        return text + message
    }
}

/// Collects problems while a workspace is decoded or checked.
final class ProblemSink {
    private(set) var problems: [WorkspaceProblem] = []

    func report(_ path: FieldPath, _ message: String) {
        problems.append(WorkspaceProblem(path: path, message: message))
    }
}
