import KamModel

/// The 80/20 figures of a workspace, computed directly from its quarter figures for the tests.
struct ProfitPattern {
    /// Operating profit per account, highest first.
    var profits: [Double]

    /// Operating profit (gross profit - cost to serve) of every account over `quarters`.
    init(_ workspace: Workspace, quarters: [Quarter]) {
        profits = workspace.accounts.map { account in
            quarters.reduce(0) { sum, q in
                guard let f = account.quarters[q], let gross = f.grossProfit, let cost = f.costToServe else { return sum }
                return sum + gross - cost.total
            }
        }.sorted(by: >)
    }

    var total: Double { profits.reduce(0, +) }

    /// Share of total profit earned by the first ceil(0.2 n) accounts.
    var topFifthShare: Double {
        let k = (profits.count + 4) / 5
        return profits.prefix(k).reduce(0, +) / total
    }

    /// Share of accounts with negative operating profit.
    var valueDestroyerShare: Double {
        Double(profits.filter { $0 < 0 }.count) / Double(profits.count)
    }

    /// Highest cumulative profit as a share of the total (the whale curve's peak).
    var whalePeak: Double {
        var running = 0.0
        var peak = 0.0
        for p in profits {
            running += p
            peak = max(peak, running)
        }
        return peak / total
    }

    /// True when the pattern the demo promises holds.
    var looksLikeKeyAccounts: Bool {
        (0.70...0.90).contains(topFifthShare) && (0.15...0.30).contains(valueDestroyerShare)
            && (1.30...2.50).contains(whalePeak)
    }

    var summary: String {
        "top 20% \(topFifthShare), destroyers \(valueDestroyerShare), whale peak \(whalePeak)"
    }
}
