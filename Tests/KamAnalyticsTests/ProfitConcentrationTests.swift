import Testing
import KamModel
@testable import KamAnalytics

/// Five accounts worked by hand (2025Q2), plus F without revenue data.
///
/// | id | revenue | gross profit | cost | operating profit | cost ratio |
/// |----|---------|--------------|------|------------------|------------|
/// | A  | 1000    | 500          | 100  | 400              | 10%        |
/// | B  | 800     | 400          | 200  | 200              | 25%        |
/// | C  | 500     | 100          | 40   | 60               | 8%         |
/// | D  | 400     | 160          | 120  | 40               | 30%        |
/// | E  | 300     | -5           | 15   | -20              | 5%         |
let handPortfolio = workspace([
    simpleAccount("C", revenue: 500, grossProfit: 100, cost: 40),
    simpleAccount("A", revenue: 1000, grossProfit: 500, cost: 100),
    simpleAccount("E", revenue: 300, grossProfit: -5, cost: 15),
    simpleAccount("F", revenue: nil, grossProfit: nil, cost: nil),
    simpleAccount("B", revenue: 800, grossProfit: 400, cost: 200),
    simpleAccount("D", revenue: 400, grossProfit: 160, cost: 120),
])

func view(_ ws: Workspace, quarter: String = "2025Q2") -> ProfitConcentrationView {
    let table = AccountTable(workspace: ws, period: .quarter(qtr(quarter)), today: day("2025-07-01"))
    return ProfitConcentrationView(table: table, settings: ws.settings)
}

@Suite("80/20 view")
struct ProfitConcentrationTests {
    let v = view(handPortfolio)

    @Test("ranking by operating profit with share and cumulative share")
    func ranking() {
        let r = v.ranking
        #expect(r.ranked.map(\.id) == ["A", "B", "C", "D", "E"])
        #expect(r.withoutRevenue == ["F"] && r.withoutProfit.isEmpty)
        #expect(r.totalProfit == 680)                       // 400 + 200 + 60 + 40 - 20
        #expect(r.ranked.map(\.cumulativeProfit) == [400, 600, 660, 700, 680])
        #expect(close(r.ranked[0].share, 400.0 / 6.8))      // 58.82%
        #expect(close(r.ranked[3].cumulativeShare, 700.0 / 6.8))  // 102.94%
        #expect(v.accountCount == 6)
    }

    @Test("Pareto cut, top-20% share and ABC classes")
    func pareto() {
        let r = v.ranking
        // 80% of 680 = 544: reached at rank 2 (600).
        #expect(r.paretoCount == 2)
        #expect(close(r.paretoShareOfAccounts, 40))          // 2 of 5
        // ceil(0.2 x 5) = 1 account: 400 / 680 = 58.82%.
        #expect(r.top20Count == 1)
        #expect(close(r.top20Share, 400.0 / 6.8))
        // A: cumulative before < 544 (A 0, B 400); B: before < 646 (C 600); C: D 660, E 700.
        #expect(r.ranked.map(\.abcClass) == [.a, .a, .b, .c, .c])
        #expect(r.accounts(in: .a).count == r.paretoCount)
        #expect(ABCClass.allCases.allSatisfy { r.count(in: $0) == r.accounts(in: $0).count })
    }

    @Test("the account that starts exactly at the 80% line is B, not A")
    func abcBoundary() {
        // Profits 80, 10, 10 of 100: the second account starts at exactly 80%.
        let b = view(workspace([simpleAccount("x", revenue: 100, grossProfit: 80, cost: 0),
                                simpleAccount("y", revenue: 100, grossProfit: 10, cost: 0),
                                simpleAccount("z", revenue: 100, grossProfit: 10, cost: 0)]))
        #expect(b.ranking.ranked.map(\.abcClass) == [.a, .b, .b])  // y starts at 80, z at 90 (< 95)
        #expect(b.ranking.paretoCount == 1)
    }

    @Test("whale curve, its peak, the accounts after it and the value destroyers")
    func whale() {
        let r = v.ranking
        #expect(r.whaleCurve.count == 5)
        #expect(close(r.whaleCurve.last, 100))
        #expect(close(r.whalePeak?.percent, 700.0 / 6.8))     // 102.94% at rank 4
        #expect(r.whalePeak?.rank == 4)
        #expect(r.accountsAfterPeak.map(\.id) == ["E"])
        #expect(r.valueDestroyers.map(\.id) == ["E"] && r.valueDestroyerLoss == 20)
    }

    @Test("HHI and Gini of revenue")
    func concentration() {
        // Shares of 3000: 33.33, 26.67, 16.67, 13.33, 10 -> squares sum to 2377.78.
        #expect(close(v.revenueHHI, 1111.111111 + 711.111111 + 277.777778 + 177.777778 + 100, 1e-4))
        // Ascending 300, 400, 500, 800, 1000; weights -4, -2, 0, 2, 4:
        // (-1200 - 800 + 0 + 1600 + 4000) / (5 x 3000) = 0.24.
        #expect(close(v.revenueGini, 0.24))
        #expect(v.totalRevenue == 3000)
        #expect(RevenueConcentration.hhi([5]) == 10000 && RevenueConcentration.gini([5]) == 0)
        #expect(close(RevenueConcentration.hhi([1, 1, 1, 1]), 2500))
        #expect(close(RevenueConcentration.gini([0, 0, 0, 10]), 0.75))  // (3 x 10) / (4 x 10)
    }

    @Test("revenue against cost-to-serve ratio, split at the medians")
    func costMatrix() {
        let m = v.costToServe
        // Median revenue 500, median ratio 10% (5, 8, 10, 25, 30); high means above the median.
        #expect(m.medianRevenue == 500 && close(m.medianCostToServeRatio, 10))
        var byID: [String: CostToServeMatrix.Quadrant] = [:]
        for p in m.placements { byID[p.id] = p.quadrant }
        #expect(byID == ["A": .protect, "B": .reprice, "C": .maintain, "D": .review, "E": .maintain])
        #expect(m.unplaced == ["F"])
        #expect(CostToServeMatrix.median([4, 1, 3, 2]) == 2.5)
    }

    @Test("no accounts: empty ranking, no shares, no concentration")
    func noAccounts() {
        let e = view(workspace([]))
        #expect(e.ranking.ranked.isEmpty && e.ranking.paretoCount == nil && e.ranking.top20Share == nil)
        #expect(e.ranking.whalePeak == nil && e.ranking.accountsAfterPeak.isEmpty)
        #expect(e.revenueHHI == nil && e.revenueGini == nil && e.totalRevenue == nil)
        #expect(e.costToServe.placements.isEmpty)
    }

    @Test("one account earns everything")
    func oneAccount() {
        let o = view(workspace([simpleAccount("A", revenue: 100, grossProfit: 50, cost: 10)]))
        #expect(o.ranking.paretoCount == 1 && close(o.ranking.paretoShareOfAccounts, 100))
        #expect(o.ranking.top20Count == 1 && close(o.ranking.top20Share, 100))
        #expect(o.ranking.whalePeak?.rank == 1 && o.ranking.ranked[0].abcClass == .a)
        #expect(o.revenueHHI == 10000 && o.revenueGini == 0)
        #expect(o.costToServe.placements.first?.quadrant == .maintain)
    }

    @Test("all losses: no 80/20 split, but ranking and value destroyers remain")
    func allLosses() {
        let l = view(workspace([simpleAccount("A", revenue: 100, grossProfit: 10, cost: 30),
                                simpleAccount("B", revenue: 200, grossProfit: 10, cost: 60)]))
        #expect(l.ranking.ranked.map(\.id) == ["A", "B"])      // -20 before -50
        #expect(l.ranking.totalProfit == -70 && !l.ranking.hasProfitSplit)
        #expect(l.ranking.paretoCount == nil && l.ranking.top20Share == nil && l.ranking.whaleCurve.isEmpty)
        #expect(l.ranking.ranked.allSatisfy { $0.abcClass == nil && $0.share == nil })
        #expect(l.ranking.valueDestroyers.count == 2 && l.ranking.valueDestroyerLoss == 70)
    }

    @Test("zero revenue: ranked by profit, but no revenue concentration and no placement")
    func zeroRevenue() {
        let z = view(workspace([simpleAccount("A", revenue: 0, grossProfit: 0, cost: 5),
                                simpleAccount("B", revenue: 0, grossProfit: 0, cost: 0)]))
        #expect(z.ranking.ranked.map(\.id) == ["B", "A"])
        #expect(z.revenueHHI == nil && z.revenueGini == nil)
        #expect(z.costToServe.unplaced == ["A", "B"])
    }

    @Test("ties in profit are ranked by id; accounts with revenue but no profit are set apart")
    func tiesAndMissingProfit() {
        let t = view(workspace([simpleAccount("b", revenue: 10, grossProfit: 5, cost: 0),
                                simpleAccount("a", revenue: 10, grossProfit: 5, cost: 0),
                                simpleAccount("c", revenue: 10, grossProfit: 5, cost: nil)]))
        #expect(t.ranking.ranked.map(\.id) == ["a", "b"])
        #expect(t.ranking.withoutProfit == ["c"])
        #expect(close(t.revenueHHI, 3333.333333, 1e-4))       // c's revenue still counts
    }

    @Test("a subset: one manager's accounts only")
    func subset() {
        var ws = handPortfolio
        ws.accounts[0].manager = "m2"  // C
        let table = AccountTable(workspace: ws, period: .quarter(qtr("2025Q2")), today: day("2025-07-01"))
        let mine = ProfitConcentrationView(table: table, scope: .manager("m2"), settings: ws.settings)
        #expect(mine.ranking.ranked.map(\.id) == ["C"] && mine.accountCount == 1)
        #expect(table.row(id: "D")?.operatingProfit == 40 && table.row(id: "zz") == nil)
    }
}

@Suite("Account table")
struct AccountTableTests {
    @Test("positions by scope and sorting by a measure, rows without data last")
    func sortingAndFiltering() {
        var ws = handPortfolio
        ws.accounts[0].manager = "m2"  // C
        let table = AccountTable(workspace: ws, period: .quarter(qtr("2025Q2")), today: day("2025-07-01"))
        #expect(table.positions(in: .manager("m2")) == [0] && table.positions(in: .manager("nobody")).isEmpty)
        #expect(table.positions(in: .segment("Retail")).count == 6)
        let byRevenue = table.sortedPositions(table.positions(in: .portfolio), by: \.revenue).map { table.ids[$0] }
        #expect(byRevenue == ["A", "B", "C", "D", "E", "F"])
        let ascending = table.sortedPositions(table.positions(in: .portfolio), descending: false, by: \.grossMargin)
        #expect(ascending.map { table.ids[$0] } == ["E", "C", "D", "A", "B", "F"])  // -1.7%, 20%, 40%, 50%, 50%
        #expect(close(table.totals(of: [1, 4]).value(of: .builtIn(.grossMargin)), 900.0 / 18))  // A + B
    }
}
