import KamAnalytics
import KamDemo
import KamModel
import Testing
@testable import KamReports

/// The reports' numbers are the analytics functions' values, read not recomputed.
@Suite struct AnalyticsAgreementTests {
    static let workspace = DemoReportsTests.workspace
    static let today = DemoReportsTests.today
    static let quarter = Quarter(year: 2026, quarter: 3)

    static func json(_ request: ReportRequest) throws -> JSONObject {
        let text = try Report.render(request, workspace: workspace)
        guard case .object(let top) = try JSONParser.parse(Array(text.utf8)) else {
            throw ReportError.noFigures
        }
        return top
    }

    static func number(_ value: JSONValue?) -> Double? {
        if case .number(let n)? = value { return n }
        return nil
    }

    @Test("pareto json: the required keys, and values equal to ProfitConcentrationView's")
    func paretoJSON() throws {
        let top = try Self.json(ReportRequest(kind: .pareto, format: .json, today: Self.today))
        for key in ["accountCount", "totalProfit", "top20ProfitShare", "paretoAccountCount", "valueDestroyerCount",
                    "valueDestroyerLoss", "whaleCurvePeak", "period", "paretoAccountShare", "whaleCurvePeakRank",
                    "hhiRevenue", "giniRevenue", "accounts"] {
            #expect(top[key] != nil, "missing \(key)")
        }
        let table = AccountTable(workspace: Self.workspace, period: .quarter(Self.quarter), today: Self.today)
        let view = ProfitConcentrationView(table: table, settings: Self.workspace.settings)
        let r = view.ranking
        let peak = try #require(r.whalePeak)
        #expect(Self.number(top["accountCount"]) == Double(view.accountCount))
        #expect(Self.number(top["totalProfit"]) == r.totalProfit)
        #expect(Self.number(top["top20ProfitShare"]) == r.top20Share.map { $0 / 100 })
        #expect(Self.number(top["paretoAccountCount"]) == r.paretoCount.map(Double.init))
        #expect(Self.number(top["paretoAccountShare"]) == r.paretoShareOfAccounts.map { $0 / 100 })
        #expect(Self.number(top["valueDestroyerCount"]) == Double(r.valueDestroyers.count))
        #expect(Self.number(top["valueDestroyerLoss"]) == r.valueDestroyerLoss)
        #expect(Self.number(top["whaleCurvePeak"]) == peak.percent / 100)
        #expect(Self.number(top["whaleCurvePeakRank"]) == Double(peak.rank))
        #expect(Self.number(top["hhiRevenue"]) == view.revenueHHI)
        #expect(Self.number(top["giniRevenue"]) == view.revenueGini)
        #expect(top["period"] == .object(JSONObject([("from", .string("2026Q3")), ("to", .string("2026Q3"))])))
        guard case .array(let accounts)? = top["accounts"] else {
            Issue.record("accounts is not an array")
            return
        }
        #expect(accounts.count == r.ranked.count)
        for (json, ranked) in zip(accounts, r.ranked) {
            guard case .object(let row) = json else { continue }
            #expect(row.keys == ["rank", "id", "name", "revenue", "grossProfit", "costToServe", "operatingProfit",
                                 "share", "cumulativeShare", "abcClass", "quadrant"])
            #expect(row["id"] == .string(ranked.id))
            #expect(Self.number(row["operatingProfit"]) == ranked.operatingProfit)
            #expect(Self.number(row["cumulativeShare"]) == ranked.cumulativeShare.map { $0 / 100 })
            #expect(row["abcClass"] == ranked.abcClass.map { .string($0.rawValue) } ?? .null)
            #expect(Self.number(row["costToServe"]) == table.row(id: ranked.id)?.costToServe)
        }
    }

    @Test("pareto json by segment: one block per segment with that segment's view")
    func paretoBySegment() throws {
        let top = try Self.json(ReportRequest(kind: .pareto, grouping: .segment, format: .json, today: Self.today))
        guard case .array(let groups)? = top["groups"] else {
            Issue.record("no groups")
            return
        }
        #expect(groups.count == Self.workspace.segments.count)
        let table = AccountTable(workspace: Self.workspace, period: .quarter(Self.quarter), today: Self.today)
        for (json, segment) in zip(groups, Self.workspace.segments) {
            guard case .object(let group) = json else { continue }
            let view = ProfitConcentrationView(table: table, scope: .segment(segment), settings: Self.workspace.settings)
            #expect(group["name"] == .string(segment))
            #expect(Self.number(group["totalProfit"]) == view.ranking.totalProfit)
            #expect(Self.number(group["top20ProfitShare"]) == view.ranking.top20Share.map { $0 / 100 })
        }
    }

    @Test("accounts report: every row equals AccountMeasures and the account's Scorecard.evaluate")
    func accountRows() throws {
        let doc = try Report.document(ReportRequest(kind: .accounts, today: Self.today), workspace: Self.workspace)
        let table = try #require(doc.tables.first)
        #expect(table.rows.count == Self.workspace.accounts.count)
        for account in Self.workspace.accounts {
            let m = AccountMeasures(account: account, period: .quarter(Self.quarter),
                                    settings: Self.workspace.settings, today: Self.today)
            let card = Scorecard.evaluate(Self.workspace, scope: .account(account.id), quarter: Self.quarter,
                                          today: Self.today, historyLength: 2)
            let row = try #require(table.row(id: account.id))
            #expect(row["revenue"] == .amount(m.revenue))
            #expect(row["growthYoYPercent"] == .percent(m.revenueGrowthYoY, signed: true))
            #expect(row["grossMarginPercent"] == .percent(m.grossMargin))
            #expect(row["operatingProfit"] == .amount(m.operatingProfit))
            #expect(row["roiPercent"] == .percent(m.accountROI))
            #expect(row["nps"] == .score(m.nps))
            #expect(row["shareOfWalletPercent"] == .percent(m.shareOfWallet))
            #expect(row["daysSinceContact"] == .count(m.daysSinceLastContact))
            #expect(row["score"] == .score(card.overall))
            #expect(row["scoreStatus"] == .status(card.overallStatus))
        }
        let portfolio = ScorecardScope.portfolio.totals(in: Self.workspace, period: .quarter(Self.quarter))
        let total = try #require(table.totalCells)
        #expect(total["grossMarginPercent"] == .percent(portfolio.value(of: .grossMargin)))
        #expect(total["revenue"] == .amount(portfolio.value(of: .revenue)))
        let card = Scorecard.evaluate(Self.workspace, scope: .portfolio, quarter: Self.quarter, today: Self.today,
                                      historyLength: 2)
        #expect(total["score"] == .score(card.overall))
    }

    @Test("scorecard by manager: every row equals ScorecardRollUp's, the total the portfolio's")
    func scorecardRollUp() throws {
        let doc = try Report.document(ReportRequest(kind: .scorecard, grouping: .manager, today: Self.today),
                                      workspace: Self.workspace)
        let table = try #require(doc.tables.first)
        let rollUp = ScorecardRollUp(workspace: Self.workspace, grouping: .manager, quarter: Self.quarter,
                                     today: Self.today)
        #expect(table.rows.count == rollUp.rows.count)
        for (cells, row) in zip(table.rows.map(table.cells), rollUp.rows) {
            #expect(cells["name"] == .text(row.title))
            #expect(cells["overallScore"] == .score(row.overall))
            for p in row.perspectives { #expect(cells[p.id] == .score(p.score)) }
        }
        #expect(table.totalCells?["overallScore"] == .score(rollUp.portfolio.overall))
    }

    @Test("portfolio scorecard: every KPI row equals Scorecard.evaluate's result")
    func scorecardKPIs() throws {
        let doc = try Report.document(ReportRequest(kind: .scorecard, today: Self.today), workspace: Self.workspace)
        let table = try #require(doc.tables.first)
        let card = Scorecard.evaluate(Self.workspace, scope: .portfolio, quarter: Self.quarter, today: Self.today,
                                      historyLength: 2)
        let kpiRows = table.rows.map(table.cells).filter { $0["kpi"] != .notApplicable }
        #expect(kpiRows.count == card.kpis.count)
        for (cells, k) in zip(kpiRows, card.kpis) {
            #expect(cells["kpi"] == .text(k.kpi.name))
            #expect(cells["actual"] == .measure(k.actual, of: k.kpi.metric))
            #expect(cells["score"] == .score(k.score))
            #expect(cells["status"] == .status(k.status))
        }
        #expect(doc.fact("overallScore") == .score(card.overall))
    }
}
