import KamModel

/// Opportunities of one stage: how many and their summed value.
public struct StageTotal: Sendable, Equatable {
    /// The stage.
    public var stage: OpportunityStage
    /// Number of opportunities in the stage.
    public var count: Int
    /// Their summed value.
    public var value: Double

    /// A stage total.
    public init(stage: OpportunityStage, count: Int = 0, value: Double = 0) {
        self.stage = stage
        self.count = count
        self.value = value
    }
}

/// An open opportunity that has not changed stage for a long time.
public struct StaleOpportunity: Sendable, Equatable {
    /// The account's id.
    public var account: String
    /// The opportunity.
    public var opportunity: Opportunity
    /// Days since its stage last changed, as of the day asked for.
    public var daysSinceChange: Int

    /// A stale opportunity.
    public init(account: String, opportunity: Opportunity, daysSinceChange: Int) {
        self.account = account
        self.opportunity = opportunity
        self.daysSinceChange = daysSinceChange
    }
}

/// The pipeline of one account or a group of accounts: opportunities by stage, the open
/// value, and the stale ones.
///
/// An opportunity is stale when it is open (contacted, demo provided, proposal sent) and its
/// stage has not changed for `settings.staleOpportunityDays` days or more as of `today`.
/// Stale opportunities are listed longest-unchanged first (ties by account, then opportunity id).
public struct Pipeline: Sendable, Equatable {
    /// One total per stage, in pipeline order (every stage, also empty ones).
    public var stages: [StageTotal]
    /// The stale opportunities.
    public var stale: [StaleOpportunity]

    /// The pipeline of `accounts` as of `today`.
    public init(accounts: [Account], settings: Settings, today: Day) {
        var totals = OpportunityStage.allCases.map { StageTotal(stage: $0) }
        var stale: [StaleOpportunity] = []
        let now = today.daysSinceEpoch
        for account in accounts {
            let records = account.records
            for k in 0..<records.opportunityCount {
                let stage = records.opportunityStage(k)
                let i = Self.position(stage)
                totals[i].count += 1
                totals[i].value += records.opportunityValue(k)
                let days = now - records.opportunityLastChanged(k).daysSinceEpoch
                if Self.isStale(stage, daysSinceChange: days, settings: settings) {
                    stale.append(StaleOpportunity(account: account.id, opportunity: records.opportunity(k), daysSinceChange: days))
                }
            }
        }
        stages = totals
        self.stale = stale.sorted {
            ($0.daysSinceChange, $1.account, $1.opportunity.id) > ($1.daysSinceChange, $0.account, $0.opportunity.id)
        }
    }

    /// The pipeline of one account as of `today`.
    public init(account: Account, settings: Settings, today: Day) {
        self.init(accounts: [account], settings: settings, today: today)
    }

    /// Whether an opportunity unchanged for `days` days is stale.
    public static func isStale(_ o: Opportunity, daysSinceChange days: Int, settings: Settings) -> Bool {
        isStale(o.stage, daysSinceChange: days, settings: settings)
    }

    /// Whether an opportunity at `stage` unchanged for `days` days is stale.
    public static func isStale(_ stage: OpportunityStage, daysSinceChange days: Int, settings: Settings) -> Bool {
        stage.isOpen && days >= settings.staleOpportunityDays
    }

    /// A stage's place in pipeline order (a switch: no array lookups in loops).
    static func position(_ stage: OpportunityStage) -> Int { stage.ordinal }

    /// The total of one stage.
    public func total(_ stage: OpportunityStage) -> StageTotal { stages[Self.position(stage)] }

    /// Summed value of the open opportunities.
    public var openValue: Double { Self.openValue(stages) }

    /// Number of open opportunities.
    public var openCount: Int { Self.openCount(stages) }

    /// Summed value of the open stages among `stages`.
    public static func openValue(_ stages: [StageTotal]) -> Double {
        stages.filter { $0.stage.isOpen }.reduce(0) { $0 + $1.value }
    }

    /// Number of opportunities in the open stages among `stages`.
    public static func openCount(_ stages: [StageTotal]) -> Int {
        stages.filter { $0.stage.isOpen }.reduce(0) { $0 + $1.count }
    }
}
