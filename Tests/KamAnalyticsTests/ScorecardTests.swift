import Testing
import KamModel
@testable import KamAnalytics

@Suite("Balanced scorecard")
struct ScorecardTests {
    let margin = KPI(id: "gm", name: "Gross margin", metric: .builtIn(.grossMargin), target: 30, weight: 1,
                     tolerance: 0.1)
    let turnaround = KPI(id: "ta", name: "Turnaround", metric: .builtIn(.turnaroundDays), target: 5,
                         direction: .lowerIsBetter, weight: 3, tolerance: 0.2)
    let nps = KPI(id: "nps", name: "NPS", metric: .builtIn(.nps), target: 30, weight: 2, tolerance: 0.3)

    /// Two accounts: A small with a 50% margin, B large with a 20% margin.
    var twoAccounts: Workspace {
        workspace([
            account("A", manager: "m1", quarters: [
                "2025Q1": figures(revenue: 100, grossProfit: 40),
                "2025Q2": figures(revenue: 100, grossProfit: 50, turnaroundDays: 4)]),
            account("B", manager: "m1", quarters: [
                "2025Q1": figures(revenue: 900, grossProfit: 270),
                "2025Q2": figures(revenue: 900, grossProfit: 180, turnaroundDays: 10)]),
        ], scorecard: scorecard([margin, turnaround, nps]),
        managers: [Manager(id: "m1", name: "Mia"), Manager(id: "m2", name: "Max")])
    }

    @Test("a roll-up scores the summed figures, not the mean of account scores")
    func rollUpFromFigures() {
        let ws = twoAccounts
        let q = qtr("2025Q2")
        let a = Scorecard.evaluate(ws, scope: .account("A"), quarter: q, today: day("2025-07-01"))
        let b = Scorecard.evaluate(ws, scope: .account("B"), quarter: q, today: day("2025-07-01"))
        let m = Scorecard.evaluate(ws, scope: .manager("m1"), quarter: q, today: day("2025-07-01"))
        #expect(a.kpi(id: "gm")?.score == 100)                  // 50% >= 30%
        #expect(close(b.kpi(id: "gm")?.score, 200.0 / 3))      // 20 / 30 = 66.67
        // Averaging the scores would give (100 + 66.67) / 2 = 83.33. The roll-up instead
        // computes the margin (50 + 180) / (100 + 900) = 23% and scores it: 23 / 30 = 76.67.
        #expect(close(m.kpi(id: "gm")?.actual, 23))
        #expect(close(m.kpi(id: "gm")?.score, 230.0 / 3))
        #expect(m.kpi(id: "gm")?.computedStatus == .red)        // 23 < 27 (30 - 10%)
        // Turnaround days: mean over account-quarters (4 + 10) / 2 = 7; 5 / 7 = 71.43.
        #expect(close(m.kpi(id: "ta")?.actual, 7))
        #expect(close(m.kpi(id: "ta")?.score, 500.0 / 7))
        #expect(m.accounts == 2)
    }

    @Test("perspective score weights KPIs with data; NPS without data drops out")
    func perspectiveScore() {
        let r = Scorecard.evaluate(twoAccounts, scope: .account("B"), quarter: qtr("2025Q2"), today: day("2025-07-01"))
        let p = r.perspectives[0]
        #expect(p.kpis.map(\.id) == ["gm", "ta", "nps"])
        #expect(r.kpi(id: "nps")?.actual == nil && r.kpi(id: "nps")?.score == nil && r.kpi(id: "nps")?.status == nil)
        // (66.67 x 1 + 50 x 3) / (1 + 3) = 54.17; turnaround 5 / 10 = 50.
        #expect(close(p.score, (200.0 / 3 + 150) / 4))
        #expect(p.status == .red)
        #expect(close(r.overall, p.score))
    }

    @Test("overall score weights perspectives by weight over those with data")
    func overall() {
        let def = ScorecardDefinition(perspectives: [
            Perspective(id: "f", name: "F", weight: 3, kpis: [margin]),
            Perspective(id: "c", name: "C", weight: 1, kpis: [turnaround]),
            Perspective(id: "x", name: "X", weight: 5, kpis: [nps]),
        ])
        let totals = MeasureTotals(account: account("B", quarters: [
            "2025Q2": figures(revenue: 900, grossProfit: 180, turnaroundDays: 10)]), period: .quarter(qtr("2025Q2")))
        let r = Scorecard.evaluate(def, scope: .account("B"), quarter: qtr("2025Q2"), today: day("2025-07-01"),
                                   history: [totals])
        // (66.67 x 3 + 50 x 1) / (3 + 1) = 62.5; perspective X has no data and drops out.
        #expect(r.perspectives[2].score == nil)
        #expect(close(r.overall, (200.0 + 50) / 4))
        #expect(r.overallStatus == .red)
    }

    @Test("trend and history follow the KPI's actual over the quarters")
    func trendAndHistory() {
        let r = Scorecard.evaluate(twoAccounts, scope: .account("A"), quarter: qtr("2025Q2"), today: day("2025-07-01"),
                                   historyLength: 3)
        let gm = r.kpi(id: "gm")
        #expect(r.historyQuarters == [qtr("2024Q4"), qtr("2025Q1"), qtr("2025Q2")])
        #expect(gm?.history.count == 3)
        #expect(gm?.history[0] == nil)
        #expect(close(gm?.history[1], 40) && close(gm?.history[2], 50))
        #expect(close(gm?.previous, 40))
        #expect(gm?.trend?.movement == .up && gm?.trend?.judgement == .better)
    }

    func overrideWorkspace(_ overrides: [StatusOverride]) -> Workspace {
        var ws = twoAccounts
        ws.scorecard.overrides = overrides
        return ws
    }

    @Test("an override in force shows its status next to the computed one")
    func activeOverride() {
        let o = StatusOverride(kpi: "gm", account: "B", quarter: qtr("2025Q2"), status: .amber,
                               reason: "Price rise lands in Q3", expires: day("2025-09-30"), setBy: "m1")
        let ws = overrideWorkspace([o])
        let r = Scorecard.evaluate(ws, scope: .account("B"), quarter: qtr("2025Q2"), today: day("2025-09-30"))
        let gm = r.kpi(id: "gm")
        #expect(gm?.computedStatus == .red && gm?.status == .amber && gm?.isOverridden == true)
        #expect(gm?.override?.reason == "Price rise lands in Q3" && gm?.override?.setBy == "m1")
        #expect(close(gm?.score, 200.0 / 3))                  // the score is not overridden
        // Other accounts and roll-ups are not touched by an account's override.
        let a = Scorecard.evaluate(ws, scope: .account("A"), quarter: qtr("2025Q2"), today: day("2025-07-01"))
        let m = Scorecard.evaluate(ws, scope: .manager("m1"), quarter: qtr("2025Q2"), today: day("2025-07-01"))
        #expect(a.kpi(id: "gm")?.isOverridden == false && m.kpi(id: "gm")?.isOverridden == false)
    }

    @Test("an expired override or one for another quarter does not apply")
    func inactiveOverride() {
        let o = StatusOverride(kpi: "gm", account: "B", quarter: qtr("2025Q2"), status: .green,
                               reason: "r", expires: day("2025-08-31"))
        let ws = overrideWorkspace([o])
        let expired = Scorecard.evaluate(ws, scope: .account("B"), quarter: qtr("2025Q2"), today: day("2025-09-01"))
        #expect(expired.kpi(id: "gm")?.status == .red && expired.kpi(id: "gm")?.override == nil)
        let otherQuarter = Scorecard.evaluate(ws, scope: .account("B"), quarter: qtr("2025Q1"), today: day("2025-07-01"))
        #expect(otherQuarter.kpi(id: "gm")?.override == nil)
    }

    @Test("an override without an account applies at every scope; an account's own wins")
    func generalOverride() {
        let general = StatusOverride(kpi: "gm", quarter: qtr("2025Q2"), status: .amber, reason: "all",
                                     expires: day("2025-12-31"))
        let own = StatusOverride(kpi: "gm", account: "A", quarter: qtr("2025Q2"), status: .red, reason: "own",
                                 expires: day("2025-12-31"))
        let ws = overrideWorkspace([own, general])
        let today = day("2025-07-01")
        #expect(Scorecard.evaluate(ws, scope: .manager("m1"), quarter: qtr("2025Q2"), today: today)
            .kpi(id: "gm")?.override?.reason == "all")
        #expect(Scorecard.evaluate(ws, scope: .portfolio, quarter: qtr("2025Q2"), today: today)
            .kpi(id: "gm")?.status == .amber)
        #expect(Scorecard.evaluate(ws, scope: .account("A"), quarter: qtr("2025Q2"), today: today)
            .kpi(id: "gm")?.override?.reason == "own")
        #expect(Scorecard.evaluate(ws, scope: .account("B"), quarter: qtr("2025Q2"), today: today)
            .kpi(id: "gm")?.override?.reason == "all")
    }

    @Test("roll-up table: one row per manager, scored from each manager's figures")
    func rollUpTable() {
        var ws = twoAccounts
        ws.accounts.append(account("C", manager: "m3", quarters: ["2025Q2": figures(revenue: 100, grossProfit: 10)]))
        let t = ScorecardRollUp(workspace: ws, grouping: .manager, quarter: qtr("2025Q2"), today: day("2025-07-01"))
        #expect(t.rows.map(\.title) == ["Mia", "Max", "m3"])  // listed managers first, then unknown ids
        #expect(close(t.rows[0].scorecard.kpi(id: "gm")?.actual, 23))
        #expect(t.rows[1].overall == nil && t.rows[1].scorecard.accounts == 0)
        #expect(close(t.rows[2].scorecard.kpi(id: "gm")?.actual, 10))
        // Portfolio: (50 + 180 + 10) / 1100 = 21.82%.
        #expect(close(t.portfolio.kpi(id: "gm")?.actual, 2400.0 / 110))
        // The previous quarter feeds the trend: m1 margin 2025Q1 was (40 + 270) / 1000 = 31%.
        #expect(close(t.rows[0].scorecard.kpi(id: "gm")?.previous, 31))
        let bySegment = ScorecardRollUp(workspace: ws, grouping: .segment, quarter: qtr("2025Q2"), today: day("2025-07-01"))
        #expect(bySegment.rows.map(\.title) == ["Retail"] && bySegment.rows[0].scorecard.accounts == 3)
    }

    @Test("compare mode lists new reds and recovered greens")
    func comparison() {
        // m1's margin: 2025Q1 31% (green), 2025Q2 23% (red): a new red.
        // Turnaround: 2025Q1 no data, 2025Q2 7 days (red, target 5, amber to 6): a new red.
        let c = ScorecardComparison(workspace: twoAccounts, scope: .manager("m1"), quarter: qtr("2025Q2"),
                                    today: day("2025-07-01"))
        #expect(c.newReds.map(\.kpi.id) == ["gm", "ta"])
        #expect(c.newReds.first?.from == .green && c.recoveredGreens.isEmpty)
        let back = ScorecardComparison(current: c.previous, previous: c.current)
        #expect(back.recoveredGreens.map(\.kpi.id) == ["gm"])
        #expect(back.changes.first { $0.kpi.id == "ta" }?.kind == .lostData)
        #expect(KPIStatusChange.kind(from: .green, to: .amber) == .slipped)
        #expect(KPIStatusChange.kind(from: .red, to: .amber) == .improved)
        #expect(KPIStatusChange.kind(from: nil, to: .amber) == .newData)
        #expect(KPIStatusChange.kind(from: .amber, to: .amber) == nil)
    }

    @Test("the standard scorecard evaluates every KPI, custom ones included")
    func standardScorecard() {
        let a = account("s", quarters: ["2025Q2": figures(revenue: 100, grossProfit: 40, cost: 10,
                                                         custom: ["trainingHours": 8, "solutionsCoDeveloped": 0])])
        let ws = workspace([a], scorecard: .standard)
        let r = Scorecard.evaluate(ws, scope: .account("s"), quarter: qtr("2025Q2"), today: day("2025-07-01"))
        #expect(r.kpi(id: "training")?.status == .green)
        #expect(r.kpi(id: "co-developed")?.score == 0 && r.kpi(id: "co-developed")?.status == .red)
        #expect(close(r.kpi(id: "operating-margin")?.actual, 30))   // (40 - 10) / 100
        #expect(r.kpi(id: "nps")?.actual == nil)
    }
}
