import KamModel

/// Draws an account's quarterly figures from its profile: revenue, margins, cost to serve and service measures.
///
/// Cost to serve is built at the account's base revenue to give it its planned operating
/// margin, then split into categories: sales and account team are fixed costs that do not
/// follow the quarter's revenue, support, logistics and discounts-as-services (`other`)
/// are variable. Fixed costs ramp up and fade out with a new or lost account's volume (the
/// team is built up or reassigned), so the account keeps its planned margin. Some surveys are not run in some quarters, so "no data" appears.
struct QuarterFiguresGenerator {
    /// The custom measure that the standard scorecard's "Solutions co-developed" KPI reads.
    static let solutionsCoDeveloped = "solutionsCoDeveloped"
    /// The custom measure that the standard scorecard's "Training hours" KPI reads.
    static let trainingHours = "trainingHours"

    /// The quarters of the window, oldest first.
    let window: [Quarter]
    /// Shared custom-measure lists, so 100,000 accounts do not allocate 800,000 of them.
    private var customPool: [CustomFigures?] = Array(repeating: nil, count: 4 * 21)

    init(window: [Quarter]) {
        self.window = window
    }

    /// The figures of every quarter the account has history in.
    mutating func figures(for p: AccountProfile, random r: inout DemoRandom) -> QuarterSeries {
        let count = window.count
        guard p.firstQuarter < count else { return [:] }
        let weights = p.costWeights
        let baseCost = p.baseRevenue * (p.grossMargin - p.operatingMargin)
        let npsBias = 12 * r.normal()
        var wallet = p.shareOfWallet
        var result = QuarterSeries()
        result.reserveCapacity(count - p.firstQuarter)
        for k in p.firstQuarter..<count {
            let quarter = window[k]
            let years = Double(k - (count - 1)) / 4
            let trend = DemoMath.pow(1 + p.growth, years)
            let season = p.industry.seasonFactor(quarter)
            let fade = p.lifecycle(at: k, quarters: count)
            let revenue = (p.baseRevenue * trend * season * fade * (1 + 0.02 * r.normal())).rounded()
            let margin = min(0.46, max(0.08, p.grossMargin + 0.004 * r.normal()))
            let fixedScale = DemoMath.pow(1.03, years) * fade * (1 + 0.02 * r.normal())
            let variableScale = revenue / p.baseRevenue
            var cost = CostToServe()
            cost.sales = (baseCost * weights.sales * fixedScale).rounded()
            cost.accountTeam = (baseCost * weights.team * fixedScale).rounded()
            cost.support = (baseCost * weights.support * variableScale * (1 + 0.03 * r.normal())).rounded()
            cost.logistics = (baseCost * weights.logistics * variableScale * (1 + 0.03 * r.normal())).rounded()
            cost.other = (baseCost * weights.other * variableScale * (1 + 0.03 * r.normal())).rounded()

            var f = QuarterFigures(revenue: revenue, grossProfit: (revenue * margin).rounded(), costToServe: cost)
            wallet = min(0.8, max(0.1, wallet + 0.015 * r.normal()))
            if !r.chance(0.04) { f.categorySpend = (revenue / wallet / 1000).rounded(.up) * 1000 }
            if r.chance(0.8) { f.nps = nps(p, bias: npsBias, &r) }
            if r.chance(0.9) { f.csat = csat(p, &r) }
            if !r.chance(0.05) {
                f.issueResolutionDays = DemoMath.round(min(12, max(0.5, 1.4 + 3.2 * p.demand + 0.6 * r.normal())), places: 1)
            }
            f.turnaroundDays = DemoMath.round(min(14, max(1, 2.5 + 3.5 * r.unit() + (p.customLogistics ? 1.5 : 0))), places: 1)
            f.retention = retention(p, quarterIndex: k, &r)
            f.customFigures = custom(p, &r)
            result[quarter] = f
        }
        return result
    }

    private func nps(_ p: AccountProfile, bias: Double, _ r: inout DemoRandom) -> NPSSurvey {
        let responses = p.tier == .key ? r.int(6...20) : r.int(3...12)
        let expected = min(80, max(-60, -22 + 16 * (p.relationship - 1) + bias + 8 * r.normal())) / 100
        let promoter = max(0.02, (0.7 + expected) / 2)
        let detractor = max(0.02, (0.7 - expected) / 2)
        var survey = NPSSurvey(promoters: 0, passives: 0, detractors: 0)
        for _ in 0..<responses {
            let u = r.unit() * (promoter + detractor + 0.3)
            if u < promoter { survey.promoters += 1 } else if u < promoter + detractor { survey.detractors += 1 } else { survey.passives += 1 }
        }
        return survey
    }

    private func csat(_ p: AccountProfile, _ r: inout DemoRandom) -> CSATSurvey {
        let responses = r.int(5...40)
        let rate = min(0.99, max(0.55, 0.64 + 0.075 * (p.relationship - 1) + 0.04 * r.normal()))
        var satisfied = 0
        for _ in 0..<responses where r.unit() < rate { satisfied += 1 }
        return CSATSurvey(satisfied: satisfied, responses: responses)
    }

    private func retention(_ p: AccountProfile, quarterIndex k: Int, _ r: inout DemoRandom) -> Double {
        if p.status == .lost && k >= window.count - 3 { return DemoMath.round(r.uniform(0.15...0.45), places: 2) }
        let base = 0.62 + 0.34 * (p.relationship - 1) / 4 + 0.03 * r.normal()
        return DemoMath.round(min(0.99, max(0.6, base)), places: 2)
    }

    private mutating func custom(_ p: AccountProfile, _ r: inout DemoRandom) -> CustomFigures {
        let solutionWeights: [Double] = p.tier == .key ? [2, 4, 3, 1] : p.tier == .strategic ? [5, 4, 1, 0.3] : [12, 3, 0.5, 0.1]
        let solutions = r.weightedIndex(solutionWeights)
        let maxHours = p.tier == .key ? 20 : p.tier == .strategic ? 14 : 8
        let hours = min(20, r.int(0...maxHours))
        let slot = solutions * 21 + hours
        if let shared = customPool[slot] { return shared }
        let made: CustomFigures = [Self.solutionsCoDeveloped: Double(solutions), Self.trainingHours: Double(hours)]
        customPool[slot] = made
        return made
    }
}
