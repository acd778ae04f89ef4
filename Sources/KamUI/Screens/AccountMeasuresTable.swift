import KamAnalytics
import KamModel

/// The measures of every account for one quarter, computed once per (workspace, quarter)
/// with the analytics and then only sorted, filtered and grouped by the screens.
public struct AccountMeasuresTable: Sendable {
    public let quarter: Quarter
    /// One row per account, in workspace order.
    public let rows: [AccountRow]
    let scorecard: ScorecardDefinition
    let today: Day

    /// Measures every account of `workspace` in `quarter` as of `today`.
    public init(workspace: Workspace, quarter: Quarter, today: Day) {
        self.quarter = quarter
        self.scorecard = workspace.scorecard
        self.today = today
        let table = AccountTable(workspace: workspace, period: .quarter(quarter), today: today)
        var managerNames: [String: String] = [:]
        for manager in workspace.managers { managerNames[manager.id] = manager.name }
        rows = zip(workspace.accounts, table.rows).map { account, measures in
            let previous = MeasureTotals(account: account, period: .quarter(quarter.previous))
            let card = Scorecard.evaluate(workspace.scorecard, scope: .account(account.id), quarter: quarter,
                                          today: today, history: [previous, measures.totals])
            return AccountRow(measures: measures, previousTotals: previous,
                              managerName: managerNames[account.manager] ?? account.manager,
                              industry: account.industry, status: account.status, scorecard: card)
        }
    }

    /// The row of the account with `id`.
    public func row(id: String) -> AccountRow? { rows.first { $0.id == id } }

    /// The roll-up of `rows`: summed figures and the scorecard scored from them (never an
    /// average of account scores).
    public func rollUp(_ rows: [AccountRow], scope: ScorecardScope = .portfolio) -> AccountRollUp {
        var totals = MeasureTotals()
        var previousSum = MeasureTotals()
        for row in rows {
            totals.add(row.measures.totals)
            previousSum.add(row.previousTotals)
        }
        let card = Scorecard.evaluate(scorecard, scope: scope, quarter: quarter, today: today,
                                      history: [previousSum, totals])
        return AccountRollUp(count: rows.count, totals: totals, scorecard: card)
    }
}

/// One account's measures for the quarter, with what the list shows beside them.
public struct AccountRow: Sendable {
    public let measures: AccountMeasures
    /// The summed figures of the quarter before, for trends and roll-ups.
    public let previousTotals: MeasureTotals
    public let managerName: String
    public let industry: String
    public let status: AccountStatus
    /// The account's balanced scorecard for the quarter.
    public let scorecard: ScorecardResult

    public var id: String { measures.id }
    public var name: String { measures.name }
}

/// The totals of a group of accounts (or all of them): summed figures and their scorecard.
public struct AccountRollUp: Sendable {
    public let count: Int
    public let totals: MeasureTotals
    public let scorecard: ScorecardResult
}
