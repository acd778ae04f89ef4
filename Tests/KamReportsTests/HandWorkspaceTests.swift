import KamAnalytics
import KamModel
import Testing
@testable import KamReports

/// Each report kind on `HandWorkspace`, whose figures are worked out by hand in the comments.
@Suite struct HandWorkspaceTests {
    static func document(_ kind: ReportRequest.Kind, period: ReportRequest.PeriodChoice = .latest,
                         by grouping: ScorecardRollUp.Grouping? = nil) throws -> ReportDocument {
        try Report.document(ReportRequest(kind: kind, period: period, grouping: grouping, today: HandWorkspace.today),
                            workspace: HandWorkspace.workspace)
    }

    @Test("accounts: each account's measures for the latest quarter, no data where figures are missing")
    func accountRows() throws {
        let doc = try Self.document(.accounts)
        #expect(doc.period == .quarter(qtr("2025Q2")))
        let table = try #require(doc.tables.first)
        let a = try #require(table.row(id: "A"))
        #expect(a["name"] == .text("Alpha"))
        #expect(a["manager"] == .text("Ann Lee"))
        #expect(a["tier"] == .text("Key"))
        #expect(approx(a["revenue"], 1000))
        #expect(approx(a["growthQoQPercent"], 25))            // (1000 - 800) / 800
        #expect(a["growthYoYPercent"] == .noData)              // no 2024Q2
        #expect(approx(a["grossMarginPercent"], 30))
        #expect(approx(a["costToServe"], 100))
        #expect(approx(a["operatingProfit"], 200))
        #expect(approx(a["roiPercent"], 200))                  // 200 / 100
        #expect(approx(a["nps"], 40))                          // (3 - 1) / 5
        #expect(approx(a["shareOfWalletPercent"], 25))         // 1000 / 4000
        #expect(approx(a["score"], 100))                       // margin 30 meets 30
        #expect(a["scoreStatus"] == .status(.green))
        #expect(a["lastContact"] == .date(day("2025-06-20")))
        #expect(a["daysSinceContact"] == .count(11))

        let b = try #require(table.row(id: "B"))
        #expect(approx(b["operatingProfit"], -50))
        #expect(approx(b["roiPercent"], -50.0 / 170 * 100))
        #expect(approx(b["score"], 80))                        // 24 / 30
        #expect(b["scoreStatus"] == .status(.amber))           // overall 80 is amber
        #expect(b["nps"] == .noData)
        #expect(b["lastContact"] == .noData)

        let c = try #require(table.row(id: "C"))
        for key in ["revenue", "growthQoQPercent", "grossMarginPercent", "operatingProfit", "score", "scoreStatus"] {
            #expect(c[key] == .noData, "C \(key)")
        }
    }

    @Test("accounts: the total is recomputed from summed figures, not added from rows")
    func accountTotal() throws {
        let total = try #require(try Self.document(.accounts).tables.first?.totalCells)
        #expect(total["name"] == .text("Portfolio total"))
        #expect(approx(total["revenue"], 1500))
        #expect(approx(total["grossMarginPercent"], 28))        // 420 / 1500
        #expect(approx(total["operatingProfit"], 150))
        #expect(approx(total["roiPercent"], 150.0 / 270 * 100))
        #expect(approx(total["growthQoQPercent"], -6.25))       // 1500 over 800 + 500 + 300
        #expect(approx(total["score"], 28.0 / 30 * 100))
        #expect(total["scoreStatus"] == .status(.green))
    }

    @Test("accounts by manager: a block per manager with its accounts and subtotal")
    func accountsByManager() throws {
        let doc = try Self.document(.accounts, by: .manager)
        #expect(doc.groupedBy == "manager")
        #expect(doc.groups.map(\.name) == ["Ann Lee", "Bo Chan"])
        let ann = try #require(doc.groups.first?.tables.first)
        #expect(ann.rows.count == 2)
        #expect(approx(ann.totalCells?["growthQoQPercent"], (1500.0 - 1300) / 1300 * 100))
        let bo = try #require(doc.groups.last?.tables.first?.totalCells)
        #expect(bo["revenue"] == .noData)
        #expect(approx(doc.tables.first?.totalCells?["revenue"], 1500))
    }

    @Test("accounts over a range sum the quarters")
    func accountsRange() throws {
        let doc = try Self.document(.accounts, period: .range(from: qtr("2025Q1"), to: qtr("2025Q2")))
        let a = try #require(doc.tables.first?.row(id: "A"))
        #expect(approx(a["revenue"], 1800))
        #expect(approx(a["grossMarginPercent"], 540.0 / 1800 * 100))
        #expect(approx(try #require(doc.tables.first?.row(id: "C"))["revenue"], 300))
    }

    @Test("scorecard: perspective and KPI rows with actual, target, score, status and trend")
    func scorecard() throws {
        let doc = try Self.document(.scorecard)
        let table = try #require(doc.tables.first)
        #expect(table.rows.count == 2)
        let kpi = table.cells(table.rows[1])
        #expect(kpi["kpi"] == .text("Gross margin"))
        #expect(approx(kpi["actual"], 28))
        #expect(approx(kpi["target"], 30))
        #expect(approx(kpi["previous"], 430.0 / 1600 * 100))    // 2025Q1: 240 + 100 + 90 over 1600
        #expect(approx(kpi["score"], 28.0 / 30 * 100))
        #expect(kpi["status"] == .status(.amber))                // misses by 2, within 3
        #expect(kpi["trend"] == .text("up"))
        #expect(kpi["trendJudgement"] == .text("better"))
        #expect(kpi["overrideReason"] == .notApplicable)
        #expect(approx(doc.fact("overallScore"), 28.0 / 30 * 100))
    }

    @Test("scorecard: an override shows its status, the computed one, its reason, expiry and author")
    func scorecardOverride() throws {
        var workspace = HandWorkspace.workspace
        workspace.scorecard.overrides = [StatusOverride(kpi: "gm", quarter: qtr("2025Q2"), status: .green,
                                                        reason: "Price rise agreed", expires: day("2025-09-30"),
                                                        setBy: "m1")]
        let doc = try Report.document(ReportRequest(kind: .scorecard, today: HandWorkspace.today), workspace: workspace)
        let table = try #require(doc.tables.first)
        let kpi = table.cells(table.rows[1])
        #expect(kpi["status"] == .status(.green))
        #expect(kpi["computedStatus"] == .status(.amber))
        #expect(kpi["overrideReason"] == .text("Price rise agreed"))
        #expect(kpi["overrideExpires"] == .date(day("2025-09-30")))
        #expect(kpi["overrideSetBy"] == .text("Ann Lee"))
        #expect(doc.notes.count == 1)
    }

    @Test("scorecard by segment: a row per segment with perspective scores, the portfolio as total")
    func scorecardBySegment() throws {
        let table = try #require(try Self.document(.scorecard, by: .segment).tables.first)
        #expect(table.key == "segments")
        #expect(table.columns.map(\.key) == ["key", "name", "accountCount", "fin", "overallScore", "overallStatus"])
        let retail = try #require(table.rows.first.map(table.cells))
        #expect(retail["name"] == .text("Retail"))
        #expect(approx(retail["fin"], 28.0 / 30 * 100))
        let wholesale = try #require(table.rows.last.map(table.cells))
        #expect(wholesale["overallScore"] == .noData)
        #expect(approx(table.totalCells?["accountCount"], 3))
    }

    @Test("pareto: headline figures and ranking worked out by hand")
    func pareto() throws {
        let doc = try Self.document(.pareto)
        #expect(approx(doc.fact("accountCount"), 3))
        #expect(approx(doc.fact("rankedAccountCount"), 2))
        #expect(approx(doc.fact("totalProfit"), 150))
        #expect(approx(doc.fact("top20ProfitShare"), 200.0 / 150))  // the top 1 account earns 133%
        #expect(approx(doc.fact("paretoAccountCount"), 1))
        #expect(approx(doc.fact("paretoAccountShare"), 0.5))
        #expect(approx(doc.fact("valueDestroyerCount"), 1))
        #expect(approx(doc.fact("valueDestroyerLoss"), 50))
        #expect(approx(doc.fact("whaleCurvePeak"), 200.0 / 150))
        #expect(approx(doc.fact("whaleCurvePeakRank"), 1))
        #expect(approx(doc.fact("hhiRevenue"), 2.0 / 3 * 2.0 / 3 * 10000 + 1.0 / 3 * 1.0 / 3 * 10000, 1e-6))
        #expect(approx(doc.fact("giniRevenue"), 500.0 / 3000))
        #expect(doc.notes == ["Not ranked, no revenue in 2025Q2: C"])
        let table = try #require(doc.tables.first)
        let a = try #require(table.row(id: "A")), b = try #require(table.row(id: "B"))
        #expect(a["rank"] == .count(1))
        #expect(approx(a["cumulativeShare"], 200.0 / 150))
        #expect(a["abcClass"] == .text("A"))
        #expect(a["quadrant"] == .text("Protect"))
        #expect(approx(b["share"], -50.0 / 150))
        #expect(approx(b["cumulativeShare"], 1))
        #expect(b["abcClass"] == .text("C"))
        #expect(b["quadrant"] == .text("Review"))
        #expect(approx(b["grossProfit"], 120))
    }

    @Test("the text accounts report shows no data as – and the total under a rule")
    func accountsText() throws {
        let text = try Report.render(ReportRequest(kind: .accounts, today: HandWorkspace.today),
                                     workspace: HandWorkspace.workspace)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let c = try #require(lines.first { $0.hasPrefix("C ") })
        #expect(c == "C   Gamma            Bo Chan  Wholesale  Other  Existing        –       –    –      –"
                + "              –           –       –    –       –      –  –      –                –")
        #expect(lines.contains { $0.contains("Portfolio total") && $0.contains("1,500") && $0.contains("-6.3%") })
    }
}
