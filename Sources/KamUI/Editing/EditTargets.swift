import KamModel

/// What `edit`, `add` and `delete` work on: the selected account on the list, the focused
/// pane's item on the account page (a chooser when the pane has several), or the item
/// named on the command line (`:edit contact ACME-C2`).
enum EditTargets {
    /// The account the current screen is about: the page's, or the one under the list's cursor.
    static func currentAccount(_ state: AppState) -> Account? {
        if let page = state.screen as? AccountPageScreen { return state.workspace.account(id: page.accountID) }
        if let list = state.screen as? AccountListScreen, let row = list.selectedAccount {
            return state.workspace.account(id: row.id)
        }
        return nil
    }

    static func focusedPane(_ state: AppState) -> AccountPane? { (state.screen as? AccountPageScreen)?.focus }

    /// Splits `contact ACME-C2` into the kind and the rest.
    static func split(_ argument: String) -> (kind: String, rest: String?) {
        let parts = argument.trimmedSpaces.split(separator: " ", maxSplits: 1)
        let rest = parts.count > 1 ? String(parts[1]).trimmedSpaces : nil
        return (parts.first.map { String($0).lowercased() } ?? "", rest?.isEmpty == true ? nil : rest)
    }

    // MARK: Edit

    static func edit(_ state: inout AppState, _ argument: String?) -> [Effect] {
        guard let argument else {
            return choose(&state, verb: "edit", items: items(state, forDelete: false))
        }
        let (kind, rest) = split(argument)
        let workspace = state.workspace
        if kind == "kpi" || kind == "perspective" || kind == "override" {
            guard let form = scorecardForm(kind, rest, state) else {
                return fail(&state, "edit: no \(kind) \(rest ?? "") in the scorecard")
            }
            return App.openForm(&state, form)
        }
        if kind == "account", let rest, workspace.account(id: rest) == nil {
            return fail(&state, "edit: no account with id \(rest)")
        }
        guard let account = kind == "account" ? rest.flatMap(workspace.account(id:)) ?? currentAccount(state)
                : currentAccount(state) else {
            return fail(&state, "edit: no account here; open one or put the cursor on one")
        }
        let form: EditForm?
        switch kind {
        case "account": form = AccountForms.account(account, workspace: workspace)
        case "figures":
            form = quarter(rest, state).map { AccountForms.figures(account: account, quarter: $0, suggested: $0) }
        case "costs": form = quarter(rest, state).map { AccountForms.costToServe(account: account, quarter: $0) }
        case "contact": form = account.contacts.first { $0.id == rest }.map { RecordForms.contact($0, account: account) }
        case "activity":
            form = account.activities.first { $0.id == rest }
                .map { RecordForms.activity($0, account: account, today: state.today) }
        case "opportunity":
            form = account.opportunities.first { $0.id == rest }
                .map { RecordForms.opportunity($0, account: account, today: state.today) }
        case "objective": form = account.objectives.first { $0.id == rest }.map { RecordForms.objective($0, account: account) }
        default: return fail(&state, "edit: say what to edit: \(EditCommands.itemKinds.joined(separator: ", "))")
        }
        guard let form else { return fail(&state, "edit: \(account.name) has no \(kind) \(rest ?? "")") }
        return App.openForm(&state, form)
    }

    static func scorecardForm(_ kind: String, _ rest: String?, _ state: AppState) -> EditForm? {
        let card = state.workspace.scorecard
        switch kind {
        case "kpi":
            guard let perspective = card.perspectives.first(where: { $0.kpis.contains { $0.id == rest } }),
                  let kpi = perspective.kpis.first(where: { $0.id == rest }) else { return nil }
            return ScorecardForms.kpi(kpi, perspective: perspective.id)
        case "perspective":
            return card.perspectives.first { $0.id == rest }.map(ScorecardForms.perspective)
        default:
            guard let index = rest.flatMap({ Int($0) }), card.overrides.indices.contains(index) else { return nil }
            let override = card.overrides[index]
            return ScorecardForms.override(override, account: override.account.flatMap(state.workspace.account(id:)),
                                           workspace: state.workspace, quarter: state.quarter, today: state.today)
        }
    }

    static func quarter(_ text: String?, _ state: AppState) -> Quarter? {
        guard let text else { return state.quarter }
        return Quarter(text.uppercased())
    }

    // MARK: Add

    static func add(_ state: inout AppState, _ argument: String?) -> [Effect] {
        let kind = argument.map { split($0).kind } ?? defaultAddition(state)
        if kind == "account" { return App.openForm(&state, AccountForms.account(nil, workspace: state.workspace)) }
        guard let account = currentAccount(state) else {
            return fail(&state, "add: open an account first (A adds an account)")
        }
        let form: EditForm
        switch kind {
        case "figures":
            var suggested = state.quarter
            while account.quarters[suggested] != nil { suggested = suggested.next }
            form = AccountForms.figures(account: account, quarter: nil, suggested: suggested)
        case "costs": form = AccountForms.costToServe(account: account, quarter: state.quarter)
        case "contact": form = RecordForms.contact(nil, account: account)
        case "activity": form = RecordForms.activity(nil, account: account, today: state.today)
        case "opportunity": form = RecordForms.opportunity(nil, account: account, today: state.today)
        case "objective": form = RecordForms.objective(nil, account: account)
        case "override":
            guard !state.workspace.scorecard.kpis.isEmpty else { return fail(&state, "add: the scorecard has no KPIs") }
            form = ScorecardForms.override(nil, account: account, workspace: state.workspace, quarter: state.quarter,
                                           today: state.today)
        default:
            return fail(&state, "add: one of account, figures, costs, contact, activity, opportunity, objective, override")
        }
        return App.openForm(&state, form)
    }

    /// What `a` adds on the focused pane: the profile pane adds a plan objective.
    static func defaultAddition(_ state: AppState) -> String {
        switch focusedPane(state) {
        case .profile?: "objective"
        case .figures?: "figures"
        case .scorecard?: "override"
        case .contacts?: "contact"
        case .opportunities?: "opportunity"
        case .activities?: "activity"
        case nil: "account"
        }
    }

    // MARK: Delete

    static func delete(_ state: inout AppState, _ argument: String?) -> [Effect] {
        if let refusal = App.editRefusal(state) { return fail(&state, refusal) }
        guard let argument else {
            return choose(&state, verb: "delete", items: items(state, forDelete: true))
        }
        let (kind, rest) = split(argument)
        let workspace = state.workspace
        let edit: WorkspaceEdit
        do {
            switch kind {
            case "account":
                guard let id = rest ?? currentAccount(state)?.id else { return fail(&state, "delete: no account here") }
                edit = try WorkspaceEdit.deleteAccount(id, in: workspace)
            case "override":
                guard let index = rest.flatMap({ Int($0) }), workspace.scorecard.overrides.indices.contains(index) else {
                    return fail(&state, "delete: no override \(rest ?? "")")
                }
                edit = try WorkspaceEdit.removeOverride(workspace.scorecard.overrides[index], in: workspace)
            default:
                guard let account = currentAccount(state) else { return fail(&state, "delete: open an account first") }
                edit = try recordDeletion(kind, rest, account: account, state: state)
            }
        } catch {
            return fail(&state, error.description.firstLine)
        }
        state.overlay = .question(Question(
            title: "Delete", text: deleteQuestion(edit.summary) + "\nu undoes it until you quit.",
            choices: [.init("y", "Delete", .apply(edit)), .init("n", "Cancel", .keepGoing)]))
        return []
    }

    /// "Delete contact Jo Park from Acme GmbH?" from the edit's "Removed contact Jo Park from Acme GmbH".
    static func deleteQuestion(_ summary: String) -> String {
        let words = summary.split(separator: " ", maxSplits: 1)
        guard words.count == 2, ["Deleted", "Removed", "Cleared"].contains(String(words[0])) else { return summary + "?" }
        return "Delete \(words[1])?"
    }

    static func recordDeletion(_ kind: String, _ rest: String?, account: Account, state: AppState) throws(EditError) -> WorkspaceEdit {
        let workspace = state.workspace
        let id = rest ?? ""
        switch kind {
        case "figures":
            guard let quarter = quarter(rest, state), account.quarters[quarter] != nil else {
                throw .preconditionFailed("delete: \(account.name) has no figures for \(rest ?? state.quarter.description)")
            }
            return try WorkspaceEdit.setFigures(nil, for: quarter, of: account.id, in: workspace)
        case "costs":
            guard let quarter = quarter(rest, state), var figures = account.quarters[quarter], figures.costToServe != nil else {
                throw .preconditionFailed("delete: no cost to serve recorded for \(rest ?? state.quarter.description)")
            }
            figures.costToServe = nil
            return try WorkspaceEdit.setFigures(figures, for: quarter, of: account.id, in: workspace)
        case "contact": return try WorkspaceEdit.removeContact(id, from: account.id, in: workspace)
        case "activity": return try WorkspaceEdit.removeActivity(id, from: account.id, in: workspace)
        case "opportunity": return try WorkspaceEdit.removeOpportunity(id, from: account.id, in: workspace)
        case "objective": return try WorkspaceEdit.removeObjective(id, from: account.id, in: workspace)
        default: throw .preconditionFailed("delete: say what to delete: account, figures, costs, contact, activity, "
                                           + "opportunity, objective or override")
        }
    }

    // MARK: Choosing an item

    /// Runs `verb` on the only item, or opens a chooser over several.
    static func choose(_ state: inout AppState, verb: String, items: [PickList.Item], title: String? = nil) -> [Effect] {
        guard !items.isEmpty else {
            let pane = focusedPane(state).map { " in \($0.title.lowercased())" } ?? ""
            return fail(&state, "\(verb): nothing to \(verb)\(pane)")
        }
        if items.count == 1 { return App.run(&state, verb, argument: items[0].id) }
        state.overlay = .pick(PickList(title: title ?? "\(verb.capitalizedFirst) which one?", items: items,
                                       isMultiple: false, command: verb, scope: OverlayScope.choice))
        return []
    }

    /// The items of the focused pane (or the list's account) as `KIND ID` arguments.
    static func items(_ state: AppState, forDelete: Bool) -> [PickList.Item] {
        guard let account = currentAccount(state) else { return [] }
        guard let pane = focusedPane(state) else { return [item("account \(account.id)", "Account \(account.name)")] }
        let q = state.quarter
        switch pane {
        case .profile:
            let objectives = account.objectives.map { item("objective \($0.id)", "Objective: \($0.title) (\($0.status.title))") }
            return forDelete ? objectives : [item("account \(account.id)", "Profile of \(account.name)")] + objectives
        case .figures:
            guard let figures = account.quarters[q] else {
                return forDelete ? [] : [item("figures \(q)", "\(q) figures (none yet)")]
            }
            return [item("figures \(q)", "\(q) figures")]
                + (figures.costToServe != nil || !forDelete ? [item("costs \(q)", "\(q) cost to serve")] : [])
        case .scorecard:
            let overrides = state.workspace.scorecard.overrides.enumerated()
                .filter { $0.element.account == account.id || $0.element.account == nil }
                .map { i, o in
                    item("override \(i)", "Override: \(state.workspace.scorecard.kpi(id: o.kpi)?.name ?? o.kpi) "
                         + "\(o.status.title) in \(o.quarter) (\(o.account == nil ? "every account" : "this account"))")
                }
            if forDelete { return overrides }
            let card = state.workspace.scorecard
            return card.perspectives.flatMap { p in
                [item("perspective \(p.id)", "\(p.name): weight")]
                    + p.kpis.map { item("kpi \($0.id)", "  \($0.name): target, weight, tolerance") }
            } + overrides
        case .contacts:
            return account.contacts.map { item("contact \($0.id)", $0.name + ($0.title.isEmpty ? "" : ", \($0.title)")) }
        case .opportunities:
            return sortedOpportunities(account).map {
                item("opportunity \($0.id)", "\($0.name) (\($0.stage.title))")
            }
        case .activities:
            return account.activities.sorted { $0.date > $1.date }
                .map { item("activity \($0.id)", "\($0.date) \($0.kind.title): \($0.text)") }
        }
    }

    /// The opportunities in the pane's order: open ones first, by expected close.
    static func sortedOpportunities(_ account: Account) -> [Opportunity] {
        account.opportunities.sorted {
            ($0.stage.isOpen ? 0 : 1, $0.expectedClose) < ($1.stage.isOpen ? 0 : 1, $1.expectedClose)
        }
    }

    static func item(_ id: String, _ label: String) -> PickList.Item { PickList.Item(id: id, label: label) }

    static func fail(_ state: inout AppState, _ text: String) -> [Effect] {
        state.message = AppMessage(text, isError: true)
        return []
    }
}

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
