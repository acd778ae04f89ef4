import KamModel

/// One change a user makes to the workspace from a screen: the unit the app applies (and a
/// later undo will record) through `AppState.apply(_:)`.
public enum WorkspaceEdit: Sendable, Equatable {
    /// Moves the account with this id to another tier.
    case setTier(account: String, tier: Tier)
    /// Sets after how many days without a meeting or call an account is flagged.
    case setNoContactDays(Int)

    /// Applies the edit to `workspace`; returns a line for the status bar, or throws why not.
    func apply(to workspace: inout Workspace) throws(EditError) -> String {
        switch self {
        case .setTier(let id, let tier):
            guard let i = workspace.accounts.firstIndex(where: { $0.id == id }) else {
                throw EditError("no account with id \(id)")
            }
            let old = workspace.accounts[i].tier
            guard old != tier else { throw EditError("\(workspace.accounts[i].name) is already \(tier.title)") }
            workspace.accounts[i].tier = tier
            return "\(workspace.accounts[i].name) moved from tier \(old.title) to \(tier.title)"
        case .setNoContactDays(let days):
            guard days >= 1 else { throw EditError("nocontact: the number of days must be at least 1, not \(days)") }
            workspace.settings.noContactDays = days
            return "no contact flagged after \(days) days"
        }
    }
}

/// Why an edit could not be applied: a message for the user.
public struct EditError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
