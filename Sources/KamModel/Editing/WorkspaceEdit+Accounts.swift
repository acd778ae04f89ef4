extension WorkspaceEdit {
    /// Adds `account` at the end of the account list: "Added account Acme GmbH".
    public static func addAccount(_ account: Account, in workspace: Workspace) -> WorkspaceEdit {
        WorkspaceEdit(steps: [.account(before: nil, after: account, position: workspace.accounts.count)],
                      summary: "Added account \(account.name)")
    }

    /// Makes the account with `account.id` equal to `account`: the form's whole result.
    ///
    /// The edit holds only what changed (the profile, each changed quarter, each changed
    /// record), so it stays small. When records were reordered it replaces the account as
    /// a whole. Its description names the change: "Changed tier of Acme GmbH: maintain →
    /// key", or "Edited Acme GmbH (tier, notes)" for several.
    public static func updateAccount(_ account: Account, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let before = try existingAccount(account.id, in: workspace)
        var steps: [EditStep] = []
        if before.profile != account.profile {
            steps.append(.profile(account: account.id, before: before.profile, after: account.profile))
        }
        for quarter in Set(before.quarters.keys).union(account.quarters.keys).sorted()
        where before.quarters[quarter] != account.quarters[quarter] {
            steps.append(.quarter(account: account.id, quarter: quarter,
                                  before: before.quarters[quarter], after: account.quarters[quarter]))
        }
        steps += recordSteps(before.contacts, account.contacts) { .contact(account: account.id, before: $0, after: $1, position: $2) }
        steps += recordSteps(before.activities, account.activities) { .activity(account: account.id, before: $0, after: $1, position: $2) }
        steps += recordSteps(before.opportunities, account.opportunities) { .opportunity(account: account.id, before: $0, after: $1, position: $2) }
        steps += recordSteps(before.objectives, account.objectives) { .objective(account: account.id, before: $0, after: $1, position: $2) }
        var edit = WorkspaceEdit(steps: steps, summary: describeUpdate(before, account))
        // Reordered records cannot be expressed as record steps: replace the whole account.
        var check = Workspace(name: "", accounts: [before])
        if (try? edit.apply(to: &check)) == nil || check.accounts != [account] {
            let position = workspace.accounts.firstIndex { $0.id == account.id } ?? 0
            edit.steps = [.account(before: before, after: account, position: position)]
        }
        return edit
    }

    /// Deletes an account and the status overrides that name it: "Deleted account Acme GmbH".
    public static func deleteAccount(_ id: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let position = try accountPosition(id, in: workspace)
        let account = workspace.accounts[position]
        var steps: [EditStep] = []
        for (index, override) in workspace.scorecard.overrides.enumerated().reversed() where override.account == id {
            steps.append(.override(before: override, after: nil, position: index))
        }
        steps.append(.account(before: account, after: nil, position: position))
        return WorkspaceEdit(steps: steps, summary: "Deleted account \(account.name)")
    }

    /// Sets an account's figures for `quarter`, or clears them when `figures` is nil:
    /// "Changed 2025Q3 revenue of Acme GmbH: 120000 → 125000", "Cleared 2025Q3 figures of Acme GmbH".
    public static func setFigures(_ figures: QuarterFigures?, for quarter: Quarter, of account: String,
                                  in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let current = try existingAccount(account, in: workspace)
        let before = current.quarters[quarter]
        let summary: String
        switch (before, figures) {
        case (nil, nil): summary = "No \(quarter) figures to clear for \(current.name)"
        case (nil, _?): summary = "Entered \(quarter) figures of \(current.name)"
        case (_?, nil): summary = "Cleared \(quarter) figures of \(current.name)"
        case (let old?, let new?):
            summary = ChangeWording.sentence(
                ChangeWording.changes(WorkspaceEncoder.figures(old), WorkspaceEncoder.figures(new)),
                of: current.name, edited: "Changed \(quarter) figures of \(current.name)",
                fallback: "No change to \(quarter) figures of \(current.name)", labelPrefix: "\(quarter) ")
        }
        return WorkspaceEdit(steps: [.quarter(account: account, quarter: quarter, before: before, after: figures)],
                             summary: summary)
    }

    // MARK: Helpers shared by the factories

    /// The account with `id`, or the error the user sees when it is gone.
    static func existingAccount(_ id: String, in workspace: Workspace) throws(EditError) -> Account {
        workspace.accounts[try accountPosition(id, in: workspace)]
    }

    static func accountPosition(_ id: String, in workspace: Workspace) throws(EditError) -> Int {
        guard let index = workspace.accounts.firstIndex(where: { $0.id == id }) else {
            throw .preconditionFailed("The account \"\(id)\" no longer exists")
        }
        return index
    }

    /// Steps that turn `before` into `after` record by record (matched by id); removals
    /// carry their position so that undo puts them back in place.
    static func recordSteps<Record: Identifiable & Equatable>(
        _ before: [Record], _ after: [Record], _ step: (Record?, Record?, Int) -> EditStep
    ) -> [EditStep] where Record.ID == String {
        guard before != after else { return [] }
        let afterIDs = Set(after.map(\.id))
        let beforeByID = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var steps: [EditStep] = []
        for (index, record) in before.enumerated().reversed() where !afterIDs.contains(record.id) {
            steps.append(step(record, nil, index))
        }
        for (index, record) in after.enumerated() {
            if let old = beforeByID[record.id] {
                if old != record { steps.append(step(old, record, index)) }
            } else {
                steps.append(step(nil, record, index))
            }
        }
        return steps
    }

    private static func describeUpdate(_ before: Account, _ after: Account) -> String {
        var changes = ChangeWording.changes(
            WorkspaceEncoder.account(before).value.objectMembers,
            WorkspaceEncoder.account(after).value.objectMembers,
            ignoring: ["id", "quarters", "contacts", "activities", "opportunities", "objectives"])
        if before.name != after.name, changes.count == 1 {
            return "Renamed account \(before.name) → \(after.name)"
        }
        for quarter in Set(before.quarters.keys).union(after.quarters.keys).sorted()
        where before.quarters[quarter] != after.quarters[quarter] {
            changes.append(.init(label: "\(quarter) figures"))
        }
        for (label, changed) in [("contacts", before.contacts != after.contacts),
                                 ("activities", before.activities != after.activities),
                                 ("opportunities", before.opportunities != after.opportunities),
                                 ("objectives", before.objectives != after.objectives)] where changed {
            changes.append(.init(label: label))
        }
        return ChangeWording.sentence(changes, of: before.name, edited: "Edited \(before.name)",
                                      fallback: "No change to \(before.name)")
    }
}

extension ChangeWording.FieldChange {
    /// A change named without its values.
    init(label: String) { self.init(label: label, from: nil, to: nil) }
}

extension JSONValue {
    /// The members of an object value; empty for anything else.
    var objectMembers: JSONObject {
        if case .object(let object) = self { return object }
        return JSONObject()
    }
}
