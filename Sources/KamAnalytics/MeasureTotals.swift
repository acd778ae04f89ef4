import KamModel

/// Everything the measures of one account, or of a group of accounts, over one period are
/// computed from: summed figures, activity and contact counts, plan progress.
///
/// Totals add up: the totals of a manager's portfolio are the sum of its accounts' totals,
/// and every measure is then recomputed from the sums (never by averaging account scores).
/// Rules for the parts not covered by `FigureTotals`:
/// - Meetings and calls (and activities) are per account and quarter: the count over the
///   accounts that keep an activity log (at least one activity of any date), divided by
///   those accounts x the quarters in the period. An account with no activities at all has
///   no engagement data; one with a log but nothing in the period has 0.
/// - New contacts are per account and quarter in the same way, over the accounts with at
///   least one contact dated by `since`; `newContactCount` is the plain count.
/// - Plan completion is done objectives / counted objectives x 100, summed over accounts.
///   Counted as of the period's last day: objectives not dropped that are due by the
///   period's last quarter, have no due quarter, or were done by then. Done means status
///   done and completed on or before the last day (or with no completion date).
/// - Relationship depth is the mean of the accounts' depth scores (contacts known by the
///   period's last day): depth belongs to each relationship and has no summable parts.
/// - Growth compares summed revenue with the summed revenue of the same accounts in the
///   period of the same length before (QoQ) or a year before (YoY).
public struct MeasureTotals: Sendable, Equatable {
    /// Summed quarterly figures.
    public var figures = FigureTotals()
    /// Summed revenue of the period of the same length right before.
    public var previousRevenue = KnownSum()
    /// Summed revenue of the same period a year earlier.
    public var yearEarlierRevenue = KnownSum()
    /// Number of accounts added.
    public var accounts = 0
    /// Number of quarters in the period.
    public var quarters = 1
    /// Meetings and calls in the period, over accounts with an activity log.
    public var contactEvents = 0
    /// Activities of every kind in the period, over accounts with an activity log.
    public var activityEvents = 0
    /// Accounts that keep an activity log.
    public var activityLogAccounts = 0
    /// Contacts first made in the period.
    public var newContactCount = 0
    /// Accounts with at least one dated contact.
    public var datedContactAccounts = 0
    /// Account-plan objectives done, and counted, as of the period's end.
    public var objectivesDone = 0
    public var objectivesCounted = 0
    /// Depth scores of the accounts with contacts.
    public var depthScores = KnownSum()

    /// Empty totals for a period of `quarters` quarters.
    public init(quarters: Int = 1) {
        self.quarters = max(quarters, 1)
    }

    /// The totals of one account over `period`, in one pass over its data.
    public init(account: Account, period: Period) {
        self.init(quarters: period.length)
        accounts = 1
        addFigures(of: account.quarters, period)
        let first = period.firstDay, last = period.lastDay
        let firstEpoch = first.daysSinceEpoch, lastEpoch = last.daysSinceEpoch
        let records = account.records
        if records.activityCount > 0 {
            activityLogAccounts = 1
            for i in 0..<records.activityCount {
                let d = records.activityDate(i).daysSinceEpoch
                guard d >= firstEpoch && d <= lastEpoch else { continue }
                activityEvents += 1
                if records.activityKind(i).isContact { contactEvents += 1 }
            }
        }
        var dated = false
        for i in 0..<records.contactCount {
            guard let since = records.contactSince(i) else { continue }
            dated = true
            let d = since.daysSinceEpoch
            if d >= firstEpoch && d <= lastEpoch { newContactCount += 1 }
        }
        if dated { datedContactAccounts = 1 }
        addRelationship(account, period)
    }

    /// The period's summed figures and the revenue it grows from (with `custom` false, all
    /// but the custom figures: see `MeasureTotals.eachQuarter`).
    mutating func addFigures(of series: QuarterSeries, _ period: Period, custom: Bool = true) {
        guard !series.isEmpty else { return }
        for i in period.indices {
            guard let f = series[quarterIndex: i] else { continue }
            if custom { figures.add(f) } else { figures.addExceptCustom(f) }
        }
        for i in period.previous.indices { previousRevenue.add(series.revenue(quarterIndex: i)) }
        for i in period.yearEarlier.indices { yearEarlierRevenue.add(series.revenue(quarterIndex: i)) }
    }

    /// The account plan's progress and the relationship's depth as of the period's end.
    mutating func addRelationship(_ account: Account, _ period: Period) {
        let last = period.lastDay
        let records = account.records
        for i in 0..<records.objectiveCount {
            let status = records.objectiveStatus(i)
            let done = status == .done && (records.objectiveCompletedOn(i).map { $0 <= last } ?? true)
            let due = records.objectiveDue(i).map { $0 <= period.last } ?? true
            guard status != .dropped, due || done else { continue }
            objectivesCounted += 1
            if done { objectivesDone += 1 }
        }
        depthScores.add(RelationshipDepth.score(of: records, asOf: last))
    }

    /// Adds another account's (or group's) totals for the same period.
    public mutating func add(_ o: MeasureTotals) {
        addExceptCustom(o)
        figures.addCustom(o.figures)
    }

    /// Adds everything of another account's totals but the custom figures (see `MeasureTotalsSum`).
    mutating func addExceptCustom(_ o: MeasureTotals) {
        figures.addExceptCustom(o.figures)
        previousRevenue.add(o.previousRevenue)
        yearEarlierRevenue.add(o.yearEarlierRevenue)
        accounts += o.accounts
        contactEvents += o.contactEvents
        activityEvents += o.activityEvents
        activityLogAccounts += o.activityLogAccounts
        newContactCount += o.newContactCount
        datedContactAccounts += o.datedContactAccounts
        objectivesDone += o.objectivesDone
        objectivesCounted += o.objectivesCounted
        depthScores.add(o.depthScores)
    }

    /// Revenue growth in % against `base`; nil without data or when the base is zero or negative.
    public static func growth(_ current: Double?, over base: Double?) -> Double? {
        guard let current, let base, base > 0 else { return nil }
        return (current - base) / base * 100
    }

    /// Revenue growth against the period of the same length right before, in %.
    public var revenueGrowthQoQ: Double? { Self.growth(figures.revenue.value, over: previousRevenue.value) }

    /// Revenue growth against the same period a year earlier, in %.
    public var revenueGrowthYoY: Double? { Self.growth(figures.revenue.value, over: yearEarlierRevenue.value) }

    /// Meetings and calls per account and quarter.
    public var meetingsPerQuarter: Double? {
        activityLogAccounts > 0 ? Double(contactEvents) / Double(activityLogAccounts * quarters) : nil
    }

    /// Activities of every kind per account and quarter.
    public var activitiesPerQuarter: Double? {
        activityLogAccounts > 0 ? Double(activityEvents) / Double(activityLogAccounts * quarters) : nil
    }

    /// New contacts per account and quarter (the scorecard measure).
    public var newContactsPerQuarter: Double? {
        datedContactAccounts > 0 ? Double(newContactCount) / Double(datedContactAccounts * quarters) : nil
    }

    /// Share of counted account-plan objectives done, in %.
    public var planCompletion: Double? {
        objectivesCounted > 0 ? Double(objectivesDone) / Double(objectivesCounted) * 100 : nil
    }

    /// Mean relationship depth score.
    public var relationshipDepth: Double? { depthScores.mean }

    /// The value of any scorecard metric; nil when there is no data.
    public func value(of metric: Metric) -> Double? {
        switch metric {
        case .custom(let name): figures.custom[name]?.mean
        case .builtIn(let m): value(of: m)
        }
    }

    /// The value of a built-in metric; nil when there is no data.
    public func value(of metric: BuiltInMetric) -> Double? {
        switch metric {
        case .revenue: figures.revenue.value
        case .revenueGrowthQoQ: revenueGrowthQoQ
        case .revenueGrowthYoY: revenueGrowthYoY
        case .grossMargin: figures.grossMargin.percent
        case .operatingProfit: figures.operatingProfit
        case .operatingMargin: figures.operatingMargin.percent
        case .accountROI: figures.accountROI
        case .shareOfWallet: figures.wallet.percent
        case .nps: figures.nps
        case .csat: figures.csat
        case .retention: figures.retentionPercent
        case .relationshipDepth: relationshipDepth
        case .issueResolutionDays: figures.issueResolutionDays.mean
        case .turnaroundDays: figures.turnaroundDays.mean
        case .costToServeRatio: figures.costRatio.percent
        case .meetingsPerQuarter: meetingsPerQuarter
        case .planCompletion: planCompletion
        case .newContacts: newContactsPerQuarter
        }
    }
}
