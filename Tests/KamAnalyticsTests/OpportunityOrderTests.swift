import Testing
import KamModel
@testable import KamAnalytics
@testable import KamDemo

/// The opportunities ordered as positions against every opportunity copied and sorted.
@Suite("Opportunity order")
struct OpportunityOrderTests {
    @Test("positions by stage give the list sorted the simple way: stale first, value, account id, opportunity id")
    func sameAsSortingCopies() {
        var random = DemoRandom(seed: 5)
        let stages = OpportunityStage.allCases
        // Few ids, values and days, so every key ties often (also all of them).
        let accounts = (0..<80).map { n in
            account("a\(Int.random(in: 0..<30, using: &random))", opportunities: (0..<Int.random(in: 0..<6, using: &random)).map { k in
                Opportunity(id: "o\(Int.random(in: 0..<3, using: &random))", name: "\(n).\(k)",
                            stage: stages[Int.random(in: 0..<stages.count, using: &random)],
                            value: Double(Int.random(in: 0..<4, using: &random)) * 1000, expectedClose: qtr("2025Q4"),
                            lastChanged: Day(daysSinceEpoch: 20_000 + Int.random(in: 0..<120, using: &random)))
            })
        }
        let settings = Settings(staleOpportunityDays: 45), today = Day(daysSinceEpoch: 20_100)
        let order = OpportunityOrder(accounts: accounts, settings: settings, today: today)
        let list = OpportunityList(accounts: accounts, settings: settings, today: today)
        let pipeline = Pipeline(accounts: accounts, settings: settings, today: today)
        let now = today.daysSinceEpoch
        for (i, stage) in stages.enumerated() {
            let simple = accounts.flatMap { a in
                a.opportunities.filter { $0.stage == stage }.map { o in
                    let days = now - o.lastChanged.daysSinceEpoch
                    return ListedOpportunity(account: a.id, opportunity: o, daysSinceChange: days,
                                             isStale: Pipeline.isStale(o, daysSinceChange: days, settings: settings))
                }
            }.sorted { a, b in
                if a.isStale != b.isStale { return a.isStale }
                if a.opportunity.value != b.opportunity.value { return a.opportunity.value > b.opportunity.value }
                if a.account != b.account { return a.account < b.account }
                return a.opportunity.id < b.opportunity.id
            }
            #expect(order.stages[i].entries.map { $0.listed(in: accounts, today: today) } == simple, "\(stage)")
            #expect(list.stages[i].opportunities == simple, "\(stage)")
            #expect(order.stages[i].total == pipeline.stages[i] && list.stages[i].total == pipeline.stages[i])
            #expect(order.stages[i].staleCount == simple.filter(\.isStale).count)
        }
        #expect(order.staleCount == pipeline.stale.count && order.staleCount > 0)
        #expect(Pipeline.openValue(order.totals) == pipeline.openValue && Pipeline.openCount(order.totals) == pipeline.openCount)
    }
}
