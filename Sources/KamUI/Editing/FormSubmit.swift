import KamModel

/// Turns a filled-in form into the workspace edit it stands for, through the model's edit
/// factories (which describe the change and check the record is still there).
enum FormSubmit {
    static func edit(_ form: EditForm, workspace: Workspace, quarter: Quarter, today: Day) throws(EditError) -> WorkspaceEdit {
        switch form.purpose {
        case .account(let original):
            let account = AccountForms.account(from: form, original: original)
            return original == nil ? WorkspaceEdit.addAccount(account, in: workspace)
                : try WorkspaceEdit.updateAccount(account, in: workspace)
        case .figures(let id, let shown, let original):
            guard let target = shown ?? form.quarter("quarter") else { throw .preconditionFailed("no quarter given") }
            let figures = AccountForms.figures(from: form, original: original)
            return try WorkspaceEdit.setFigures(figures, for: target, of: id, in: workspace)
        case .costToServe(let id, let target, let original):
            let figures = AccountForms.costToServe(from: form, original: original)
            return try WorkspaceEdit.setFigures(figures, for: target, of: id, in: workspace)
        case .contact(let id, let original):
            let contact = RecordForms.contact(from: form, original: original, account: try account(id, workspace))
            return original == nil ? try WorkspaceEdit.addContact(contact, to: id, in: workspace)
                : try WorkspaceEdit.updateContact(contact, of: id, in: workspace)
        case .activity(let id, let original):
            let activity = RecordForms.activity(from: form, original: original, account: try account(id, workspace),
                                                today: today)
            return original == nil ? try WorkspaceEdit.logActivity(activity, on: id, in: workspace)
                : try WorkspaceEdit.updateActivity(activity, of: id, in: workspace)
        case .opportunity(let id, let original):
            let opportunity = RecordForms.opportunity(from: form, original: original,
                                                      account: try account(id, workspace), today: today)
            return original == nil ? try WorkspaceEdit.addOpportunity(opportunity, to: id, in: workspace)
                : try WorkspaceEdit.updateOpportunity(opportunity, of: id, in: workspace)
        case .objective(let id, let original):
            let objective = RecordForms.objective(from: form, original: original, account: try account(id, workspace),
                                                  today: today)
            return original == nil ? try WorkspaceEdit.addObjective(objective, to: id, in: workspace)
                : try WorkspaceEdit.updateObjective(objective, of: id, in: workspace)
        case .kpi(_, let original):
            return try WorkspaceEdit.updateKPI(ScorecardForms.kpi(from: form, original: original), in: workspace)
        case .perspective(let original):
            let changed = ScorecardForms.perspective(from: form, original: original)
            return try WorkspaceEdit.updatePerspective(original.id, to: PerspectiveHeader(of: changed), in: workspace)
        case .override(_, let original):
            let override = ScorecardForms.override(from: form, original: original, quarter: quarter, today: today)
            guard let original else { return WorkspaceEdit.addOverride(override, in: workspace) }
            return try WorkspaceEdit.updateOverride(original, to: override, in: workspace)
        }
    }

    static func account(_ id: String, _ workspace: Workspace) throws(EditError) -> Account {
        guard let account = workspace.account(id: id) else {
            throw .preconditionFailed("The account \(id) is no longer in the workspace")
        }
        return account
    }
}
