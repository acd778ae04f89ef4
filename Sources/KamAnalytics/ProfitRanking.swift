import KamModel

/// An ABC class: A earns the first 80% of profit, B the next 15%, C the rest (thresholds from settings).
public enum ABCClass: String, Sendable, CaseIterable {
    case a = "A", b = "B", c = "C"
}

/// One account in the profit ranking.
public struct RankedAccount: Sendable, Equatable, Identifiable {
    /// 1 for the most profitable account.
    public var rank: Int
    /// The account's id and name.
    public var id: String
    public var name: String
    /// Operating profit and revenue in the period.
    public var operatingProfit: Double
    public var revenue: Double
    /// Summed operating profit of ranks 1 through this one.
    public var cumulativeProfit: Double
    /// Operating profit as % of total profit; nil when the total is zero or negative.
    public var share: Double?
    /// Cumulative profit as % of total profit (the whale curve); nil when the total is zero or negative.
    public var cumulativeShare: Double?
    /// ABC class; nil when the total is zero or negative.
    public var abcClass: ABCClass?
}

/// The ranking of accounts by operating profit: the basis of the Pareto view and the whale curve.
///
/// Accounts are ranked by operating profit, highest first, ties by id. Accounts without
/// revenue data in the period, and accounts with revenue but no operating profit (gross
/// profit or cost to serve missing), are left out and listed separately.
///
/// When total profit is zero or negative there is no 80/20 split: shares, the whale curve
/// in %, the Pareto cut, the top-20% share and ABC classes are nil; the ranking, the
/// cumulative profit amounts and the value destroyers are still given.
///
/// ABC: an account is A when the cumulative profit before it is below `abcThresholdA` of
/// the total (so the account that crosses 80% is A), B when below `abcThresholdB`, else C.
/// The Pareto cut uses the same threshold A, so it equals the number of A accounts.
public struct ProfitRanking: Sendable, Equatable {
    /// The ranked accounts, most profitable first.
    public var ranked: [RankedAccount]
    /// Ids of accounts without revenue data in the period.
    public var withoutRevenue: [String]
    /// Ids of accounts with revenue but no operating profit.
    public var withoutProfit: [String]
    /// Summed operating profit of the ranked accounts.
    public var totalProfit: Double
    /// The profit share threshold of the Pareto cut and class A (0.8).
    public var threshold: Double
    /// The profit ranked by: operating profit, or gross profit when no cost to serve is on record.
    public var basis: ProfitBasis = .operatingProfit

    /// Ranks the rows of `table` at `positions` (all rows when nil) by operating profit (or by
    /// the profit `basis` names; "without profit" then means without that profit).
    public init(table: AccountTable, positions: [Int]? = nil, settings: Settings,
                basis: ProfitBasis = .operatingProfit) {
        threshold = settings.abcThresholdA
        self.basis = basis
        let positions = positions ?? Array(table.keyFigures.indices)
        let keys = table.keyFigures, ids = table.ids
        var ranking: [(profit: Double, position: Int)] = []
        var withoutRevenue: [String] = [], withoutProfit: [String] = []
        ranking.reserveCapacity(positions.count)
        for p in positions {
            guard keys[p].revenue != nil else { withoutRevenue.append(ids[p]); continue }
            guard let profit = basis.profit(keys[p]) else { withoutProfit.append(ids[p]); continue }
            ranking.append((profit, p))
        }
        ranking.sort { a, b in a.profit != b.profit ? a.profit > b.profit : ids[a.position] < ids[b.position] }
        let total = ranking.reduce(0) { $0 + $1.profit }
        let hasSplit = total > 0
        let limitA = settings.abcThresholdA * total, limitB = settings.abcThresholdB * total
        let slack = 1e-9 * max(1, abs(total))
        var cumulative = 0.0
        var ranked: [RankedAccount] = []
        ranked.reserveCapacity(ranking.count)
        for (n, (profit, p)) in ranking.enumerated() {
            let before = cumulative
            cumulative += profit
            let abc: ABCClass? = hasSplit ? (before < limitA - slack ? .a : before < limitB - slack ? .b : .c) : nil
            ranked.append(RankedAccount(
                rank: n + 1, id: ids[p], name: table.names[p], operatingProfit: profit, revenue: keys[p].revenue ?? 0,
                cumulativeProfit: cumulative,
                share: hasSplit ? profit / total * 100 : nil,
                cumulativeShare: hasSplit ? cumulative / total * 100 : nil,
                abcClass: abc))
        }
        self.ranked = ranked
        self.withoutRevenue = withoutRevenue
        self.withoutProfit = withoutProfit
        totalProfit = total
    }

    /// Whether total profit is positive, so that shares and the 80/20 split exist.
    public var hasProfitSplit: Bool { totalProfit > 0 }

    /// Number of accounts needed to reach `threshold` (80%) of total profit.
    public var paretoCount: Int? {
        guard hasProfitSplit else { return nil }
        let limit = threshold * totalProfit - 1e-9 * max(1, totalProfit)
        return ranked.first { $0.cumulativeProfit >= limit }?.rank
    }

    /// `paretoCount` as % of the ranked accounts.
    public var paretoShareOfAccounts: Double? {
        paretoCount.map { Double($0) / Double(ranked.count) * 100 }
    }

    /// The number of accounts in the top 20%: ceil(0.2 n).
    public var top20Count: Int { (ranked.count + 4) / 5 }

    /// Profit of the top 20% of accounts as % of total profit.
    public var top20Share: Double? {
        guard hasProfitSplit, top20Count > 0 else { return nil }
        return ranked[top20Count - 1].cumulativeProfit / totalProfit * 100
    }

    /// The whale curve: cumulative profit as % of total, one point per account in rank order.
    public var whaleCurve: [Double] { ranked.compactMap(\.cumulativeShare) }

    /// The highest point of the whale curve and the rank where it is first reached.
    public var whalePeak: (percent: Double, rank: Int)? {
        guard hasProfitSplit, var best = ranked.first else { return nil }
        for account in ranked where account.cumulativeProfit > best.cumulativeProfit { best = account }
        return (best.cumulativeProfit / totalProfit * 100, best.rank)
    }

    /// The accounts ranked after the whale curve's peak: those that pull the total back down.
    public var accountsAfterPeak: ArraySlice<RankedAccount> {
        guard let peak = whalePeak else { return [] }
        return ranked[peak.rank...]
    }

    /// Accounts with negative operating profit, worst last (ranking order).
    public var valueDestroyers: ArraySlice<RankedAccount> {
        let firstLoss = ranked.firstIndex { $0.operatingProfit < 0 } ?? ranked.count
        return ranked[firstLoss...]
    }

    /// The summed loss of the value destroyers, as a positive amount (0 when there are none).
    public var valueDestroyerLoss: Double { -valueDestroyers.reduce(0) { $0 + $1.operatingProfit } }

    /// The ranked accounts of one ABC class.
    public func accounts(in abcClass: ABCClass) -> [RankedAccount] { ranked.filter { $0.abcClass == abcClass } }

    /// How many ranked accounts are of one ABC class (the count of `accounts(in:)`, without the copies).
    public func count(in abcClass: ABCClass) -> Int { ranked.reduce(0) { $0 + ($1.abcClass == abcClass ? 1 : 0) } }
}
