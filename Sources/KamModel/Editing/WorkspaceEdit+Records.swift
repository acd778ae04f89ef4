extension WorkspaceEdit {
    // MARK: Contacts

    /// Adds a contact to an account: "Added contact Jo Park to Acme GmbH".
    public static func addContact(_ contact: Contact, to account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        return WorkspaceEdit(steps: [.contact(account: account, before: nil, after: contact, position: owner.contacts.count)],
                             summary: "Added contact \(contact.name) to \(owner.name)")
    }

    /// Changes a contact (found by its id): "Changed attitude of contact Jo Park (Acme GmbH): neutral → supporter".
    public static func updateContact(_ contact: Contact, of account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (before, position) = try existingRecord(contact.id, in: owner.contacts, kind: "contact", owner: owner)
        let summary = ChangeWording.sentence(
            ChangeWording.changes(WorkspaceEncoder.contact(before), WorkspaceEncoder.contact(contact)),
            of: "contact \(before.name) (\(owner.name))", edited: "Edited contact \(before.name) of \(owner.name)",
            fallback: "No change to contact \(before.name)")
        return WorkspaceEdit(steps: [.contact(account: account, before: before, after: contact, position: position)], summary: summary)
    }

    /// Removes a contact; activities that named it keep their text but lose the link.
    public static func removeContact(_ id: String, from account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (contact, position) = try existingRecord(id, in: owner.contacts, kind: "contact", owner: owner)
        var steps: [EditStep] = []
        for (index, activity) in owner.activities.enumerated() where activity.contact == id {
            var unlinked = activity
            unlinked.contact = nil
            steps.append(.activity(account: account, before: activity, after: unlinked, position: index))
        }
        steps.append(.contact(account: account, before: contact, after: nil, position: position))
        return WorkspaceEdit(steps: steps, summary: "Removed contact \(contact.name) from \(owner.name)")
    }

    // MARK: Activities

    /// Logs an activity: "Logged a call on Acme GmbH".
    public static func logActivity(_ activity: Activity, on account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        return WorkspaceEdit(steps: [.activity(account: account, before: nil, after: activity, position: owner.activities.count)],
                             summary: "Logged \(ChangeWording.withArticle(activity.kind)) on \(owner.name)")
    }

    /// Changes an activity (found by its id): "Changed text of the call of 2025-05-14 (Acme GmbH)".
    public static func updateActivity(_ activity: Activity, of account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (before, position) = try existingRecord(activity.id, in: owner.activities, kind: "activity", owner: owner)
        let subject = "the \(before.kind.rawValue) of \(before.date) (\(owner.name))"
        let summary = ChangeWording.sentence(
            ChangeWording.changes(WorkspaceEncoder.activity(before), WorkspaceEncoder.activity(activity)),
            of: subject, edited: "Edited \(subject)", fallback: "No change to \(subject)")
        return WorkspaceEdit(steps: [.activity(account: account, before: before, after: activity, position: position)], summary: summary)
    }

    /// Deletes an activity: "Deleted the call of 2025-05-14 on Acme GmbH".
    public static func removeActivity(_ id: String, from account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (activity, position) = try existingRecord(id, in: owner.activities, kind: "activity", owner: owner)
        return WorkspaceEdit(steps: [.activity(account: account, before: activity, after: nil, position: position)],
                             summary: "Deleted the \(activity.kind.rawValue) of \(activity.date) on \(owner.name)")
    }

    // MARK: Opportunities

    /// Adds an opportunity: "Added opportunity Line 3 retrofit to Acme GmbH".
    public static func addOpportunity(_ opportunity: Opportunity, to account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        return WorkspaceEdit(steps: [.opportunity(account: account, before: nil, after: opportunity, position: owner.opportunities.count)],
                             summary: "Added opportunity \(opportunity.name) to \(owner.name)")
    }

    /// Changes an opportunity (found by its id) exactly as given; to move it to another
    /// stage use `moveOpportunity`, which stamps `lastChanged`.
    public static func updateOpportunity(_ opportunity: Opportunity, of account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (before, position) = try existingRecord(opportunity.id, in: owner.opportunities, kind: "opportunity", owner: owner)
        let subject = "\(before.name) (\(owner.name))"
        let summary = ChangeWording.sentence(
            ChangeWording.changes(WorkspaceEncoder.opportunity(before), WorkspaceEncoder.opportunity(opportunity)),
            of: subject, edited: "Edited opportunity \(subject)", fallback: "No change to \(subject)")
        return WorkspaceEdit(steps: [.opportunity(account: account, before: before, after: opportunity, position: position)], summary: summary)
    }

    /// Moves an opportunity to `stage` and stamps `lastChanged` with `day`:
    /// "Moved Line 3 retrofit (Acme GmbH): proposal sent → won".
    public static func moveOpportunity(_ id: String, of account: String, to stage: OpportunityStage, on day: Day,
                                       in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (before, position) = try existingRecord(id, in: owner.opportunities, kind: "opportunity", owner: owner)
        var after = before
        after.stage = stage
        after.lastChanged = day
        let from = ChangeWording.words(before.stage.rawValue)
        let to = ChangeWording.words(stage.rawValue)
        return WorkspaceEdit(steps: [.opportunity(account: account, before: before, after: after, position: position)],
                             summary: "Moved \(before.name) (\(owner.name)): \(from) → \(to)")
    }

    /// Deletes an opportunity: "Deleted opportunity Line 3 retrofit of Acme GmbH".
    public static func removeOpportunity(_ id: String, from account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (opportunity, position) = try existingRecord(id, in: owner.opportunities, kind: "opportunity", owner: owner)
        return WorkspaceEdit(steps: [.opportunity(account: account, before: opportunity, after: nil, position: position)],
                             summary: "Deleted opportunity \(opportunity.name) of \(owner.name)")
    }

    // MARK: Objectives

    /// Adds an account-plan objective: "Added objective Meet the new CTO to Acme GmbH".
    public static func addObjective(_ objective: Objective, to account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        return WorkspaceEdit(steps: [.objective(account: account, before: nil, after: objective, position: owner.objectives.count)],
                             summary: "Added objective \(objective.title) to \(owner.name)")
    }

    /// Changes an objective (found by its id) exactly as given.
    public static func updateObjective(_ objective: Objective, of account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (before, position) = try existingRecord(objective.id, in: owner.objectives, kind: "objective", owner: owner)
        let subject = "objective \(before.title) (\(owner.name))"
        let summary = ChangeWording.sentence(
            ChangeWording.changes(WorkspaceEncoder.objective(before), WorkspaceEncoder.objective(objective)),
            of: subject, edited: "Edited \(subject)", fallback: "No change to \(subject)")
        return WorkspaceEdit(steps: [.objective(account: account, before: before, after: objective, position: position)], summary: summary)
    }

    /// Sets an objective's status; `done` stamps `completedOn` with `day`, any other status
    /// clears it: "Marked objective Meet the new CTO (Acme GmbH) done".
    public static func setObjectiveStatus(_ id: String, of account: String, to status: ObjectiveStatus, on day: Day,
                                          in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (before, position) = try existingRecord(id, in: owner.objectives, kind: "objective", owner: owner)
        var after = before
        after.status = status
        after.completedOn = status == .done ? (before.status == .done ? before.completedOn ?? day : day) : nil
        return WorkspaceEdit(steps: [.objective(account: account, before: before, after: after, position: position)],
                             summary: "Marked objective \(before.title) (\(owner.name)) \(status.title.lowercased())")
    }

    /// Deletes an objective: "Deleted objective Meet the new CTO of Acme GmbH".
    public static func removeObjective(_ id: String, from account: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingAccount(account, in: workspace)
        let (objective, position) = try existingRecord(id, in: owner.objectives, kind: "objective", owner: owner)
        return WorkspaceEdit(steps: [.objective(account: account, before: objective, after: nil, position: position)],
                             summary: "Deleted objective \(objective.title) of \(owner.name)")
    }

    /// The record with `id` and its position, or the error the user sees when it is gone.
    static func existingRecord<Record: Identifiable>(_ id: String, in list: [Record], kind: String,
                                                     owner: Account) throws(EditError) -> (Record, Int) where Record.ID == String {
        guard let index = list.firstIndex(where: { $0.id == id }) else {
            throw .preconditionFailed("The \(kind) \"\(id)\" of \(owner.name) no longer exists")
        }
        return (list[index], index)
    }
}
