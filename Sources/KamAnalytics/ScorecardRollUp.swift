import KamModel

/// A scorecard table with one row per account manager (or per segment) for one quarter.
///
/// Each row is that group's scorecard computed from the group's summed figures; only
/// overrides without an account apply to it. Rows for managers follow `Workspace.managers`,
/// then manager ids that accounts name but the workspace does not list (sorted); segment
/// rows are sorted by name. A manager without accounts gets a row with no data.
public struct ScorecardRollUp: Sendable, Equatable {
    /// What the rows group by.
    public enum Grouping: String, Sendable, CaseIterable {
        case manager, segment
    }

    /// One group's row.
    public struct Row: Sendable, Equatable {
        /// The group's scope (`.manager(id)` or `.segment(name)`).
        public var scope: ScorecardScope
        /// The manager's name or the segment.
        public var title: String
        /// The group's scorecard (with the previous quarter for trends).
        public var scorecard: ScorecardResult

        /// Each perspective's score and status, in definition order.
        public var perspectives: [PerspectiveResult] { scorecard.perspectives }
        /// The overall score.
        public var overall: Double? { scorecard.overall }
        /// The overall status.
        public var overallStatus: RAGStatus? { scorecard.overallStatus }
    }

    /// The quarter evaluated.
    public var quarter: Quarter
    /// What the rows group by.
    public var grouping: Grouping
    /// One row per group.
    public var rows: [Row]
    /// The whole portfolio's scorecard, for a total line.
    public var portfolio: ScorecardResult

    /// Builds the table in one pass over the accounts (current and previous quarter).
    public init(workspace: Workspace, grouping: Grouping, quarter: Quarter, today: Day) {
        self.quarter = quarter
        self.grouping = grouping
        var current: [String: MeasureTotals] = [:]
        var previous: [String: MeasureTotals] = [:]
        var all = [MeasureTotals(), MeasureTotals()]
        for account in workspace.accounts {
            let key = grouping == .manager ? account.manager : account.segment
            let now = MeasureTotals(account: account, period: .quarter(quarter))
            let before = MeasureTotals(account: account, period: .quarter(quarter.previous))
            current[key, default: MeasureTotals()].add(now)
            previous[key, default: MeasureTotals()].add(before)
            all[0].add(before)
            all[1].add(now)
        }
        var keys: [(key: String, title: String)]
        switch grouping {
        case .manager:
            keys = workspace.managers.map { ($0.id, $0.name) }
            let listed = Set(keys.map(\.key))
            keys += current.keys.filter { !listed.contains($0) }.sorted().map { ($0, $0) }
        case .segment:
            keys = current.keys.sorted().map { ($0, $0) }
        }
        rows = keys.map { key, title in
            let scope: ScorecardScope = grouping == .manager ? .manager(key) : .segment(key)
            let history = [previous[key] ?? MeasureTotals(), current[key] ?? MeasureTotals()]
            return Row(scope: scope, title: title,
                       scorecard: Scorecard.evaluate(workspace.scorecard, scope: scope, quarter: quarter,
                                                     today: today, history: history))
        }
        portfolio = Scorecard.evaluate(workspace.scorecard, scope: .portfolio, quarter: quarter, today: today,
                                       history: all)
    }
}
