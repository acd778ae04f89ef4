/// Why an edit was not applied; the description is the message kam shows.
public enum EditError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the edit expects no longer holds (the account is gone, the figures were changed
    /// elsewhere); nothing was changed.
    case preconditionFailed(String)
    /// The edit would make the workspace invalid: every problem, with the field it is about.
    case invalid([WorkspaceProblem])
    /// The workspace is open read-only; the text says why (held by another session...).
    case readOnly(String)
    /// A recovery journal from an earlier session waits for a decision (restore or discard)
    /// before new edits may be made.
    case recoveryPending(journal: String)
    /// There is nothing to undo or redo.
    case nothingToUndo
    case nothingToRedo

    public var description: String {
        switch self {
        case .preconditionFailed(let message):
            return message
        case .invalid(let problems):
            return problems.map(\.description).joined(separator: "\n")
        case .readOnly(let reason):
            return "The workspace is read-only: \(reason)"
        case .recoveryPending(let journal):
            return "Unsaved edits from an earlier session were found (\(journal)); restore or discard them first"
        case .nothingToUndo:
            return "Nothing to undo"
        case .nothingToRedo:
            return "Nothing to redo"
        }
    }
}
