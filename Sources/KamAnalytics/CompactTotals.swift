import KamModel

/// One account's `MeasureTotals` for one period without its custom figures, stored flat:
/// what a table keeps per row.
///
/// `MeasureTotals` is about 450 bytes with a dictionary of custom figures, a heap object
/// per account; this is 360 bytes and holds no reference, so a table's rows are one
/// contiguous block that roll-ups read in order (the custom figures are kept by position
/// in `CustomFigureColumns`). Amounts stay `Double`, so `totals(quarters:)` gives back
/// exactly the totals stored. Counts that one account's data bounds by the size of its
/// lists (quarters, activities, contacts, objectives) are 32-bit; the survey answers,
/// which a file may give any value, keep their full width.
public struct CompactTotals: Sendable, Equatable, BitwiseCopyable {
    private var revenue, grossProfit, costToServe: Double
    private var sales, accountTeam, support, logistics, otherCost: Double
    private var grossMarginNumerator, grossMarginDenominator: Double
    private var operatingNumerator, operatingDenominator: Double
    private var operatingMarginNumerator, operatingMarginDenominator: Double
    private var costRatioNumerator, costRatioDenominator: Double
    private var walletNumerator, walletDenominator: Double
    private var retentionByRevenueNumerator, retentionByRevenueDenominator: Double
    private var retention, issueResolutionDays, turnaroundDays: Double
    private var previousRevenue, yearEarlierRevenue, depthScores: Double
    private var promoters, passives, detractors, satisfied, csatResponses: Int
    private var revenueCount, grossProfitCount, costToServeCount: Int32
    private var grossMarginCount, operatingCount, operatingMarginCount, costRatioCount, walletCount: Int32
    private var retentionByRevenueCount, retentionCount, issueResolutionDaysCount, turnaroundDaysCount: Int32
    private var previousRevenueCount, yearEarlierRevenueCount, depthScoresCount: Int32
    private var accounts, contactEvents, activityEvents, activityLogAccounts: Int32
    private var newContactCount, datedContactAccounts, objectivesDone, objectivesCounted: Int32

    /// The totals `t` without their custom figures (and without the number of quarters,
    /// which `totals(quarters:)` is given back).
    public init(_ t: MeasureTotals) {
        let f = t.figures
        revenue = f.revenue.total; revenueCount = Self.count(f.revenue.count)
        grossProfit = f.grossProfit.total; grossProfitCount = Self.count(f.grossProfit.count)
        costToServe = f.costToServe.total; costToServeCount = Self.count(f.costToServe.count)
        sales = f.sales; accountTeam = f.accountTeam; support = f.support; logistics = f.logistics
        otherCost = f.otherCost
        (grossMarginNumerator, grossMarginDenominator, grossMarginCount) = Self.parts(f.grossMargin)
        (operatingNumerator, operatingDenominator, operatingCount) = Self.parts(f.operating)
        (operatingMarginNumerator, operatingMarginDenominator, operatingMarginCount) = Self.parts(f.operatingMargin)
        (costRatioNumerator, costRatioDenominator, costRatioCount) = Self.parts(f.costRatio)
        (walletNumerator, walletDenominator, walletCount) = Self.parts(f.wallet)
        (retentionByRevenueNumerator, retentionByRevenueDenominator, retentionByRevenueCount) =
            Self.parts(f.retentionByRevenue)
        promoters = f.promoters; passives = f.passives; detractors = f.detractors
        satisfied = f.satisfied; csatResponses = f.csatResponses
        retention = f.retention.total; retentionCount = Self.count(f.retention.count)
        issueResolutionDays = f.issueResolutionDays.total
        issueResolutionDaysCount = Self.count(f.issueResolutionDays.count)
        turnaroundDays = f.turnaroundDays.total; turnaroundDaysCount = Self.count(f.turnaroundDays.count)
        previousRevenue = t.previousRevenue.total; previousRevenueCount = Self.count(t.previousRevenue.count)
        yearEarlierRevenue = t.yearEarlierRevenue.total
        yearEarlierRevenueCount = Self.count(t.yearEarlierRevenue.count)
        depthScores = t.depthScores.total; depthScoresCount = Self.count(t.depthScores.count)
        accounts = Self.count(t.accounts)
        contactEvents = Self.count(t.contactEvents)
        activityEvents = Self.count(t.activityEvents)
        activityLogAccounts = Self.count(t.activityLogAccounts)
        newContactCount = Self.count(t.newContactCount)
        datedContactAccounts = Self.count(t.datedContactAccounts)
        objectivesDone = Self.count(t.objectivesDone)
        objectivesCounted = Self.count(t.objectivesCounted)
    }

    /// The totals stored, for a period of `quarters` quarters, with no custom figures.
    public func totals(quarters: Int) -> MeasureTotals {
        var t = MeasureTotals(quarters: quarters)
        t.figures.revenue = KnownSum(total: revenue, count: Int(revenueCount))
        t.figures.grossProfit = KnownSum(total: grossProfit, count: Int(grossProfitCount))
        t.figures.costToServe = KnownSum(total: costToServe, count: Int(costToServeCount))
        t.figures.sales = sales
        t.figures.accountTeam = accountTeam
        t.figures.support = support
        t.figures.logistics = logistics
        t.figures.otherCost = otherCost
        t.figures.grossMargin = RatioSum(grossMarginNumerator, grossMarginDenominator, grossMarginCount)
        t.figures.operating = RatioSum(operatingNumerator, operatingDenominator, operatingCount)
        t.figures.operatingMargin = RatioSum(operatingMarginNumerator, operatingMarginDenominator,
                                             operatingMarginCount)
        t.figures.costRatio = RatioSum(costRatioNumerator, costRatioDenominator, costRatioCount)
        t.figures.wallet = RatioSum(walletNumerator, walletDenominator, walletCount)
        t.figures.promoters = promoters
        t.figures.passives = passives
        t.figures.detractors = detractors
        t.figures.satisfied = satisfied
        t.figures.csatResponses = csatResponses
        t.figures.retentionByRevenue = RatioSum(retentionByRevenueNumerator, retentionByRevenueDenominator,
                                                retentionByRevenueCount)
        t.figures.retention = KnownSum(total: retention, count: Int(retentionCount))
        t.figures.issueResolutionDays = KnownSum(total: issueResolutionDays, count: Int(issueResolutionDaysCount))
        t.figures.turnaroundDays = KnownSum(total: turnaroundDays, count: Int(turnaroundDaysCount))
        t.previousRevenue = KnownSum(total: previousRevenue, count: Int(previousRevenueCount))
        t.yearEarlierRevenue = KnownSum(total: yearEarlierRevenue, count: Int(yearEarlierRevenueCount))
        t.depthScores = KnownSum(total: depthScores, count: Int(depthScoresCount))
        t.accounts = Int(accounts)
        t.contactEvents = Int(contactEvents)
        t.activityEvents = Int(activityEvents)
        t.activityLogAccounts = Int(activityLogAccounts)
        t.newContactCount = Int(newContactCount)
        t.datedContactAccounts = Int(datedContactAccounts)
        t.objectivesDone = Int(objectivesDone)
        t.objectivesCounted = Int(objectivesCounted)
        return t
    }

    /// Adds these totals, but the custom figures, to `t` (a roll-up's): field by field as
    /// `MeasureTotals.add` adds them, without making a `MeasureTotals` (and its empty
    /// dictionary, shared by every core) of each row first.
    public func add(to t: inout MeasureTotals) {
        t.figures.revenue.add(KnownSum(total: revenue, count: Int(revenueCount)))
        t.figures.grossProfit.add(KnownSum(total: grossProfit, count: Int(grossProfitCount)))
        t.figures.costToServe.add(KnownSum(total: costToServe, count: Int(costToServeCount)))
        t.figures.sales += sales
        t.figures.accountTeam += accountTeam
        t.figures.support += support
        t.figures.logistics += logistics
        t.figures.otherCost += otherCost
        t.figures.grossMargin.add(RatioSum(grossMarginNumerator, grossMarginDenominator, grossMarginCount))
        t.figures.operating.add(RatioSum(operatingNumerator, operatingDenominator, operatingCount))
        t.figures.operatingMargin.add(RatioSum(operatingMarginNumerator, operatingMarginDenominator,
                                               operatingMarginCount))
        t.figures.costRatio.add(RatioSum(costRatioNumerator, costRatioDenominator, costRatioCount))
        t.figures.wallet.add(RatioSum(walletNumerator, walletDenominator, walletCount))
        t.figures.promoters += promoters
        t.figures.passives += passives
        t.figures.detractors += detractors
        t.figures.satisfied += satisfied
        t.figures.csatResponses += csatResponses
        t.figures.retentionByRevenue.add(RatioSum(retentionByRevenueNumerator, retentionByRevenueDenominator,
                                                  retentionByRevenueCount))
        t.figures.retention.add(KnownSum(total: retention, count: Int(retentionCount)))
        t.figures.issueResolutionDays.add(KnownSum(total: issueResolutionDays, count: Int(issueResolutionDaysCount)))
        t.figures.turnaroundDays.add(KnownSum(total: turnaroundDays, count: Int(turnaroundDaysCount)))
        t.previousRevenue.add(KnownSum(total: previousRevenue, count: Int(previousRevenueCount)))
        t.yearEarlierRevenue.add(KnownSum(total: yearEarlierRevenue, count: Int(yearEarlierRevenueCount)))
        t.accounts += Int(accounts)
        t.contactEvents += Int(contactEvents)
        t.activityEvents += Int(activityEvents)
        t.activityLogAccounts += Int(activityLogAccounts)
        t.newContactCount += Int(newContactCount)
        t.datedContactAccounts += Int(datedContactAccounts)
        t.objectivesDone += Int(objectivesDone)
        t.objectivesCounted += Int(objectivesCounted)
        t.depthScores.add(KnownSum(total: depthScores, count: Int(depthScoresCount)))
    }

    /// A count of one account's list entries; 32 bits hold any list a file can give.
    private static func count(_ n: Int) -> Int32 { Int32(clamping: n) }

    private static func parts(_ r: RatioSum) -> (Double, Double, Int32) {
        (r.numerator, r.denominator, count(r.count))
    }
}

extension RatioSum {
    /// A ratio from its stored parts.
    init(_ numerator: Double, _ denominator: Double, _ count: Int32) {
        self.init()
        self.numerator = numerator
        self.denominator = denominator
        self.count = Int(count)
    }
}

extension CompactTotals {
    /// Whether `other` holds exactly the same bits (unlike `==`, tells 0 from -0).
    package func hasSameBits(as other: CompactTotals) -> Bool {
        withUnsafeBytes(of: self) { a in
            withUnsafeBytes(of: other) { b in
                var i = 0
                while i + 8 <= a.count {
                    if a.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                    i += 8
                }
                while i < a.count {
                    if a[i] != b[i] { return false }
                    i += 1
                }
                return true
            }
        }
    }
}
