import KamModel

/// One account's totals for one quarter without custom figures, kept as the figures they
/// are summed from: what a one-quarter table keeps per row (160 bytes; `CompactTotals`,
/// which any period needs, is 344).
///
/// In one quarter each of an account's sums holds one value or none, and the parts of its
/// ratios are figures kept anyway (gross margin is gross profit over revenue, operating
/// profit is gross profit less cost to serve, and so on): a row needs each figure once and
/// a bit saying whether it is known. `add(to:)` sums them as `FigureTotals.add` sums the
/// quarter's figures, and `init?(_:)` keeps totals only when that gives back exactly the
/// bits stored (checked for every row); a table keeps the others as `CompactTotals`.
struct QuarterTotals: Sendable, BitwiseCopyable {
    private var revenue = 0.0, grossProfit = 0.0, categorySpend = 0.0
    private var sales = 0.0, accountTeam = 0.0, support = 0.0, logistics = 0.0, otherCost = 0.0
    private var retention = 0.0, issueResolutionDays = 0.0, turnaroundDays = 0.0
    private var previousRevenue = 0.0, yearEarlierRevenue = 0.0, depthScore = 0.0
    private var promoters: Int32 = 0, passives: Int32 = 0, detractors: Int32 = 0
    private var satisfied: Int32 = 0, csatResponses: Int32 = 0
    private var contactEvents: Int32 = 0, activityEvents: Int32 = 0, newContactCount: Int32 = 0
    private var objectivesDone: Int32 = 0, objectivesCounted: Int32 = 0
    private var known: Known = []

    /// Which figures are known, and whether the row is kept apart.
    private struct Known: OptionSet, Sendable, BitwiseCopyable {
        let rawValue: UInt16
        static let revenue = Known(rawValue: 1 << 0), grossProfit = Known(rawValue: 1 << 1)
        static let costToServe = Known(rawValue: 1 << 2), categorySpend = Known(rawValue: 1 << 3)
        static let retention = Known(rawValue: 1 << 4), issueResolutionDays = Known(rawValue: 1 << 5)
        static let turnaroundDays = Known(rawValue: 1 << 6), previousRevenue = Known(rawValue: 1 << 7)
        static let yearEarlierRevenue = Known(rawValue: 1 << 8), depthScore = Known(rawValue: 1 << 9)
        static let activityLog = Known(rawValue: 1 << 10), datedContacts = Known(rawValue: 1 << 11)
        static let apart = Known(rawValue: 1 << 12)
    }

    /// A row whose totals are kept apart (as `CompactTotals`).
    static let apart = QuarterTotals(known: .apart)

    private init(known: Known) { self.known = known }

    /// Whether the row's totals are kept apart.
    var isApart: Bool { known.contains(.apart) }

    /// One account's totals `t` for one quarter, or nil when they cannot be kept this way
    /// exactly (a sum of several values, a count over 32 bits, a zero that `add(to:)` would
    /// give back with another sign).
    init?(_ t: MeasureTotals) {
        guard t.quarters == 1, t.accounts == 1 else { return nil }
        let f = t.figures
        guard f.revenue.count <= 1, f.grossProfit.count <= 1, f.retention.count <= 1, f.issueResolutionDays.count <= 1,
              f.turnaroundDays.count <= 1, t.previousRevenue.count <= 1, t.yearEarlierRevenue.count <= 1,
              t.depthScores.count <= 1,
              let promoters = Int32(exactly: f.promoters), let passives = Int32(exactly: f.passives),
              let detractors = Int32(exactly: f.detractors), let satisfied = Int32(exactly: f.satisfied),
              let csatResponses = Int32(exactly: f.csatResponses),
              let contactEvents = Int32(exactly: t.contactEvents), let activityEvents = Int32(exactly: t.activityEvents),
              let newContactCount = Int32(exactly: t.newContactCount),
              let objectivesDone = Int32(exactly: t.objectivesDone),
              let objectivesCounted = Int32(exactly: t.objectivesCounted)
        else { return nil }
        (self.promoters, self.passives, self.detractors) = (promoters, passives, detractors)
        (self.satisfied, self.csatResponses) = (satisfied, csatResponses)
        (self.contactEvents, self.activityEvents, self.newContactCount) = (contactEvents, activityEvents, newContactCount)
        (self.objectivesDone, self.objectivesCounted) = (objectivesDone, objectivesCounted)
        revenue = keep(f.revenue, .revenue)
        grossProfit = keep(f.grossProfit, .grossProfit)
        retention = keep(f.retention, .retention)
        issueResolutionDays = keep(f.issueResolutionDays, .issueResolutionDays)
        turnaroundDays = keep(f.turnaroundDays, .turnaroundDays)
        previousRevenue = keep(t.previousRevenue, .previousRevenue)
        yearEarlierRevenue = keep(t.yearEarlierRevenue, .yearEarlierRevenue)
        depthScore = keep(t.depthScores, .depthScore)
        if f.costToServe.count > 0 { known.insert(.costToServe) }
        (sales, accountTeam, support, logistics, otherCost) = (f.sales, f.accountTeam, f.support, f.logistics,
                                                               f.otherCost)
        if f.wallet.count > 0 { known.insert(.categorySpend) }
        categorySpend = f.wallet.denominator
        if t.activityLogAccounts == 1 { known.insert(.activityLog) }
        if t.datedContactAccounts == 1 { known.insert(.datedContacts) }
        var back = MeasureTotals()
        add(to: &back)
        guard CompactTotals(back).hasSameBits(as: CompactTotals(t)) else { return nil }
    }

    /// Adds these totals to `t` (a roll-up's): as `MeasureTotals(account:period:)` adds the
    /// quarter's figures, and `MeasureTotals.add` the account's counts.
    func add(to t: inout MeasureTotals) {
        addFigures(to: &t.figures)
        t.previousRevenue.add(value(previousRevenue, .previousRevenue))
        t.yearEarlierRevenue.add(value(yearEarlierRevenue, .yearEarlierRevenue))
        t.accounts += 1
        t.contactEvents += Int(contactEvents)
        t.activityEvents += Int(activityEvents)
        t.activityLogAccounts += known.contains(.activityLog) ? 1 : 0
        t.newContactCount += Int(newContactCount)
        t.datedContactAccounts += known.contains(.datedContacts) ? 1 : 0
        t.objectivesDone += Int(objectivesDone)
        t.objectivesCounted += Int(objectivesCounted)
        t.depthScores.add(value(depthScore, .depthScore))
    }

    /// Adds the quarter's figures to `f`, as `FigureTotals.add` adds a `QuarterFigures`.
    func addFigures(to f: inout FigureTotals) {
        f.add(revenue: value(revenue, .revenue), grossProfit: value(grossProfit, .grossProfit), costToServe: cost,
              categorySpend: value(categorySpend, .categorySpend), promoters: Int(promoters), passives: Int(passives),
              detractors: Int(detractors), satisfied: Int(satisfied), csatResponses: Int(csatResponses),
              retention: value(retention, .retention), issueResolutionDays: value(issueResolutionDays, .issueResolutionDays),
              turnaroundDays: value(turnaroundDays, .turnaroundDays))
    }

    /// The key figures, as `AccountMeasures` reads them from the totals `addFigures` gives:
    /// each a sum of one value started at 0 (which turns a -0 into 0), operating profit
    /// gross profit less cost to serve.
    var keyFigures: AccountTable.KeyFigures {
        let revenue = value(revenue, .revenue), grossProfit = value(grossProfit, .grossProfit)
        let cost = cost.map(FigureTotals.total)
        let profit: Double? = if let grossProfit, let cost { grossProfit - cost } else { nil }
        return AccountTable.KeyFigures(revenue: revenue.map { 0 + $0 }, grossProfit: grossProfit.map { 0 + $0 },
                                       costToServe: cost.map { 0 + $0 }, operatingProfit: profit.map { 0 + $0 })
    }

    /// The cost to serve by category, when known.
    private var cost: FigureTotals.CostByCategory? {
        known.contains(.costToServe) ? (sales, accountTeam, support, logistics, otherCost) : nil
    }

    /// The total of a sum of one value or none, noting whether it is known.
    private mutating func keep(_ sum: KnownSum, _ bit: Known) -> Double {
        if sum.count == 1 { known.insert(bit) }
        return sum.total
    }

    @inline(__always) private func value(_ v: Double, _ bit: Known) -> Double? { known.contains(bit) ? v : nil }
}
