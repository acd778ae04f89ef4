import KamDemo
import KamModel
import Testing
@testable import KamAnalytics

@Suite("Account table columns")
struct AccountTableColumnsTests {
    /// Demo accounts (enough for two parts, 512 and up) with gaps: no figures, no custom
    /// figures, an extra custom figure, repeated ids, unknown managers.
    static let workspace: Workspace = {
        let quarter = Quarter(year: 2026, quarter: 3)
        var workspace = DemoPortfolio.generate(accounts: 600, quarters: 8, seed: 11, lastQuarter: quarter)
        for i in stride(from: 0, to: 600, by: 9) { workspace.accounts[i].quarters[quarter] = nil }
        for i in stride(from: 1, to: 600, by: 7) { workspace.accounts[i].quarters[quarter]?.custom = [:] }
        for i in stride(from: 2, to: 600, by: 13) { workspace.accounts[i].quarters[quarter]?.custom["late"] = Double(i) }
        for i in stride(from: 5, to: 600, by: 50) { workspace.accounts[i].id = workspace.accounts[i - 1].id }
        workspace.accounts[3].manager = "nobody"
        return workspace
    }()

    static let today = day("2026-08-15")

    @Test("each row, kept in columns, is the AccountMeasures computed from its account", arguments: [
        Period.quarter(Quarter(year: 2026, quarter: 3)), .lastFourQuarters(endingAt: Quarter(year: 2026, quarter: 3)),
        .quarter(Quarter(year: 2020, quarter: 1)),
    ])
    func rowsEqualMeasures(period: Period) {
        let ws = Self.workspace
        let table = AccountTable(workspace: ws, period: period, today: Self.today)
        #expect(table.count == ws.accounts.count && table.rows.count == ws.accounts.count)
        for (i, account) in ws.accounts.enumerated() {
            let m = AccountMeasures(account: account, index: i, period: period, settings: ws.settings, today: Self.today)
            #expect(table.rows[i] == m, "row \(i)")
            #expect(table.totals(at: i) == m.totals, "row \(i)")
            #expect(table.keyFigures[i] == AccountTable.KeyFigures(revenue: m.revenue, grossProfit: m.grossProfit,
                                                                    costToServe: m.costToServe,
                                                                    operatingProfit: m.operatingProfit))
            for metric in BuiltInMetric.allCases {
                #expect(table.value(of: metric, at: i) == m.value(of: .builtIn(metric)), "row \(i) \(metric)")
            }
            #expect(table.details[i].daysSinceLastContact(today: Self.today) == m.daysSinceLastContact)
        }
        let repeated = ws.accounts[5].id
        #expect(table.row(id: repeated)?.index == 4 && table.position(id: repeated) == 4)
        #expect(table.row(id: "no such account") == nil)
    }

    @Test("totals over positions equal the accounts' totals added one by one, custom figures included")
    func totalsEqualAddedMeasures() {
        let ws = Self.workspace, period = Period.lastFourQuarters(endingAt: Quarter(year: 2026, quarter: 3))
        let table = AccountTable(workspace: ws, period: period, today: Self.today)
        for scope in [ScorecardScope.portfolio, .manager(ws.accounts[10].manager), .segment(ws.accounts[0].segment),
                      .account(ws.accounts[7].id), .manager("nobody"), .manager("no such manager")] {
            let positions = table.positions(in: scope)
            var reference = MeasureTotals(quarters: period.length)
            for p in positions { reference.add(MeasureTotals(account: ws.accounts[p], period: period)) }
            #expect(table.totals(of: positions) == reference, "\(scope)")
            #expect(table.rows(in: scope).map(\.id) == positions.map { ws.accounts[$0].id })
        }
        #expect(table.totals(of: table.positions(in: .portfolio)).figures.custom["late"] != nil)
    }
}
