/// The 80/20 figures of the superstore data per customer over all quarters, for checking
/// the analytics' Pareto and whale-curve code.
///
/// Computed independently of kam by `superstore_expected.py` (Python's csv module; gross
/// profit per customer = sum of the Profit column over all its order lines, customers
/// ranked by profit descending). Regenerate with
/// `python3 Tests/KamImportTests/superstore_expected.py` from the package root.
enum SuperstoreParetoFigures {
    static let customerCount = 793
    /// Sum of all customers' profit.
    static let totalProfit = 286_397.02169999987
    /// Customers whose total profit is below zero, and the sum of their profit.
    static let lossMakingCustomers = 155
    static let totalLoss = -71_224.47440000002
    /// The fewest customers, taken by profit descending, whose cumulative profit reaches
    /// 80% of the total.
    static let customersToReach80Percent = 153
    /// ceil(0.2 x 793) customers and their share of total profit, as a fraction.
    static let top20PercentCount = 159
    static let top20PercentShare = 0.8166477099227463
    /// The highest cumulative profit along the ranking, and as a fraction of the total.
    static let whalePeakCumulativeProfit = 357_621.4960999998
    static let whalePeakFraction = 1.248691393427294
}
