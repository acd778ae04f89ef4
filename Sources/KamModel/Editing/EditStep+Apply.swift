extension EditStep {
    /// The step that undoes this one: before and after swapped.
    public var inverse: EditStep {
        switch self {
        case .account(let before, let after, let position):
            .account(before: after, after: before, position: position)
        case .profile(let account, let before, let after):
            .profile(account: account, before: after, after: before)
        case .quarter(let account, let quarter, let before, let after):
            .quarter(account: account, quarter: quarter, before: after, after: before)
        case .contact(let account, let before, let after, let position):
            .contact(account: account, before: after, after: before, position: position)
        case .activity(let account, let before, let after, let position):
            .activity(account: account, before: after, after: before, position: position)
        case .opportunity(let account, let before, let after, let position):
            .opportunity(account: account, before: after, after: before, position: position)
        case .objective(let account, let before, let after, let position):
            .objective(account: account, before: after, after: before, position: position)
        case .manager(let before, let after, let position):
            .manager(before: after, after: before, position: position)
        case .kpi(let perspective, let before, let after, let position):
            .kpi(perspective: perspective, before: after, after: before, position: position)
        case .perspective(let id, let before, let after):
            .perspective(id: id, before: after, after: before)
        case .override(let before, let after, let position):
            .override(before: after, after: before, position: position)
        case .settings(let before, let after):
            .settings(before: after, after: before)
        case .details(let before, let after):
            .details(before: after, after: before)
        }
    }

    /// True when the step's before equals its after.
    public var isNoChange: Bool {
        switch self {
        case .account(let before, let after, _): before == after
        case .profile(_, let before, let after): before == after
        case .quarter(_, _, let before, let after): before == after
        case .contact(_, let before, let after, _): before == after
        case .activity(_, let before, let after, _): before == after
        case .opportunity(_, let before, let after, _): before == after
        case .objective(_, let before, let after, _): before == after
        case .manager(let before, let after, _): before == after
        case .kpi(_, let before, let after, _): before == after
        case .perspective(_, let before, let after): before == after
        case .override(let before, let after, _): before == after
        case .settings(let before, let after): before == after
        case .details(let before, let after): before == after
        }
    }

    /// The id of the account the step touches, if it touches one.
    public var accountID: String? {
        switch self {
        case .account(let before, let after, _): before?.id ?? after?.id
        case .profile(let account, _, _), .quarter(let account, _, _, _), .contact(let account, _, _, _),
             .activity(let account, _, _, _), .opportunity(let account, _, _, _), .objective(let account, _, _, _):
            account
        case .manager, .kpi, .perspective, .override, .settings, .details: nil
        }
    }

    /// Applies the step after checking that the piece it changes is still `before`.
    func apply(to workspace: inout Workspace) throws(EditError) {
        switch self {
        case .account(let before, let after, let position):
            try RecordList.change(&workspace.accounts, before: before, after: after, position: position,
                                  kind: "account", owner: "the workspace")
        case .profile(let account, let before, let after):
            let index = try accountIndex(account, in: workspace)
            guard workspace.accounts[index].profile == before else {
                throw .preconditionFailed("The profile of \(workspace.accounts[index].name) was changed since this edit was made")
            }
            workspace.accounts[index].profile = after
        case .quarter(let account, let quarter, let before, let after):
            let index = try accountIndex(account, in: workspace)
            guard workspace.accounts[index].quarters[quarter] == before else {
                throw .preconditionFailed("The \(quarter) figures of \(workspace.accounts[index].name) were changed since this edit was made")
            }
            workspace.accounts[index].quarters[quarter] = after
        case .contact(let account, let before, let after, let position):
            try changeRecord(\.contacts, of: account, before: before, after: after, position: position, kind: "contact", in: &workspace)
        case .activity(let account, let before, let after, let position):
            try changeRecord(\.activities, of: account, before: before, after: after, position: position, kind: "activity", in: &workspace)
        case .opportunity(let account, let before, let after, let position):
            try changeRecord(\.opportunities, of: account, before: before, after: after, position: position, kind: "opportunity", in: &workspace)
        case .objective(let account, let before, let after, let position):
            try changeRecord(\.objectives, of: account, before: before, after: after, position: position, kind: "objective", in: &workspace)
        case .manager(let before, let after, let position):
            try RecordList.change(&workspace.managers, before: before, after: after, position: position,
                                  kind: "manager", owner: "the workspace")
        case .kpi(let perspective, let before, let after, let position):
            try changeKPI(in: perspective, before: before, after: after, position: position, workspace: &workspace)
        case .perspective(let id, let before, let after):
            guard let index = workspace.scorecard.perspectives.firstIndex(where: { $0.id == id }) else {
                throw .preconditionFailed("The scorecard perspective \"\(id)\" no longer exists")
            }
            guard PerspectiveHeader(of: workspace.scorecard.perspectives[index]) == before else {
                throw .preconditionFailed("The perspective \(before.name) was changed since this edit was made")
            }
            workspace.scorecard.perspectives[index].name = after.name
            workspace.scorecard.perspectives[index].weight = after.weight
        case .override(let before, let after, let position):
            try changeOverride(before: before, after: after, position: position, workspace: &workspace)
        case .settings(let before, let after):
            guard workspace.settings == before else {
                throw .preconditionFailed("The workspace settings were changed since this edit was made")
            }
            workspace.settings = after
        case .details(let before, let after):
            guard WorkspaceDetails(of: workspace) == before else {
                throw .preconditionFailed("The workspace name or currency was changed since this edit was made")
            }
            workspace.name = after.name
            workspace.currency = after.currency
        }
    }

    private func accountIndex(_ id: String, in workspace: Workspace) throws(EditError) -> Int {
        guard let index = workspace.accounts.firstIndex(where: { $0.id == id }) else {
            throw .preconditionFailed("The account \"\(id)\" no longer exists")
        }
        return index
    }

    private func changeRecord<Record: Identifiable & Equatable>(
        _ list: WritableKeyPath<Account, [Record]>, of account: String, before: Record?, after: Record?,
        position: Int, kind: String, in workspace: inout Workspace
    ) throws(EditError) where Record.ID == String {
        let index = try accountIndex(account, in: workspace)
        let owner = workspace.accounts[index].name
        try RecordList.change(&workspace.accounts[index][keyPath: list], before: before, after: after,
                              position: position, kind: kind, owner: owner)
    }

    private func changeKPI(in perspective: String, before: KPI?, after: KPI?, position: Int,
                           workspace: inout Workspace) throws(EditError) {
        guard let p = workspace.scorecard.perspectives.firstIndex(where: { $0.id == perspective }) else {
            throw .preconditionFailed("The scorecard perspective \"\(perspective)\" no longer exists")
        }
        // KPI ids are unique across the scorecard, not only within a perspective.
        if before == nil, let added = after, workspace.scorecard.kpi(id: added.id) != nil {
            throw .preconditionFailed("A KPI with id \"\(added.id)\" already exists")
        }
        let owner = "the perspective \(workspace.scorecard.perspectives[p].name)"
        try RecordList.change(&workspace.scorecard.perspectives[p].kpis, before: before, after: after,
                              position: position, kind: "KPI", owner: owner)
    }

    private func changeOverride(before: StatusOverride?, after: StatusOverride?, position: Int,
                                workspace: inout Workspace) throws(EditError) {
        var overrides = workspace.scorecard.overrides
        if let before {
            // Overrides have no id: prefer the recorded position, else the first equal one.
            let index = overrides.indices.contains(position) && overrides[position] == before
                ? position : overrides.firstIndex(of: before)
            guard let index else {
                throw .preconditionFailed("The status override of KPI \"\(before.kpi)\" for \(before.quarter) "
                    + "no longer exists or was changed since this edit was made")
            }
            if let after { overrides[index] = after } else { overrides.remove(at: index) }
        } else if let after {
            overrides.insert(after, at: min(max(position, 0), overrides.count))
        }
        workspace.scorecard.overrides = overrides
    }
}

/// Adding, replacing and removing records found by id in a list, with the checks that keep
/// an edit from landing on something other than what it was made for.
enum RecordList {
    static func change<Record: Identifiable & Equatable>(
        _ list: inout [Record], before: Record?, after: Record?, position: Int, kind: String, owner: String
    ) throws(EditError) where Record.ID == String {
        switch (before, after) {
        case (nil, nil):
            return
        case (nil, let added?):
            guard !list.contains(where: { $0.id == added.id }) else {
                let article = "aeiouAEIOU".contains(kind.first ?? "x") ? "an" : "a"
                throw .preconditionFailed("\(owner) already has \(article) \(kind) with id \"\(added.id)\"".capitalizedFirst)
            }
            list.insert(added, at: min(max(position, 0), list.count))
        case (let removed?, nil):
            let index = try find(removed, in: list, kind: kind, owner: owner)
            list.remove(at: index)
        case (let old?, let new?):
            guard old.id == new.id else {
                throw .preconditionFailed("The id of a \(kind) cannot be changed (\"\(old.id)\" to \"\(new.id)\")")
            }
            let index = try find(old, in: list, kind: kind, owner: owner)
            list[index] = new
        }
    }

    private static func find<Record: Identifiable & Equatable>(
        _ record: Record, in list: [Record], kind: String, owner: String
    ) throws(EditError) -> Int where Record.ID == String {
        guard let index = list.firstIndex(where: { $0.id == record.id }) else {
            throw .preconditionFailed("The \(kind) \"\(record.id)\" of \(owner) no longer exists")
        }
        guard list[index] == record else {
            throw .preconditionFailed("The \(kind) \"\(record.id)\" of \(owner) was changed since this edit was made")
        }
        return index
    }
}

extension String {
    /// The text with its first letter upper-cased ("the workspace..." → "The workspace...").
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
