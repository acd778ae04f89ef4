import KamModel

/// The opportunities of a group of accounts by stage in list order, kept as positions in
/// the accounts: the order of `OpportunityList` without a copy of each opportunity.
///
/// Within a stage, stale ones first, then by value (highest first), ties by account id
/// then opportunity id. The stage totals and stale rule are those of `Pipeline`.
public struct OpportunityOrder: Sendable {
    /// One opportunity: where it is in the accounts, with what it is ordered by.
    public struct Entry: Sendable, Equatable {
        /// Its value.
        public var value: Double
        /// The account's position in the accounts given.
        public var account: Int32
        /// The opportunity's position in that account's opportunities.
        public var opportunity: Int32
        /// Open and unchanged for `settings.staleOpportunityDays` days or more.
        public var isStale: Bool
    }

    /// The opportunities of one stage.
    public struct Stage: Sendable {
        /// The stage's count and summed value.
        public var total: StageTotal
        /// Its opportunities, in list order.
        public var entries: [Entry]
        /// How many of them are stale.
        public var staleCount: Int
    }

    /// Every stage in pipeline order, also empty ones.
    public var stages: [Stage]

    /// The opportunities of `accounts` as of `today`.
    public init(accounts: [Account], settings: Settings, today: Day) {
        var stages = OpportunityStage.allCases.map { Stage(total: StageTotal(stage: $0), entries: [], staleCount: 0) }
        let now = today.daysSinceEpoch
        // Fields are read in place, from the packed records: copying an account would
        // retain each of its strings, and unpacking its opportunities would make them all.
        for p in accounts.indices {
            let records = accounts[p].records
            for k in 0..<records.opportunityCount {
                let stage = records.opportunityStage(k)
                let i = Pipeline.position(stage), value = records.opportunityValue(k)
                let stale = Pipeline.isStale(stage, daysSinceChange: now - records.opportunityLastChanged(k).daysSinceEpoch,
                                             settings: settings)
                stages[i].total.count += 1
                stages[i].total.value += value
                stages[i].staleCount += stale ? 1 : 0
                stages[i].entries.append(Entry(value: value, account: Int32(p), opportunity: Int32(k), isStale: stale))
            }
        }
        for i in stages.indices {
            stages[i].entries.sort { a, b in
                if a.isStale != b.isStale { return a.isStale }
                if a.value != b.value { return a.value > b.value }
                let x = Int(a.account), y = Int(b.account)
                if accounts[x].id != accounts[y].id { return accounts[x].id < accounts[y].id }
                return accounts[x].records.opportunityID(Int(a.opportunity)) < accounts[y].records.opportunityID(Int(b.opportunity))
            }
        }
        self.stages = stages
    }

    /// The stage totals, in pipeline order.
    public var totals: [StageTotal] { stages.map(\.total) }

    /// Number of stale opportunities over all stages.
    public var staleCount: Int { stages.reduce(0) { $0 + $1.staleCount } }
}

extension OpportunityOrder.Entry {
    /// The opportunity listed, from the `accounts` the order was made of, as of `today`.
    public func listed(in accounts: [Account], today: Day) -> ListedOpportunity {
        let account = accounts[Int(self.account)]
        let o = account.records.opportunity(Int(opportunity))
        return ListedOpportunity(account: account.id, opportunity: o,
                                 daysSinceChange: today.daysSinceEpoch - o.lastChanged.daysSinceEpoch, isStale: isStale)
    }
}
