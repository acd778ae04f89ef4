import KamModel

/// A change a screen asks for (the matrix's tier change, the pipeline's no-contact days),
/// turned into a model edit that goes through the undo history like every other edit.
public enum ScreenEdit: Sendable, Equatable {
    /// Moves the account with this id to another tier.
    case setTier(account: String, tier: Tier)
    /// Sets after how many days without a meeting or call an account is flagged.
    case setNoContactDays(Int)

    /// The model edit for `workspace`, described in the screen's words; throws why not.
    func workspaceEdit(in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        switch self {
        case .setTier(let id, let tier):
            guard var account = workspace.account(id: id) else { throw .preconditionFailed("no account with id \(id)") }
            let old = account.tier
            guard old != tier else { throw .preconditionFailed("\(account.name) is already \(tier.title)") }
            account.tier = tier
            var edit = try WorkspaceEdit.updateAccount(account, in: workspace)
            edit.summary = "\(account.name) moved from tier \(old.title) to \(tier.title)"
            return edit
        case .setNoContactDays(let days):
            guard days >= 1 else {
                throw .preconditionFailed("nocontact: the number of days must be at least 1, not \(days)")
            }
            var settings = workspace.settings
            settings.noContactDays = days
            var edit = WorkspaceEdit.updateSettings(settings, in: workspace)
            edit.summary = "no contact flagged after \(days) days"
            return edit
        }
    }
}
