import Testing
import KamModel
@testable import KamAnalytics

@Suite("Profit basis and opportunity list")
struct ProfitBasisAndOpportunityListTests {
    @Test("with cost to serve on record the ranking is by operating profit")
    func operatingWhenCostKnown() {
        let table = AccountTable(workspace: handPortfolio, period: .quarter(qtr("2025Q2")), today: day("2025-07-01"))
        let positions = table.positions(in: .portfolio)
        #expect(ProfitBasis.choose(table: table, positions: positions) == .operatingProfit)
        let v = ProfitConcentrationView(table: table, choosingBasisFor: positions, settings: Settings())
        #expect(v.ranking.basis == .operatingProfit)
        #expect(v.ranking.totalProfit == 680)
    }

    @Test("without any cost to serve the ranking falls back to gross profit")
    func grossWhenNoCost() {
        let ws = workspace([
            simpleAccount("A", revenue: 1000, grossProfit: 300, cost: nil),
            simpleAccount("B", revenue: 500, grossProfit: -50, cost: nil),
            simpleAccount("C", revenue: 200, grossProfit: 100, cost: nil),
        ])
        let table = AccountTable(workspace: ws, period: .quarter(qtr("2025Q2")), today: day("2025-07-01"))
        let positions = table.positions(in: .portfolio)
        #expect(ProfitBasis.choose(table: table, positions: positions) == .grossProfit)
        let v = ProfitConcentrationView(table: table, choosingBasisFor: positions, settings: Settings())
        #expect(v.ranking.ranked.map(\.id) == ["A", "C", "B"])
        #expect(v.ranking.totalProfit == 350)
        #expect(v.ranking.valueDestroyers.map(\.id) == ["B"])
        // On the operating basis nothing could be ranked.
        let operating = ProfitConcentrationView(table: table, positions: positions, settings: Settings())
        #expect(operating.ranking.ranked.isEmpty && operating.ranking.withoutProfit.count == 3)
    }

    @Test("one account with operating profit keeps the operating basis")
    func mixedStaysOperating() {
        let ws = workspace([
            simpleAccount("A", revenue: 1000, grossProfit: 300, cost: nil),
            simpleAccount("B", revenue: 500, grossProfit: 50, cost: 10),
        ])
        let table = AccountTable(workspace: ws, period: .quarter(qtr("2025Q2")), today: day("2025-07-01"))
        #expect(ProfitBasis.choose(table: table, positions: [0, 1]) == .operatingProfit)
        #expect(ProfitBasis.choose(table: table, positions: [0]) == .grossProfit)
        #expect(ProfitBasis.choose(table: table, positions: []) == .operatingProfit)
    }

    @Test("opportunities are listed by stage, stale first, then by value")
    func opportunitiesByStage() {
        func opp(_ id: String, _ stage: OpportunityStage, _ value: Double, _ changed: String) -> Opportunity {
            Opportunity(id: id, name: "Deal \(id)", stage: stage, value: value, expectedClose: qtr("2025Q3"),
                        lastChanged: day(changed))
        }
        let ws = workspace([
            account("A", opportunities: [opp("1", .proposalSent, 100, "2025-06-20"),
                                         opp("2", .proposalSent, 50, "2025-01-01"),
                                         opp("3", .won, 900, "2024-01-01")]),
            account("B", opportunities: [opp("4", .proposalSent, 300, "2025-06-30")]),
        ])
        let list = OpportunityList(accounts: ws.accounts, settings: Settings(staleOpportunityDays: 45),
                                   today: day("2025-07-01"))
        #expect(list.stages.map(\.total.stage) == OpportunityStage.allCases)
        let proposals = list.stages[2]
        #expect(proposals.opportunities.map(\.opportunity.id) == ["2", "4", "1"])
        #expect(proposals.opportunities.map(\.isStale) == [true, false, false])
        #expect(proposals.opportunities[0].daysSinceChange == 181)
        #expect(proposals.total.count == 3 && proposals.total.value == 450)
        // Won deals are never stale, however old.
        #expect(list.stages[3].opportunities.map(\.isStale) == [false])
        #expect(list.staleCount == 1)
    }
}

@Suite("Cost-to-serve quadrant totals")
struct CostToServeQuadrantTotalsTests {
    @Test("count and revenue per quadrant add up the placed accounts")
    func totals() {
        // Hand portfolio: medians revenue 500, cost ratio 10%.
        // A 1000/10% protect? 10% is the median, so low: protect. B 800/25% reprice.
        // C 500/8% maintain. D 400/30% review. E 300/5% maintain.
        let m = view(handPortfolio).costToServe
        #expect(m.count(in: .protect) == 1 && m.revenue(in: .protect) == 1000)
        #expect(m.count(in: .reprice) == 1 && m.revenue(in: .reprice) == 800)
        #expect(m.count(in: .maintain) == 2 && m.revenue(in: .maintain) == 800)
        #expect(m.count(in: .review) == 1 && m.revenue(in: .review) == 400)
    }
}
