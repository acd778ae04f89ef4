import KamModel

/// The 80/20 view of a set of accounts in a period: the profit ranking with its Pareto cut
/// and whale curve, revenue concentration, and the revenue-versus-cost-to-serve matrix.
///
/// Build it from an `AccountTable` (all rows, or one manager's or segment's via a scope or
/// positions): the table is measured once, the view is cheap to rebuild.
/// HHI and Gini are over every account with revenue data in the period (also those without
/// operating profit); the ranking needs operating profit (see `ProfitRanking`).
public struct ProfitConcentrationView: Sendable, Equatable {
    /// The period of the table.
    public var period: Period
    /// Number of accounts given (ranked or not).
    public var accountCount: Int
    /// Accounts ranked by operating profit.
    public var ranking: ProfitRanking
    /// Summed revenue of the accounts with revenue data; nil when none has any.
    public var totalRevenue: Double?
    /// HHI of revenue shares in percent (0...10000).
    public var revenueHHI: Double?
    /// Gini coefficient of revenue (0...1).
    public var revenueGini: Double?
    /// Revenue against cost-to-serve ratio.
    public var costToServe: CostToServeMatrix

    /// The view of the rows of `table` at `positions`, with ABC thresholds from `settings`.
    public init(table: AccountTable, positions: [Int], settings: Settings, basis: ProfitBasis = .operatingProfit) {
        period = table.period
        accountCount = positions.count
        ranking = ProfitRanking(table: table, positions: positions, settings: settings, basis: basis)
        let revenues = positions.compactMap { table.keyFigures[$0].revenue }
        totalRevenue = revenues.isEmpty ? nil : revenues.reduce(0, +)
        revenueHHI = RevenueConcentration.hhi(revenues)
        revenueGini = RevenueConcentration.gini(revenues)
        costToServe = CostToServeMatrix(table: table, positions: positions)
    }

    /// The view of the accounts of `table` in `scope` (one manager's, one segment's, all).
    public init(table: AccountTable, scope: ScorecardScope = .portfolio, settings: Settings) {
        self.init(table: table, positions: table.positions(in: scope), settings: settings)
    }
}
