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

    @Test("adding custom figures by position equals adding by name")
    func sumByPositionEqualsAdd() {
        let names = ["late figure", "nobody has this"] + Array(Set(Self.totals.flatMap(\.figures.custom.keys)))
            .filter { $0 != "late figure" }.sorted()
        var sum = MeasureTotalsSum(customNames: names)
        var reference = MeasureTotals()
        for t in Self.totals {
            let figures = names.map { t.figures.custom[$0] }
            var stripped = t
            stripped.figures.custom = ["ignored": KnownSum(total: 1, count: 1)]
            sum.add(stripped, customFigures: [nil] + figures, at: 1)
            reference.add(t)
        }
        #expect(sum.totals == reference)
        #expect(sum.totals.figures.custom["nobody has this"] == nil)
        #expect(sum.totals.figures.custom["ignored"] == nil)
    }
}
