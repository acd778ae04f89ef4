import KamModel

/// The quarterly figures of one or more account-quarters, summed so that every measure can
/// be recomputed from its parts.
///
/// Aggregation rules (the same for a range of quarters and for a roll-up over accounts):
/// - Amounts (revenue, gross profit, cost to serve by category) are summed over the
///   account-quarters that have them.
/// - Ratios (gross margin, operating margin, ROI, cost-to-serve ratio, share of wallet) are
///   recomputed from summed parts, using only the account-quarters where all parts are known
///   (see `RatioSum`).
/// - Survey answers (NPS, CSAT) are summed as counts.
/// - Retention is weighted by revenue over the account-quarters with both figures and
///   positive revenue; when there is no such weight, it is the plain mean.
/// - Issue resolution and turnaround days are the plain mean over account-quarters with
///   data: each account's quarter counts once, since the model records no issue counts.
/// - Custom figures are the plain mean over account-quarters with data, because scorecard
///   targets are per account and quarter.
public struct FigureTotals: Sendable, Equatable {
    /// Summed revenue.
    public var revenue = KnownSum()
    /// Summed gross profit.
    public var grossProfit = KnownSum()
    /// Summed total cost to serve.
    public var costToServe = KnownSum()
    /// Summed cost to serve by category (in `CostCategory.allCases` order).
    public var sales = 0.0, accountTeam = 0.0, support = 0.0, logistics = 0.0, otherCost = 0.0
    /// Gross profit over revenue.
    public var grossMargin = RatioSum()
    /// Operating profit (gross profit - cost to serve) over cost to serve: ROI; its numerator
    /// is the operating profit.
    public var operating = RatioSum()
    /// Operating profit over revenue.
    public var operatingMargin = RatioSum()
    /// Cost to serve over revenue.
    public var costRatio = RatioSum()
    /// Revenue over the account's category spend.
    public var wallet = RatioSum()
    /// Summed NPS answers.
    public var promoters = 0, passives = 0, detractors = 0
    /// Summed CSAT answers.
    public var satisfied = 0, csatResponses = 0
    /// Retention weighted by revenue, and the plain values as a fallback.
    public var retentionByRevenue = RatioSum()
    public var retention = KnownSum()
    /// Average issue resolution and turnaround days.
    public var issueResolutionDays = KnownSum()
    public var turnaroundDays = KnownSum()
    /// Custom figures by name.
    public var custom: [String: KnownSum] = [:]

    /// No figures.
    public init() {}

    /// Adds one account-quarter's figures.
    public mutating func add(_ f: QuarterFigures) {
        addExceptCustom(f)
        for (name, value) in f.customFigures { custom[name, default: KnownSum()].add(value) }
    }

    /// Adds one account-quarter's figures but the custom ones.
    mutating func addExceptCustom(_ f: QuarterFigures) {
        let c = f.costToServe, nps = f.nps, csat = f.csat
        add(revenue: f.revenue, grossProfit: f.grossProfit,
            costToServe: c.map { ($0.sales, $0.accountTeam, $0.support, $0.logistics, $0.other) },
            categorySpend: f.categorySpend, promoters: nps?.promoters ?? 0, passives: nps?.passives ?? 0,
            detractors: nps?.detractors ?? 0, satisfied: csat?.satisfied ?? 0, csatResponses: csat?.responses ?? 0,
            retention: f.retention, issueResolutionDays: f.issueResolutionDays, turnaroundDays: f.turnaroundDays)
    }

    /// A quarter's cost to serve by category (`CostToServe` without its unknown members).
    typealias CostByCategory = (sales: Double, accountTeam: Double, support: Double, logistics: Double, other: Double)

    /// The total of `c`, as `CostToServe.total` adds it.
    @inline(__always)
    static func total(_ c: CostByCategory) -> Double { c.sales + c.accountTeam + c.support + c.logistics + c.other }

    /// Adds one account-quarter's figures but the custom ones, given one by one (what
    /// `add(_: QuarterFigures)` reads, and what a table's `QuarterTotals` keeps); survey
    /// answers are 0 when there are none.
    @inline(__always)
    mutating func add(revenue rev: Double?, grossProfit gp: Double?, costToServe c: CostByCategory?,
                      categorySpend: Double?, promoters: Int, passives: Int, detractors: Int, satisfied: Int,
                      csatResponses: Int, retention r: Double?, issueResolutionDays: Double?, turnaroundDays: Double?) {
        revenue.add(rev)
        grossProfit.add(gp)
        let cost = c.map(Self.total)
        if let c {
            costToServe.add(cost)
            sales += c.sales
            accountTeam += c.accountTeam
            support += c.support
            logistics += c.logistics
            otherCost += c.other
        }
        grossMargin.add(gp, over: rev)
        let profit: Double? = if let gp, let cost { gp - cost } else { nil }
        operating.add(profit, over: cost)
        operatingMargin.add(profit, over: profit == nil ? nil : rev)
        costRatio.add(cost, over: rev)
        wallet.add(rev, over: categorySpend)
        self.promoters += promoters
        self.passives += passives
        self.detractors += detractors
        self.satisfied += satisfied
        self.csatResponses += csatResponses
        if let r {
            retention.add(r)
            if let rev, rev > 0 { retentionByRevenue.add(r * rev, over: rev) }
        }
        self.issueResolutionDays.add(issueResolutionDays)
        self.turnaroundDays.add(turnaroundDays)
    }

    /// Adds another set of totals (a roll-up).
    public mutating func add(_ o: FigureTotals) {
        addExceptCustom(o)
        addCustom(o)
    }

    /// Adds the custom figures of another set of totals (the part `addExceptCustom` leaves out).
    mutating func addCustom(_ o: FigureTotals) {
        for (name, value) in o.custom { custom[name, default: KnownSum()].add(value) }
    }

    /// Adds every figure of another set of totals but the custom ones (see `MeasureTotalsSum`).
    mutating func addExceptCustom(_ o: FigureTotals) {
        revenue.add(o.revenue)
        grossProfit.add(o.grossProfit)
        costToServe.add(o.costToServe)
        sales += o.sales
        accountTeam += o.accountTeam
        support += o.support
        logistics += o.logistics
        otherCost += o.otherCost
        grossMargin.add(o.grossMargin)
        operating.add(o.operating)
        operatingMargin.add(o.operatingMargin)
        costRatio.add(o.costRatio)
        wallet.add(o.wallet)
        promoters += o.promoters
        passives += o.passives
        detractors += o.detractors
        satisfied += o.satisfied
        csatResponses += o.csatResponses
        retentionByRevenue.add(o.retentionByRevenue)
        retention.add(o.retention)
        issueResolutionDays.add(o.issueResolutionDays)
        turnaroundDays.add(o.turnaroundDays)
    }

    /// Cost to serve by category, or nil when no quarter has cost data.
    public var costByCategory: CostToServe? {
        costToServe.count > 0
            ? CostToServe(sales: sales, accountTeam: accountTeam, support: support, logistics: logistics,
                          other: otherCost)
            : nil
    }

    /// Operating profit: gross profit - cost to serve, over the quarters with both.
    public var operatingProfit: Double? { operating.numeratorValue }

    /// Strategic Account ROI: operating profit / cost to serve x 100; nil when the cost is 0 or missing.
    public var accountROI: Double? { operating.percent }

    /// Net promoter score: % promoters - % detractors of all answers; nil without answers.
    public var nps: Double? {
        let n = promoters + passives + detractors
        return n > 0 ? Double(promoters - detractors) / Double(n) * 100 : nil
    }

    /// Customer satisfaction: % satisfied answers; nil without answers.
    public var csat: Double? { csatResponses > 0 ? Double(satisfied) / Double(csatResponses) * 100 : nil }

    /// Retention in % (revenue-weighted; the plain mean when no revenue weight exists).
    public var retentionPercent: Double? {
        (retentionByRevenue.ratio ?? retention.mean).map { $0 * 100 }
    }

    /// Retention as a probability 0...1 (revenue-weighted, see `retentionPercent`).
    public var retentionRate: Double? { retentionByRevenue.ratio ?? retention.mean }
}
