/// How concentrated revenue is across accounts: HHI and Gini.
///
/// Computed on revenue, not profit, because profit can be negative. Negative revenue
/// (net returns) counts as 0. Both are nil when there are no accounts or total revenue is 0.
public enum RevenueConcentration {
    /// Herfindahl-Hirschman index: the sum of squared revenue shares in percent, 0...10000.
    ///
    /// One account gives 10000; n equal accounts give 10000 / n.
    public static func hhi(_ revenues: [Double]) -> Double? {
        let values = revenues.map { max($0, 0) }
        let total = values.reduce(0, +)
        guard total > 0 else { return nil }
        return values.reduce(0) { sum, x in
            let share = x / total * 100
            return sum + share * share
        }
    }

    /// Gini coefficient: G = sum((2i - n - 1) x_i) / (n^2 mean), x ascending, i from 1.
    ///
    /// 0 when every account has the same revenue (and for one account); approaches 1 when one
    /// account has it all.
    public static func gini(_ revenues: [Double]) -> Double? {
        let values = revenues.map { max($0, 0) }.sorted()
        let n = values.count
        let total = values.reduce(0, +)
        guard n > 0, total > 0 else { return nil }
        var sum = 0.0
        for (k, x) in values.enumerated() {
            sum += Double(2 * (k + 1) - n - 1) * x
        }
        // n^2 mean = n total.
        return sum / (Double(n) * total)
    }
}
