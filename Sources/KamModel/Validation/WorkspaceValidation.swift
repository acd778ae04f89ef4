/// The semantic checks of a workspace: unique ids, references that resolve, values in range.
///
/// Works on an in-memory workspace, so the editor can check before saving; loading runs it
/// after decoding. Paths match the file layout (`accounts[3].contacts[1].id`).
public enum WorkspaceValidation {
    /// Every semantic problem in `workspace`, in workspace order.
    public static func problems(in workspace: Workspace) -> [WorkspaceProblem] {
        let sink = ProblemSink()
        IdentityRules.check(workspace, sink)
        ReferenceRules.check(workspace, sink)
        RangeRules.check(workspace, sink)
        return sink.problems
    }
}

/// Ids that must be present and unique: managers, accounts, each account's records,
/// perspectives and KPIs.
enum IdentityRules {
    static func check(_ workspace: Workspace, _ sink: ProblemSink) {
        unique(workspace.managers.map(\.id), kind: "manager", path: .root / "managers", sink)
        unique(workspace.accounts.map(\.id), kind: "account", path: .root / "accounts", sink)
        for (i, account) in workspace.accounts.enumerated() {
            let path = FieldPath.root / "accounts"
            unique(account.contacts.map(\.id), kind: "contact", path: path[i] / "contacts", sink)
            unique(account.activities.map(\.id), kind: "activity", path: path[i] / "activities", sink)
            unique(account.opportunities.map(\.id), kind: "opportunity", path: path[i] / "opportunities", sink)
            unique(account.objectives.map(\.id), kind: "objective", path: path[i] / "objectives", sink)
        }
        let perspectives = FieldPath.root / "scorecard" / "perspectives"
        unique(workspace.scorecard.perspectives.map(\.id), kind: "perspective", path: perspectives, sink)
        // KPI ids are unique across the whole scorecard: overrides name them without a perspective.
        var firstKPI: [String: FieldPath] = [:]
        for (p, perspective) in workspace.scorecard.perspectives.enumerated() {
            for (k, kpi) in perspective.kpis.enumerated() {
                let path = perspectives[p] / "kpis"
                checkNotEmpty(kpi.id, at: path[k] / "id", sink)
                guard !kpi.id.isEmpty else { continue }
                if let first = firstKPI[kpi.id] {
                    sink.report(path[k] / "id", "duplicate KPI id \"\(kpi.id)\" (also at \(first))")
                } else {
                    firstKPI[kpi.id] = path[k]
                }
            }
        }
    }

    /// Reports empty ids and every id that repeats an earlier one in `ids`.
    private static func unique(_ ids: [String], kind: String, path: FieldPath, _ sink: ProblemSink) {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            checkNotEmpty(id, at: path[i] / "id", sink)
            guard !id.isEmpty else { continue }
            if let earlier = first[id] {
                sink.report(path[i] / "id", "duplicate \(kind) id \"\(id)\" (also at \(path[earlier]))")
            } else {
                first[id] = i
            }
        }
    }

    private static func checkNotEmpty(_ id: String, at path: FieldPath, _ sink: ProblemSink) {
        if id.isEmpty { sink.report(path, "must not be empty") }
    }
}

/// References that must resolve: account managers, activity contacts, override KPIs,
/// accounts and managers.
enum ReferenceRules {
    static func check(_ workspace: Workspace, _ sink: ProblemSink) {
        let managers = Set(workspace.managers.map(\.id))
        for (i, account) in workspace.accounts.enumerated() {
            let path = (FieldPath.root / "accounts")[i]
            if !managers.contains(account.manager) {
                sink.report(path / "manager", "unknown manager \"\(account.manager)\"; it must be the id of one of the workspace's managers")
            }
            let contacts = Set(account.contacts.map(\.id))
            for (a, activity) in account.activities.enumerated() {
                if let contact = activity.contact, !contacts.contains(contact) {
                    sink.report((path / "activities")[a] / "contact", "unknown contact \"\(contact)\"; it must be the id of one of this account's contacts")
                }
            }
        }
        let accounts = Set(workspace.accounts.map(\.id))
        let kpis = Set(workspace.scorecard.kpis.map(\.id))
        for (o, override) in workspace.scorecard.overrides.enumerated() {
            let path = (FieldPath.root / "scorecard" / "overrides")[o]
            if !kpis.contains(override.kpi) {
                sink.report(path / "kpi", "unknown KPI \"\(override.kpi)\"; it must be the id of a KPI in the scorecard")
            }
            if let account = override.account, !accounts.contains(account) {
                sink.report(path / "account", "unknown account \"\(account)\"")
            }
            if let manager = override.setBy, !managers.contains(manager) {
                sink.report(path / "setBy", "unknown manager \"\(manager)\"")
            }
        }
    }
}
