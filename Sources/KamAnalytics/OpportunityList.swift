import KamModel

/// One opportunity in a portfolio-wide list, with how long it has been in its stage.
public struct ListedOpportunity: Sendable, Equatable {
    /// The account's id.
    public var account: String
    /// The opportunity.
    public var opportunity: Opportunity
    /// Days since its stage last changed, as of the day asked for.
    public var daysSinceChange: Int
    /// Open and unchanged for `settings.staleOpportunityDays` days or more (see `Pipeline.isStale`).
    public var isStale: Bool
}

/// The opportunities of a group of accounts listed by stage, for the pipeline screen.
///
/// Within a stage, stale ones first, then by value (highest first), ties by account id
/// then opportunity id. The stage totals and stale rule are those of `Pipeline`.
public struct OpportunityList: Sendable, Equatable {
    /// The opportunities of one stage.
    public struct Stage: Sendable, Equatable {
        /// The stage's count and summed value.
        public var total: StageTotal
        /// Its opportunities, in list order.
        public var opportunities: [ListedOpportunity]
        /// How many of them are stale.
        public var staleCount: Int { opportunities.filter(\.isStale).count }
    }

    /// Every stage in pipeline order, also empty ones.
    public var stages: [Stage]

    /// The opportunities of `accounts` as of `today`.
    public init(accounts: [Account], settings: Settings, today: Day) {
        stages = OpportunityOrder(accounts: accounts, settings: settings, today: today).stages.map { stage in
            Stage(total: stage.total, opportunities: stage.entries.map { $0.listed(in: accounts, today: today) })
        }
    }

    /// Number of stale opportunities over all stages.
    public var staleCount: Int { stages.reduce(0) { $0 + $1.staleCount } }
}
