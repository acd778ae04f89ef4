#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a workspace could not be loaded or saved.
///
/// The description is what kam shows the user: every problem, one per line.
public enum WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not a valid workspace: every syntax or content problem found.
    case invalid([WorkspaceProblem])
    /// The file was written by a newer kam with a schema version this one cannot read.
    case newerSchema(file: String, version: Int)
    /// A file-system operation failed: what (`write`, `rename`...), on which path, and the errno.
    case fileSystem(operation: String, path: String, errno: Int32)
    /// The workspace was not saved because it has problems (it could not be loaded again).
    case notSaved(file: String, problems: [WorkspaceProblem])
    /// The temporary file did not read back as the workspace being saved; nothing was replaced.
    case verificationFailed(file: String, detail: String)

    public var description: String {
        switch self {
        case .invalid(let problems):
            return problems.map(\.description).joined(separator: "\n")
        case .newerSchema(let file, let version):
            return "\(file) was written by a newer kam (schema version \(version)); "
                + "this kam reads up to version \(Workspace.currentSchemaVersion). Upgrade kam."
        case .fileSystem(let operation, let path, let code):
            return "could not \(operation) \(path): \(WorkspaceError.text(ofErrno: code))"
        case .notSaved(let file, let problems):
            return (["\(file) was not saved; the workspace has \(problems.count == 1 ? "a problem" : "problems"):"]
                + problems.map(\.description)).joined(separator: "\n")
        case .verificationFailed(let file, let detail):
            return "\(file) was not saved: the written copy did not read back the same (\(detail))"
        }
    }

    /// The system's text for an errno value, such as "No space left on device".
    public static func text(ofErrno code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
