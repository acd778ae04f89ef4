import KamAnalytics
import KamModel

/// The managers or segments a grouped accounts or pareto report has a block for.
enum ReportGroups {
    /// One group: its scope, the key (manager id or segment) and the name shown.
    struct Group {
        var scope: ScorecardScope
        var key: String
        var name: String
    }

    /// The groups that have accounts, in the order of the scorecard roll-up: managers as the
    /// workspace lists them, then manager ids accounts name but the workspace does not list
    /// (sorted); segments sorted by name.
    static func list(_ grouping: ScorecardRollUp.Grouping, in workspace: Workspace) -> [Group] {
        switch grouping {
        case .segment:
            return workspace.segments.map { Group(scope: .segment($0), key: $0, name: $0) }
        case .manager:
            let used = Set(workspace.accounts.map(\.manager))
            var groups = workspace.managers.filter { used.contains($0.id) }
                .map { Group(scope: .manager($0.id), key: $0.id, name: $0.name) }
            let listed = Set(workspace.managers.map(\.id))
            groups += used.subtracting(listed).sorted().map { Group(scope: .manager($0), key: $0, name: $0) }
            return groups
        }
    }
}
