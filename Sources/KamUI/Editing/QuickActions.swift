import KamModel

/// Edits made in a keystroke or two from a list: log an activity, move an opportunity to
/// its next stage, change an account's tier.
enum QuickActions {
    /// `L`: asks for the kind (m/c/e/n), then the text; `:log call Text` logs at once.
    static func logActivity(_ state: inout AppState, _ argument: String?) -> [Effect] {
        if let refusal = App.editRefusal(state) { return EditTargets.fail(&state, refusal) }
        guard let account = EditTargets.currentAccount(state) else {
            return EditTargets.fail(&state, "log: put the cursor on an account first")
        }
        guard let argument else {
            state.overlay = .question(Question(
                title: "Log on \(account.name)", text: "What happened today (\(state.today))?",
                choices: ActivityKind.allCases.map { kind in
                    Question.Choice(kind.key, kind.title, .logActivity(account: account.id, kind))
                } + [Question.Choice("x", "Cancel", .keepGoing)]))
            return []
        }
        let (word, text) = EditTargets.split(argument)
        guard let kind = ActivityKind.allCases.first(where: { $0.rawValue == word || String($0.key) == word }) else {
            return EditTargets.fail(&state, "log: start with meeting, call, email or note: :log call Agreed the renewal")
        }
        guard let text else {
            state.overlay = .prompt(Prompt(kind: .logActivity(account: account.id, kind, date: state.today)))
            return []
        }
        return log(&state, kind, text: text, on: account.id, date: state.today)
    }

    /// Logs an activity with `text` on the account, dated `date`.
    static func log(_ state: inout AppState, _ kind: ActivityKind, text: String, on accountID: String, date: Day) -> [Effect] {
        guard !text.trimmedSpaces.isEmpty else { return EditTargets.fail(&state, "nothing logged: the text was empty") }
        guard let account = state.workspace.account(id: accountID) else {
            return EditTargets.fail(&state, "log: the account \(accountID) is gone")
        }
        let activity = Activity(id: RecordForms.newID(account.id, letter: "A", taken: account.activities.map(\.id)),
                                date: date, kind: kind, text: text.trimmedSpaces)
        return applying(&state) { workspace throws(EditError) in
            try WorkspaceEdit.logActivity(activity, on: account.id, in: workspace)
        }
    }

    /// `>`: moves an opportunity to its next stage, stamping today; several open ones ask which.
    static func nextStage(_ state: inout AppState, _ argument: String?) -> [Effect] {
        if let refusal = App.editRefusal(state) { return EditTargets.fail(&state, refusal) }
        guard let account = EditTargets.currentAccount(state) else {
            return EditTargets.fail(&state, "next-stage: open an account first")
        }
        guard let argument else {
            let movable = EditTargets.sortedOpportunities(account).filter { $0.stage.next != nil }
            let items = movable.map { o in
                PickList.Item(id: o.id, label: "\(o.name): \(o.stage.title) → \(o.stage.next?.title ?? "")")
            }
            return EditTargets.choose(&state, verb: "next-stage", items: items, title: "Move which opportunity on?")
        }
        let (word, rest) = EditTargets.split(argument)
        let id = word == "opportunity" ? rest ?? "" : argument.trimmedSpaces
        guard let opportunity = account.opportunities.first(where: { $0.id == id }) else {
            return EditTargets.fail(&state, "next-stage: \(account.name) has no opportunity \(id)")
        }
        guard let next = opportunity.stage.next else {
            return EditTargets.fail(&state, "next-stage: \(opportunity.name) is \(opportunity.stage.title.lowercased()); "
                                    + "no stage follows")
        }
        let today = state.today
        return applying(&state) { workspace throws(EditError) in
            try WorkspaceEdit.moveOpportunity(id, of: account.id, to: next, on: today, in: workspace)
        }
    }

    /// `t`: picks a tier for the account; `:tier key` sets it.
    static func changeTier(_ state: inout AppState, _ argument: String?) -> [Effect] {
        if let refusal = App.editRefusal(state) { return EditTargets.fail(&state, refusal) }
        guard let account = EditTargets.currentAccount(state) else {
            return EditTargets.fail(&state, "change-tier: put the cursor on an account first")
        }
        guard let argument else {
            let items = Tier.allCases.map { PickList.Item(id: $0.rawValue, label: $0.title, checked: $0 == account.tier) }
            state.overlay = .pick(PickList(title: "Tier of \(account.name)", items: items,
                                           cursor: Tier.allCases.firstIndex(of: account.tier) ?? 0, isMultiple: false,
                                           command: "change-tier", scope: OverlayScope.choice))
            return []
        }
        guard let tier = Tier(rawValue: argument.trimmedSpaces.lowercased()) else {
            return EditTargets.fail(&state, "change-tier: no tier \(argument) (key, strategic, maintain, other)")
        }
        var changed = account
        changed.tier = tier
        return applying(&state) { workspace throws(EditError) in try WorkspaceEdit.updateAccount(changed, in: workspace) }
    }

    /// Builds an edit from the current workspace and applies it, showing any error.
    static func applying(_ state: inout AppState,
                         _ build: (Workspace) throws(EditError) -> WorkspaceEdit) -> [Effect] {
        let edit: WorkspaceEdit
        do { edit = try build(state.workspace) } catch { return EditTargets.fail(&state, error.description.firstLine) }
        var effects: [Effect] = []
        App.apply(&state, edit, effects: &effects)
        return effects
    }
}

extension ActivityKind {
    /// The key that picks the kind after `L`: m, c, e, n.
    var key: Character {
        switch self {
        case .meeting: "m"
        case .call: "c"
        case .email: "e"
        case .note: "n"
        }
    }
}

extension OpportunityStage {
    /// The stage an opportunity moves on to, in pipeline order; nil once paid or lost.
    var next: OpportunityStage? {
        switch self {
        case .contacted: .demoProvided
        case .demoProvided: .proposalSent
        case .proposalSent: .won
        case .won: .paymentIssued
        case .paymentIssued, .lost: nil
        }
    }
}
