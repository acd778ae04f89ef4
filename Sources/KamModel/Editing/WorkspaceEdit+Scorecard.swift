extension WorkspaceEdit {
    // MARK: KPIs and perspectives

    /// Adds a KPI at the end of a perspective: "Added KPI Training hours to Learning and growth".
    public static func addKPI(_ kpi: KPI, to perspective: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let owner = try existingPerspective(perspective, in: workspace)
        return WorkspaceEdit(steps: [.kpi(perspective: perspective, before: nil, after: kpi, position: owner.kpis.count)],
                             summary: "Added KPI \(kpi.name) to \(owner.name)")
    }

    /// Changes a KPI (found by its id) — target, weight, tolerance, direction...:
    /// "Changed target of KPI Net promoter score: 30 → 35".
    public static func updateKPI(_ kpi: KPI, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let (perspective, before, position) = try existingKPI(kpi.id, in: workspace)
        let summary = ChangeWording.sentence(
            ChangeWording.changes(WorkspaceEncoder.kpi(before), WorkspaceEncoder.kpi(kpi)),
            of: "KPI \(before.name)", edited: "Edited KPI \(before.name)", fallback: "No change to KPI \(before.name)")
        return WorkspaceEdit(steps: [.kpi(perspective: perspective.id, before: before, after: kpi, position: position)],
                             summary: summary)
    }

    /// Removes a KPI and the status overrides of it: "Removed KPI Training hours".
    public static func removeKPI(_ id: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let (perspective, kpi, position) = try existingKPI(id, in: workspace)
        var steps: [EditStep] = []
        for (index, override) in workspace.scorecard.overrides.enumerated().reversed() where override.kpi == id {
            steps.append(.override(before: override, after: nil, position: index))
        }
        steps.append(.kpi(perspective: perspective.id, before: kpi, after: nil, position: position))
        return WorkspaceEdit(steps: steps, summary: "Removed KPI \(kpi.name)")
    }

    /// Changes a perspective's name or weight: "Changed weight of perspective Customer: 1 → 2".
    public static func updatePerspective(_ id: String, to header: PerspectiveHeader, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let perspective = try existingPerspective(id, in: workspace)
        let before = PerspectiveHeader(of: perspective)
        var changes: [ChangeWording.FieldChange] = []
        if before.name != header.name { changes.append(.init(label: "name", from: before.name, to: header.name)) }
        if before.weight != header.weight {
            changes.append(.init(label: "weight", from: RangeRules.format(before.weight), to: RangeRules.format(header.weight)))
        }
        let summary = ChangeWording.sentence(changes, of: "perspective \(before.name)", edited: "Edited perspective \(before.name)",
                                             fallback: "No change to perspective \(before.name)")
        return WorkspaceEdit(steps: [.perspective(id: id, before: before, after: header)], summary: summary)
    }

    // MARK: Status overrides

    /// Adds a status override: "Set NPS to amber for Acme GmbH in 2025Q2".
    public static func addOverride(_ override: StatusOverride, in workspace: Workspace) -> WorkspaceEdit {
        WorkspaceEdit(steps: [.override(before: nil, after: override, position: workspace.scorecard.overrides.count)],
                      summary: "Set \(overrideSubject(override, in: workspace)) to \(override.status.rawValue)")
    }

    /// Replaces the override equal to `old` with `new`.
    public static func updateOverride(_ old: StatusOverride, to new: StatusOverride, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let position = try existingOverride(old, in: workspace)
        let summary = ChangeWording.sentence(
            ChangeWording.changes(WorkspaceEncoder.override(old), WorkspaceEncoder.override(new)),
            of: "the override of \(overrideSubject(old, in: workspace))",
            edited: "Edited the override of \(overrideSubject(old, in: workspace))", fallback: "No change to the override")
        return WorkspaceEdit(steps: [.override(before: old, after: new, position: position)], summary: summary)
    }

    /// Removes the override equal to `override`: "Removed the override of NPS for Acme GmbH in 2025Q2".
    public static func removeOverride(_ override: StatusOverride, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let position = try existingOverride(override, in: workspace)
        return WorkspaceEdit(steps: [.override(before: override, after: nil, position: position)],
                             summary: "Removed the override of \(overrideSubject(override, in: workspace))")
    }

    // MARK: Managers, settings, details

    /// Adds an account manager: "Added manager Ana Lima".
    public static func addManager(_ manager: Manager, in workspace: Workspace) -> WorkspaceEdit {
        WorkspaceEdit(steps: [.manager(before: nil, after: manager, position: workspace.managers.count)],
                      summary: "Added manager \(manager.name)")
    }

    /// Changes a manager (found by id): "Changed email of manager Ana Lima: a@x → b@x".
    public static func updateManager(_ manager: Manager, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let (before, position) = try existingManager(manager.id, in: workspace)
        let summary = ChangeWording.sentence(
            ChangeWording.changes(WorkspaceEncoder.manager(before), WorkspaceEncoder.manager(manager)),
            of: "manager \(before.name)", edited: "Edited manager \(before.name)", fallback: "No change to manager \(before.name)")
        return WorkspaceEdit(steps: [.manager(before: before, after: manager, position: position)], summary: summary)
    }

    /// Removes a manager. Validation refuses it while accounts or overrides still name them.
    public static func removeManager(_ id: String, in workspace: Workspace) throws(EditError) -> WorkspaceEdit {
        let (manager, position) = try existingManager(id, in: workspace)
        return WorkspaceEdit(steps: [.manager(before: manager, after: nil, position: position)],
                             summary: "Removed manager \(manager.name)")
    }

    /// Changes the workspace settings: "Changed stale opportunity days of the settings: 45 → 30".
    public static func updateSettings(_ settings: Settings, in workspace: Workspace) -> WorkspaceEdit {
        let summary = ChangeWording.sentence(
            ChangeWording.changes(WorkspaceEncoder.settings(workspace.settings), WorkspaceEncoder.settings(settings)),
            of: "the settings", edited: "Edited the settings", fallback: "No change to the settings")
        return WorkspaceEdit(steps: [.settings(before: workspace.settings, after: settings)], summary: summary)
    }

    /// Changes the workspace's name or currency: "Changed currency of the workspace: EUR → CHF".
    public static func updateDetails(_ details: WorkspaceDetails, in workspace: Workspace) -> WorkspaceEdit {
        let before = WorkspaceDetails(of: workspace)
        var changes: [ChangeWording.FieldChange] = []
        if before.name != details.name { changes.append(.init(label: "name", from: before.name, to: details.name)) }
        if before.currency != details.currency { changes.append(.init(label: "currency", from: before.currency, to: details.currency)) }
        let summary = ChangeWording.sentence(changes, of: "the workspace", edited: "Edited the workspace",
                                             fallback: "No change to the workspace")
        return WorkspaceEdit(steps: [.details(before: before, after: details)], summary: summary)
    }

    // MARK: Lookups

    private static func existingPerspective(_ id: String, in workspace: Workspace) throws(EditError) -> Perspective {
        guard let perspective = workspace.scorecard.perspectives.first(where: { $0.id == id }) else {
            throw .preconditionFailed("The scorecard perspective \"\(id)\" no longer exists")
        }
        return perspective
    }

    private static func existingKPI(_ id: String, in workspace: Workspace) throws(EditError) -> (Perspective, KPI, Int) {
        for perspective in workspace.scorecard.perspectives {
            if let index = perspective.kpis.firstIndex(where: { $0.id == id }) {
                return (perspective, perspective.kpis[index], index)
            }
        }
        throw .preconditionFailed("The KPI \"\(id)\" no longer exists")
    }

    private static func existingOverride(_ override: StatusOverride, in workspace: Workspace) throws(EditError) -> Int {
        guard let index = workspace.scorecard.overrides.firstIndex(of: override) else {
            throw .preconditionFailed("That status override no longer exists or was changed")
        }
        return index
    }

    private static func existingManager(_ id: String, in workspace: Workspace) throws(EditError) -> (Manager, Int) {
        guard let index = workspace.managers.firstIndex(where: { $0.id == id }) else {
            throw .preconditionFailed("The manager \"\(id)\" no longer exists")
        }
        return (workspace.managers[index], index)
    }

    /// "NPS for Acme GmbH in 2025Q2": the KPI's name, the account's name (or "all accounts"), the quarter.
    private static func overrideSubject(_ override: StatusOverride, in workspace: Workspace) -> String {
        let kpi = workspace.scorecard.kpi(id: override.kpi)?.name ?? override.kpi
        let scope = override.account.map { workspace.account(id: $0)?.name ?? $0 } ?? "all accounts"
        return "\(kpi) for \(scope) in \(override.quarter)"
    }
}
