import KamModel

/// The hidden traits of one demo account from which all its data is drawn.
///
/// Size and profitability are drawn stratified over the whole portfolio (each account gets
/// its own slice of the distribution), so even a 60-account demo shows the 80/20 pattern:
/// a heavy tail of revenue, about a fifth of accounts destroying value, and large
/// accounts whose margins are squeezed both ways.
struct AccountProfile: Sendable {
    var index: Int
    var segment: Segment
    var industry: Industry
    /// Revenue in a typical quarter at the end of the window, before seasonality.
    var baseRevenue: Double
    /// Gross profit / revenue.
    var grossMargin: Double
    /// Operating profit / revenue the account is built to earn (negative for value destroyers).
    var operatingMargin: Double
    /// Where the account's size falls in the portfolio, 0 (smallest) to 1 (largest).
    var sizeQuantile: Double
    /// How much extra service the account asks for: 0 (none) to 1 (very demanding).
    var demand: Double
    var customLogistics: Bool
    /// Yearly revenue growth, as a fraction.
    var growth: Double
    var tier: Tier = .other
    var status: AccountStatus = .existing
    /// The first quarter (0-based within the window) that the account has figures for.
    var firstQuarter: Int = 0
    var attractiveness: Double = 3
    var relationship: Double = 3
    /// Our share of the account's category spend, as a fraction.
    var shareOfWallet: Double
    /// How cost to serve splits into categories.
    var costWeights = CostWeights()

    /// True when the account is built to lose money.
    var isValueDestroyer: Bool { operatingMargin < 0 }
}

extension AccountProfile {
    /// Typical quarterly revenue of the median account, in EUR.
    static let medianRevenue = 150_000.0

    /// Draws the profiles of a whole portfolio: stratified sizes and profitability, then tiers.
    static func portfolio(count n: Int, window: [Quarter], seed: UInt64) -> [AccountProfile] {
        let quarters = window.count
        guard n > 0 else { return [] }
        var random = DemoRandom(seed: seed, stream: 0, salt: 1)
        let sizeSlots = random.permutation(n)
        let offset = random.unit()
        var profiles: [AccountProfile] = []
        profiles.reserveCapacity(n)
        for i in 0..<n {
            var r = DemoRandom(seed: seed, stream: UInt64(i) + 1, salt: 1)
            // Size: a log-logistic draw from the account's own slice; a few whales.
            let u = (Double(sizeSlots[i]) + r.unit()) / Double(n)
            let odds = min(200, max(1.0 / 200, u / (1 - u)))
            let segment = Segment.allCases[r.weightedIndex(Segment.allCases.map(\.weight))]
            let industries = segment == .publicSector ? Industry.publicSector : Industry.commercial
            let industry = industries[r.weightedIndex(industries.map(\.1))].0
            let revenue = medianRevenue * segment.sizeFactor * DemoMath.pow(odds, 1 / 2.2) * r.uniform(0.85...1.15)
            // Profitability: a low-discrepancy pairing with size, so every size band mixes
            // good and bad accounts.
            var v = Double(sizeSlots[i]) * 0.6180339887498949 + offset + 0.02 * r.unit()
            v -= v.rounded(.down)
            var margin = operatingMargin(quantile: v)
            if u > 0.8 { margin *= 1 - 0.7 * (u - 0.8) / 0.2 }
            var gross = industry.typicalMargin + 0.035 * r.normal() - 0.02 * (u - 0.5)
            gross = min(0.45, max(0.10, gross))
            if gross < margin + 0.05 { gross = min(0.45, margin + 0.05 + 0.03 * r.unit()) }
            let demand = margin < 0 ? r.uniform(0.55...1) : r.uniform(0...0.6)
            let growth = min(0.35, max(-0.2, 0.03 + 0.09 * r.normal()))
            let profile = AccountProfile(
                index: i, segment: segment, industry: industry, baseRevenue: revenue,
                grossMargin: gross, operatingMargin: margin, sizeQuantile: u, demand: demand,
                customLogistics: r.chance(industry.customLogisticsChance + 0.3 * demand),
                growth: growth, shareOfWallet: r.uniform(0.1...0.8))
            profiles.append(profile)
        }
        assignTiers(&profiles, seed: seed)
        for i in profiles.indices {
            drawStatus(&profiles[i], quarters: quarters, seed: seed)
            var r = DemoRandom(seed: seed, stream: UInt64(i) + 1, salt: 10)
            profiles[i].costWeights = CostWeights(profiles[i], random: &r)
        }
        ProfitCalibration.apply(to: &profiles, window: window)
        for i in profiles.indices { drawRatings(&profiles[i], seed: seed) }
        return profiles
    }

    /// Operating margin for a profitability quantile: the lowest 22% lose money.
    static func operatingMargin(quantile v: Double) -> Double {
        let destroyers = 0.22
        if v < destroyers { return -0.30 + 0.28 * v / destroyers }
        let t = (v - destroyers) / (1 - destroyers)
        return 0.04 + 0.18 * t.squareRoot()
    }

    /// Tiers by a score of size and strategic fit: few key accounts, not simply the largest.
    private static func assignTiers(_ profiles: inout [AccountProfile], seed: UInt64) {
        let n = Double(profiles.count)
        let bySize = profiles.indices.sorted {
            profiles[$0].baseRevenue != profiles[$1].baseRevenue
                ? profiles[$0].baseRevenue < profiles[$1].baseRevenue : $0 < $1
        }
        var sizeRank = [Double](repeating: 0, count: profiles.count)
        for (rank, i) in bySize.enumerated() { sizeRank[i] = Double(rank) / n }
        var scores: [(score: Double, index: Int)] = []
        scores.reserveCapacity(profiles.count)
        for p in profiles {
            var r = DemoRandom(seed: seed, stream: UInt64(p.index) + 1, salt: 2)
            let fit = r.unit()
            scores.append((0.6 * sizeRank[p.index] + 0.4 * fit, p.index))
        }
        scores.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        for (rank, entry) in scores.enumerated() {
            let f = Double(rank) / n
            profiles[entry.index].tier = f < 0.08 ? .key : f < 0.25 ? .strategic : f < 0.6 ? .maintain : .other
        }
    }

    /// Revenue factor in quarter `k` of a window of `quarters`: ramp-up of new and returning
    /// accounts, fade-out of lost ones.
    func lifecycle(at k: Int, quarters: Int) -> Double {
        switch status {
        case .new, .returning:
            let age = k - firstQuarter
            return age == 0 ? (status == .new ? 0.45 : 0.6) : age == 1 ? 0.8 : 1
        case .lost:
            let fromEnd = quarters - 1 - k
            return fromEnd == 0 ? 0.12 : fromEnd == 1 ? 0.4 : fromEnd == 2 ? 0.75 : 1
        case .existing:
            return 1
        }
    }

    /// Planned operating profit in quarter `k` of the window, before noise, for a revenue
    /// seasonality factor `season`: `base + slope * operatingMargin`.
    ///
    /// Revenue is base revenue x lifecycle x season; cost to serve is built at base revenue
    /// to give `operatingMargin`, its fixed part follows the lifecycle, its variable part
    /// the revenue. So profit is linear in the operating margin.
    func plannedProfit(at k: Int, quarters: Int, season: Double) -> (base: Double, slope: Double) {
        let volume = baseRevenue * lifecycle(at: k, quarters: quarters)
        let costShape = costWeights.fixed + costWeights.variable * season
        return (volume * grossMargin * (season - costShape), volume * costShape)
    }

    /// Status list and history start.
    private static func drawStatus(_ p: inout AccountProfile, quarters: Int, seed: UInt64) {
        var r = DemoRandom(seed: seed, stream: UInt64(p.index) + 1, salt: 3)
        let status = [AccountStatus.existing, .new, .returning, .lost][r.weightedIndex([0.76, 0.1, 0.06, 0.08])]
        p.status = p.tier == .key && status == .lost ? .existing : status
        switch p.status {
        case .new: p.firstQuarter = max(0, quarters - r.int(1...4))
        case .returning: p.firstQuarter = max(0, quarters - r.int(3...6))
        case .existing, .lost: p.firstQuarter = 0
        }
    }

    /// The two matrix ratings: attractiveness and relationship strength.
    private static func drawRatings(_ p: inout AccountProfile, seed: UInt64) {
        var r = DemoRandom(seed: seed, stream: UInt64(p.index) + 1, salt: 8)
        // Attractiveness follows profit and growth potential; relationship follows our effort.
        let profit = min(1, max(0, (p.operatingMargin + 0.1) / 0.3))
        let potential = min(1, max(0, (p.growth + 0.1) / 0.3))
        let attract = 0.4 * profit + 0.25 * potential + 0.35 * r.unit()
        p.attractiveness = DemoMath.round(min(5, max(1, 1 + 4.4 * attract - 0.2)), places: 1)
        let effort = p.tier == .key ? 0.7 : p.tier == .strategic ? 0.55 : p.tier == .maintain ? 0.45 : 0.35
        var strength = 0.5 * effort + 0.5 * r.unit() - (p.status == .lost ? 0.25 : 0)
        strength = min(1, max(0, strength))
        p.relationship = DemoMath.round(1 + 4 * strength, places: 1)
    }
}

/// Shares of cost to serve by category; they sum to 1.
///
/// Sales and account team are fixed costs; support, logistics and discounts-as-services
/// (`other`) follow the revenue.
struct CostWeights: Sendable {
    var sales = 0.2
    var team = 0.2
    var support = 0.2
    var logistics = 0.2
    var other = 0.2

    init() {}

    /// Weights from the account's tier, demand and logistics needs.
    init(_ p: AccountProfile, random r: inout DemoRandom) {
        let sales = 0.12 + 0.1 * r.unit()
        let team: Double = p.tier.choose(key: 0.45, strategic: 0.3, maintain: 0.15, other: 0.06)
        let support = 0.1 + 0.35 * p.demand
        let logistics = p.customLogistics ? 0.3 : 0.1
        let other = 0.02 + 0.3 * p.demand * p.demand
        let total = sales + team + support + logistics + other
        self.sales = sales / total
        self.team = team / total
        self.support = support / total
        self.logistics = logistics / total
        self.other = other / total
    }

    /// The share that does not follow revenue.
    var fixed: Double { sales + team }
    /// The share that follows revenue.
    var variable: Double { support + logistics + other }
}

extension Tier {
    /// The value for this tier, from one per tier: more attention for key accounts.
    func choose<T>(key: T, strategic: T, maintain: T, other: T) -> T {
        switch self {
        case .key: key
        case .strategic: strategic
        case .maintain: maintain
        case .other: other
        }
    }
}
