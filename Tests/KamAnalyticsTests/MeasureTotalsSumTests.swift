import KamDemo
import KamModel
import Testing
@testable import KamAnalytics

@Suite("Measure totals sum")
struct MeasureTotalsSumTests {
    /// Demo accounts' totals, some with custom figures others lack or have in another order.
    static let totals: [MeasureTotals] = {
        let quarter = Quarter(year: 2026, quarter: 3)
        var workspace = DemoPortfolio.generate(accounts: 60, quarters: 4, seed: 9, lastQuarter: quarter)
        for i in stride(from: 0, to: 60, by: 4) { workspace.accounts[i].quarters[quarter]?.custom = [:] }
        for i in stride(from: 1, to: 60, by: 5) { workspace.accounts[i].quarters[quarter]?.custom["late figure"] = Double(i) }
        workspace.accounts[2].quarters[quarter]?.custom["x"] = -0.0
        return workspace.accounts.map { MeasureTotals(account: $0, period: .quarter(quarter)) }
    }()

    @Test("adding by name equals adding each with MeasureTotals.add in order")
    func sumByNameEqualsAdd() {
        var sum = MeasureTotalsSum()
        var reference = MeasureTotals()
        for t in Self.totals {
            sum.add(t)
            reference.add(t)
        }
        #expect(sum.totals == reference)
        #expect(sum.totals.figures.custom["late figure"]?.count == 12)
        #expect(MeasureTotalsSum().totals == MeasureTotals())
    }

    @Test("adding table rows (compact totals, custom figures by position) equals adding each with MeasureTotals.add")
    func sumOfRowsEqualsAdd() {
        // Two runs of rows, as two cores collect them, with names in different orders.
        var first = CustomFigureColumns.Part(), second = CustomFigureColumns.Part()
        for (i, t) in Self.totals.enumerated() { if i < 25 { first.add(t) } else { second.add(t) } }
        let customs = CustomFigureColumns(parts: [first, second])
        var sum = MeasureTotalsSum(customNames: customs.names)
        var reference = MeasureTotals()
        for (i, t) in Self.totals.enumerated() {
            #expect(customs.figures(i) == t.figures.custom, "row \(i)")
            sum.add(CompactTotals(t), customs: customs, row: i)
            reference.add(t)
        }
        #expect(sum.totals == reference)
        #expect(sum.totals.figures.custom["late figure"]?.count == 12)
        #expect(customs.figure("x", row: 2) == KnownSum(total: -0.0, count: 1))
        #expect(customs.figure("x", row: 3) == nil && customs.figure("nobody has this", row: 0) == nil)
    }

    @Test("compact totals give back the totals they were made from, but the custom figures")
    func compactTotalsRoundTrip() {
        var odd = MeasureTotals(quarters: 3)
        odd.figures.add(figures(revenue: 1e300, grossProfit: -0.0, cost: 3, categorySpend: 5,
                                nps: NPSSurvey(promoters: Int.max, passives: 0, detractors: 1),
                                csat: CSATSurvey(satisfied: 3, responses: 4), issueDays: 2.5, turnaroundDays: 0,
                                retention: 0.9, custom: ["k": 1]))
        odd.previousRevenue.add(7)
        odd.yearEarlierRevenue.add(.infinity)
        (odd.accounts, odd.contactEvents, odd.activityEvents, odd.activityLogAccounts) = (1, 2, 3, 1)
        (odd.newContactCount, odd.datedContactAccounts, odd.objectivesDone, odd.objectivesCounted) = (4, 1, 5, 6)
        odd.depthScores.add(42)
        for t in Self.totals + [odd, MeasureTotals()] {
            var back = CompactTotals(t).totals(quarters: t.quarters)
            #expect(back.figures.custom.isEmpty)
            back.figures.custom = t.figures.custom
            #expect(back == t)
            #expect(back.figures.grossProfit.total.sign == t.figures.grossProfit.total.sign)
        }
    }
}
