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

    /// True when `workspace` has no semantic problem. On a valid workspace no field path
    /// or message is built, so this is cheap enough to run on every load.
    /// The three groups of rules run at the same time, one per core.
    ///
    /// `knownValid`, when given, says for each account whether its own content is known
    /// to pass (it equals an account of a workspace that passed): such an account is only
    /// checked against the rest (its id unique, its manager known), which is what a save
    /// that copies unchanged accounts needs.
    public static func isValid(_ workspace: Workspace, knownValid: [Bool]? = nil) -> Bool {
        let known = knownValid ?? []
        return BothCores.map(3) { group in
            let skip = { (i: Int) in i < known.count && known[i] }
            let sink = ProblemSink()
            switch group {
            case 0: IdentityRules.check(workspace, sink, skippingAccount: skip)
            case 1: ReferenceRules.check(workspace, sink, skippingAccount: skip)
            default: RangeRules.check(workspace, sink, skippingAccount: skip)
            }
            return sink.problems.isEmpty
        }.allSatisfy { $0 }
    }
}

/// Ids that must be present and unique: managers, accounts, each account's records,
/// perspectives and KPIs.
enum IdentityRules {
    /// Reports every problem; the records of accounts for which `skippingAccount` says
    /// true are not looked at.
    static func check(_ workspace: Workspace, _ sink: ProblemSink, skippingAccount: (Int) -> Bool = { _ in false }) {
        unique(workspace.managers.map(\.id), kind: "manager", path: .root / "managers", sink)
        unique(workspace.accounts.map(\.id), kind: "account", path: .root / "accounts", sink)
        // Each account read where it is, as in the other rules.
        workspace.accounts.withUnsafeBufferPointer { accounts in
            for i in accounts.indices where !skippingAccount(i) {
                func path() -> FieldPath { (FieldPath.root / "accounts")[i] }
                let records = accounts[i].records
                guard !records.isEmpty else { continue }
                // Ids told apart on their packed bytes, made into strings only when that cannot tell.
                if records.idsAreDistinct(.contact) != true {
                    unique(records.contactIDs, kind: "contact", path: path() / "contacts", sink)
                }
                if records.idsAreDistinct(.activity) != true {
                    unique(records.activityIDs, kind: "activity", path: path() / "activities", sink)
                }
                if records.idsAreDistinct(.opportunity) != true {
                    unique(records.opportunityIDs, kind: "opportunity", path: path() / "opportunities", sink)
                }
                if records.idsAreDistinct(.objective) != true {
                    unique(records.objectiveIDs, kind: "objective", path: path() / "objectives", sink)
                }
            }
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
    ///
    /// The path is only built for a problem. Short lists (an account's records) are
    /// compared pairwise, which is cheaper than a dictionary; long ones (the accounts) by
    /// their hashes first, in a set a third the size of a dictionary of the ids, and only
    /// the ids whose hash came before are then looked up as strings. All report the same.
    private static func unique(_ ids: [String], kind: String, path: @autoclosure () -> FieldPath, _ sink: ProblemSink) {
        if ids.count <= 16 {
            for i in ids.indices {
                let id = ids[i]
                guard !id.isEmpty else {
                    sink.report(path()[i] / "id", "must not be empty")
                    continue
                }
                var earlier = 0
                while earlier < i, ids[earlier] != id { earlier += 1 }
                if earlier < i {
                    sink.report(path()[i] / "id", "duplicate \(kind) id \"\(id)\" (also at \(path()[earlier]))")
                }
            }
            return
        }
        var seen = Set<Int>(minimumCapacity: ids.count), repeated = Set<Int>()
        for id in ids where !id.isEmpty && !seen.insert(id.hashValue).inserted { repeated.insert(id.hashValue) }
        seen = []
        var first: [String: Int] = [:]
        for i in ids.indices {
            let id = ids[i]
            checkNotEmpty(id, at: path()[i] / "id", sink)
            guard !id.isEmpty, !repeated.isEmpty, repeated.contains(id.hashValue) else { continue }
            if let earlier = first[id] {
                sink.report(path()[i] / "id", "duplicate \(kind) id \"\(id)\" (also at \(path()[earlier]))")
            } else {
                first[id] = i
            }
        }
    }

    private static func checkNotEmpty(_ id: String, at path: @autoclosure () -> FieldPath, _ sink: ProblemSink) {
        if id.isEmpty { sink.report(path(), "must not be empty") }
    }
}

/// References that must resolve: account managers, activity contacts, override KPIs,
/// accounts and managers.
enum ReferenceRules {
    /// Reports every problem; of the accounts for which `skippingAccount` says true, only
    /// the manager is checked (the workspace's managers may have changed).
    static func check(_ workspace: Workspace, _ sink: ProblemSink, skippingAccount: (Int) -> Bool = { _ in false }) {
        let managers = Set(workspace.managers.map(\.id))
        // Each account read where it is: a copy would count a reference to each of its texts.
        workspace.accounts.withUnsafeBufferPointer { accounts in
            for i in accounts.indices {
                func path() -> FieldPath { (FieldPath.root / "accounts")[i] }
                if !managers.contains(accounts[i].manager) {
                    sink.report(path() / "manager", "unknown manager \"\(accounts[i].manager)\"; it must be the id of one of the workspace's managers")
                }
                if skippingAccount(i) { continue }
                let records = accounts[i].records
                guard records.activityCount > 0, records.activityContactsAreKnown() != true else { continue }
                let contacts = records.contactIDs
                for (a, contact) in records.activityContacts.enumerated() {
                    if let contact, !contacts.contains(contact) {
                        sink.report((path() / "activities")[a] / "contact", "unknown contact \"\(contact)\"; it must be the id of one of this account's contacts")
                    }
                }
            }
        }
        // The accounts overrides name, found in one pass (not a set of every account's id).
        let named = Set(workspace.scorecard.overrides.compactMap(\.account))
        var accounts = Set<String>()
        if !named.isEmpty {
            workspace.accounts.withUnsafeBufferPointer { all in
                for i in all.indices where named.contains(all[i].id) { accounts.insert(all[i].id) }
            }
        }
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
