import KamModel

/// Every measure of one account over one period, computed in a single pass over its data.
///
/// The amounts the portfolio views sort and rank by are stored; ratios are derived from
/// `totals` on demand (cheap). Engagement and the pipeline are as of `today`.
///
/// Customer lifetime value = m r / (1 + d - r), where m is the yearly gross margin amount:
/// the gross profit of the four quarters ending at the period's last quarter, scaled to a
/// year when only some of them have data (sum x 4 / quarters with data); r is the latest
/// retention recorded in those four quarters; d is `settings.discountRate`. Nil when m or r
/// is missing or 1 + d - r is zero or less.
public struct AccountMeasures: Sendable, Equatable, Identifiable {
    /// The account's id.
    public let id: String
    /// The account's position in `Workspace.accounts`.
    public let index: Int
    /// The account's name, manager id, segment and tier, for filtering without a lookup.
    public let name: String
    public let manager: String
    public let segment: String
    public let tier: Tier
    /// Attractiveness and relationship strength, 1-5, for the segmentation matrix.
    public let attractiveness: Double?
    public let relationshipStrength: Double?
    /// The period measured.
    public let period: Period
    /// The summed figures everything else derives from.
    public let totals: MeasureTotals
    /// Revenue in the period.
    public let revenue: Double?
    /// Gross profit in the period.
    public let grossProfit: Double?
    /// Cost to serve in the period.
    public let costToServe: Double?
    /// Gross profit - cost to serve.
    public let operatingProfit: Double?
    /// Yearly gross margin amount m used for lifetime value.
    public let yearlyGrossMargin: Double?
    /// Customer lifetime value.
    public let lifetimeValue: Double?
    /// The last meeting or call on or before `today`.
    public let lastContact: Day?
    /// Days from the last contact to `today`.
    public let daysSinceLastContact: Int?
    /// No contact for `settings.noContactDays` days or more, or none on record.
    public let noRecentContact: Bool
    /// Summed value and number of open opportunities.
    public let openPipelineValue: Double
    public let openOpportunities: Int
    /// Open opportunities unchanged for `settings.staleOpportunityDays` days or more.
    public let staleOpportunities: Int

    /// Measures `account` (at `index` in the workspace) over `period`, as of `today`.
    public init(account: Account, index: Int = 0, period: Period, settings: Settings, today: Day) {
        id = account.id
        self.index = index
        name = account.name
        manager = account.manager
        segment = account.segment
        tier = account.tier
        attractiveness = account.attractiveness
        relationshipStrength = account.relationshipStrength
        self.period = period
        let t = MeasureTotals(account: account, period: period)
        totals = t
        revenue = t.figures.revenue.value
        grossProfit = t.figures.grossProfit.value
        costToServe = t.figures.costToServe.value
        operatingProfit = t.figures.operatingProfit

        var margin = KnownSum()
        var latestRetention: Double?
        for i in Period.lastFourQuarters(endingAt: period.last).indices {
            guard let f = account.quarters[quarterIndex: i] else { continue }
            margin.add(f.grossProfit)
            if let r = f.retention { latestRetention = r }
        }
        let m = margin.count > 0 ? margin.total * 4 / Double(margin.count) : nil
        yearlyGrossMargin = m
        lifetimeValue = Self.lifetimeValue(margin: m, retention: latestRetention, discountRate: settings.discountRate)

        let now = today.daysSinceEpoch
        var latest: Int?
        let records = account.records
        for i in 0..<records.activityCount where records.activityKind(i).isContact {
            let d = records.activityDate(i).daysSinceEpoch
            if d <= now, latest.map({ d > $0 }) ?? true { latest = d }
        }
        lastContact = latest.map(Day.init(daysSinceEpoch:))
        daysSinceLastContact = latest.map { now - $0 }
        noRecentContact = Engagement.isFlagged(daysSinceLastContact: daysSinceLastContact, settings: settings)

        var openValue = 0.0, open = 0, stale = 0
        for i in 0..<records.opportunityCount where records.opportunityStage(i).isOpen {
            open += 1
            openValue += records.opportunityValue(i)
            if Pipeline.isStale(records.opportunityStage(i), daysSinceChange: now - records.opportunityLastChanged(i).daysSinceEpoch,
                                settings: settings) {
                stale += 1
            }
        }
        openPipelineValue = openValue
        openOpportunities = open
        staleOpportunities = stale
    }

    /// The measures of the account at `index` as a table keeps them (see `AccountTable`):
    /// the amounts sorted and ranked by are read from `totals`, as `init(account:)` does.
    init(id: String, index: Int, name: String, manager: String, segment: String, period: Period,
         totals: MeasureTotals, details: AccountTable.Details, today: Day) {
        self.id = id
        self.index = index
        self.name = name
        self.manager = manager
        self.segment = segment
        tier = details.tier
        attractiveness = details.attractiveness
        relationshipStrength = details.relationshipStrength
        self.period = period
        self.totals = totals
        revenue = totals.figures.revenue.value
        grossProfit = totals.figures.grossProfit.value
        costToServe = totals.figures.costToServe.value
        operatingProfit = totals.figures.operatingProfit
        yearlyGrossMargin = details.yearlyGrossMargin
        lifetimeValue = details.lifetimeValue
        lastContact = details.lastContactDay.map(Day.init(daysSinceEpoch:))
        daysSinceLastContact = details.daysSinceLastContact(today: today)
        noRecentContact = details.noRecentContact
        openPipelineValue = details.openPipelineValue
        openOpportunities = Int(details.openOpportunities)
        staleOpportunities = Int(details.staleOpportunities)
    }

    /// Customer lifetime value m r / (1 + d - r); nil without m or r or when 1 + d - r <= 0.
    public static func lifetimeValue(margin m: Double?, retention r: Double?, discountRate d: Double) -> Double? {
        guard let m, let r else { return nil }
        let denominator = 1 + d - r
        guard denominator > 0 else { return nil }
        return m * r / denominator
    }

    /// The value of any scorecard metric for this account and period.
    public func value(of metric: Metric) -> Double? { totals.value(of: metric) }

    /// Gross profit / revenue, in %.
    public var grossMargin: Double? { totals.figures.grossMargin.percent }
    /// Operating profit / revenue, in %.
    public var operatingMargin: Double? { totals.figures.operatingMargin.percent }
    /// Strategic Account ROI: operating profit / cost to serve x 100.
    public var accountROI: Double? { totals.figures.accountROI }
    /// Cost to serve / revenue, in %.
    public var costToServeRatio: Double? { totals.figures.costRatio.percent }
    /// Cost to serve by category.
    public var costByCategory: CostToServe? { totals.figures.costByCategory }
    /// Our revenue / the account's category spend x 100.
    public var shareOfWallet: Double? { totals.figures.wallet.percent }
    /// Revenue growth against the period of the same length before, in %.
    public var revenueGrowthQoQ: Double? { totals.revenueGrowthQoQ }
    /// Revenue growth against the same period a year earlier, in %.
    public var revenueGrowthYoY: Double? { totals.revenueGrowthYoY }
    /// Net promoter score from the period's summed answers.
    public var nps: Double? { totals.figures.nps }
    /// % satisfied answers.
    public var csat: Double? { totals.figures.csat }
    /// Retention in %.
    public var retention: Double? { totals.figures.retentionPercent }
    /// Average issue resolution days.
    public var issueResolutionDays: Double? { totals.figures.issueResolutionDays.mean }
    /// Average turnaround days.
    public var turnaroundDays: Double? { totals.figures.turnaroundDays.mean }
    /// Relationship depth score 0-100 (contacts known by the period's end).
    public var relationshipDepth: Double? { totals.relationshipDepth }
    /// Meetings and calls per quarter.
    public var meetingsPerQuarter: Double? { totals.meetingsPerQuarter }
    /// Activities per quarter.
    public var activitiesPerQuarter: Double? { totals.activitiesPerQuarter }
    /// Account-plan completion in %.
    public var planCompletion: Double? { totals.planCompletion }
    /// Contacts first made in the period; nil when no contact has a `since` date.
    public var newContacts: Int? { totals.datedContactAccounts > 0 ? totals.newContactCount : nil }
}
