import KamModel

/// The measures of every account in a workspace for one period, built once and then sorted,
/// filtered and ranked by the portfolio views.
public struct AccountTable: Sendable {
    /// The period measured.
    public let period: Period
    /// The day engagement and the pipeline are measured at.
    public let today: Day
    /// One row per account, in workspace order.
    public let rows: [AccountMeasures]
    private let positions: [String: Int]

    /// Measures every account of `workspace` over `period` as of `today`.
    public init(workspace: Workspace, period: Period, today: Day) {
        self.period = period
        self.today = today
        let settings = workspace.settings
        var rows: [AccountMeasures] = []
        rows.reserveCapacity(workspace.accounts.count)
        var positions: [String: Int] = [:]
        positions.reserveCapacity(workspace.accounts.count)
        for (i, account) in workspace.accounts.enumerated() {
            rows.append(AccountMeasures(account: account, index: i, period: period, settings: settings, today: today))
            if positions[account.id] == nil { positions[account.id] = i }
        }
        self.rows = rows
        self.positions = positions
    }

    /// The row of the account with `id` (the first, should ids repeat).
    public func row(id: String) -> AccountMeasures? { positions[id].map { rows[$0] } }

    /// The rows of the accounts in `scope`.
    public func rows(in scope: ScorecardScope) -> [AccountMeasures] {
        switch scope {
        case .portfolio: rows
        case .account(let id): row(id: id).map { [$0] } ?? []
        case .manager(let id): rows.filter { $0.manager == id }
        case .segment(let name): rows.filter { $0.segment == name }
        }
    }

    /// The summed totals of `rows` (for a roll-up over a subset).
    public static func totals(of rows: [AccountMeasures], period: Period) -> MeasureTotals {
        var sum = MeasureTotals(quarters: period.length)
        for row in rows { sum.add(row.totals) }
        return sum
    }
}
