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

    /// The demo accounts with figures that test how a one-quarter row keeps its totals:
    /// zeros of negative sign, survey answers over 32 bits (a row kept apart), negative
    /// revenue with retention, NPS without CSAT, cost to serve without revenue.
    static let unusual: Workspace = {
        var workspace = Self.workspace
        let q = Quarter(year: 2026, quarter: 3)
        workspace.accounts[20].quarters[q]?.revenue = -0.0
        workspace.accounts[20].quarters[q]?.grossProfit = -0.0
        workspace.accounts[21].quarters[q]?.nps = NPSSurvey(promoters: Int(Int32.max) + 1, passives: 2, detractors: 3)
        workspace.accounts[22].quarters[q]?.revenue = -5
        workspace.accounts[22].quarters[q]?.retention = 0.5
        workspace.accounts[23].quarters[q]?.costToServe = CostToServe(sales: -0.0, accountTeam: -0.0, support: -0.0,
                                                                      logistics: -0.0, other: -0.0)
        workspace.accounts[24].quarters[q]?.csat = nil
        workspace.accounts[25].quarters[q]?.revenue = nil
        workspace.accounts[26].quarters[q]?.csat = CSATSurvey(satisfied: 7, responses: Int(Int32.min) - 1)
        return workspace
    }()

    @Test("one-quarter rows, kept as the figures they are summed from, give back the same bits and roll-ups")
    func quarterRowsKeepTheSameBits() {
        let ws = Self.unusual, period = Period.quarter(Quarter(year: 2026, quarter: 3))
        let table = AccountTable(workspace: ws, period: period, today: Self.today)
        #expect(table.compactTotals.rowsKeptApart == [21, 26], "only the rows with counts over 32 bits")
        func bits(_ v: Double?) -> UInt64? { v?.bitPattern }
        for (i, account) in ws.accounts.enumerated() {
            let m = AccountMeasures(account: account, index: i, period: period, settings: ws.settings, today: Self.today)
            #expect(table.compactTotals[i].hasSameBits(as: CompactTotals(m.totals)), "row \(i)")
            #expect(CompactTotals(table.totals(at: i)).hasSameBits(as: CompactTotals(m.totals)), "row \(i)")
            let keys = table.keyFigures[i]
            #expect(bits(keys.revenue) == bits(m.revenue) && bits(keys.grossProfit) == bits(m.grossProfit), "row \(i)")
            #expect(bits(keys.costToServe) == bits(m.costToServe), "row \(i)")
            #expect(bits(keys.operatingProfit) == bits(m.operatingProfit), "row \(i)")
        }
        for scope in [ScorecardScope.portfolio, .manager(ws.accounts[21].manager), .account(ws.accounts[20].id)] {
            let positions = table.positions(in: scope)
            var reference = MeasureTotals()
            for p in positions { reference.add(MeasureTotals(account: ws.accounts[p], period: period)) }
            let sum = table.totals(of: positions)
            #expect(sum == reference && CompactTotals(sum).hasSameBits(as: CompactTotals(reference)), "\(scope)")
        }
        let column = AccountTable(workspace: Self.workspace, period: period, today: Self.today).compactTotals
        #expect(column.rowsKeptApart.isEmpty && column.count == Self.workspace.accounts.count)
    }

    @Test("a one-quarter row's totals are kept as figures only when they give back the same bits")
    func quarterTotalsRefuseWhatTheyCannotKeep() throws {
        let account = Self.unusual.accounts[20], period = Period.quarter(Quarter(year: 2026, quarter: 3))
        let t = MeasureTotals(account: account, period: period)
        let row = try #require(QuarterTotals(t))
        var back = MeasureTotals()
        row.add(to: &back)
        var withoutCustom = t
        withoutCustom.figures.custom = [:]
        #expect(CompactTotals(back).hasSameBits(as: CompactTotals(t)) && back == withoutCustom)
        var two = t
        two.add(t)
        #expect(QuarterTotals(two) == nil, "two accounts")
        var negativeZero = t
        negativeZero.figures.grossProfit.total = -0.0
        #expect(QuarterTotals(negativeZero) == nil, "a zero that would come back positive")
        #expect(!CompactTotals(negativeZero).hasSameBits(as: CompactTotals(t)) && negativeZero == t)
        #expect(QuarterTotals(MeasureTotals(account: account, period: .lastFourQuarters(endingAt: period.last))) == nil)
    }

    @Test("details keep unknown apart from zero")
    func detailsKeepUnknownApartFromZero() {
        var details = AccountTable.Details()
        #expect(details.lifetimeValue == nil && details.lastContactDay == nil && details.attractiveness == nil)
        details.lifetimeValue = 0
        details.lastContactDay = -3
        details.relationshipStrength = 2.5
        #expect(details.lifetimeValue == 0 && details.lastContactDay == -3 && details.relationshipStrength == 2.5)
        #expect(details != AccountTable.Details() && details.attractiveness == nil && details.yearlyGrossMargin == nil)
        details.lifetimeValue = nil
        details.lastContactDay = nil
        details.relationshipStrength = nil
        #expect(details == AccountTable.Details())
        #expect(MemoryLayout<AccountTable.Details>.stride <= 56 && MemoryLayout<QuarterTotals>.stride <= 160)
    }

    @Test("the position index finds the first position of each id, as a dictionary does")
    func positionIndexFindsFirstPositions() {
        for ids in [[], ["a"], ["", "a", "", "b", "a"], (0..<5000).map { "ACC-\($0 % 3700)" }] {
            var reference: [String: Int] = [:]
            for (p, id) in ids.enumerated() where reference[id] == nil { reference[id] = p }
            let index = PositionIndex(ids)
            #expect(index.count == reference.count)
            for id in Set(ids) { #expect(index[id] == reference[id], "\(id)") }
            for id in ["missing", "ACC-3700", "ACC-"] { #expect(index[id] == nil) }
        }
    }

    @Test("custom figures by position keep unknown apart from zero, and counts over quarters")
    func customFiguresByPosition() {
        var one = MeasureTotals(), two = MeasureTotals(), none = MeasureTotals()
        one.figures.custom = ["a": KnownSum(total: 0, count: 1)]
        two.figures.custom = ["b": KnownSum(total: 7.5, count: 4), "a": KnownSum(total: -1, count: 2)]
        none.figures.custom = [:]
        var first = CustomFigureColumns.Part(), second = CustomFigureColumns.Part()
        first.add(one)
        first.add(none)
        second.add(two)
        let columns = CustomFigureColumns(parts: [first, second])
        #expect(columns.names == ["a", "b"] && columns.values.count == 6)
        #expect(columns.figures(0) == one.figures.custom && columns.figures(1) == [:])
        #expect(columns.figures(2) == two.figures.custom && columns.figure("b", row: 2)?.count == 4)
        #expect(columns.values[1] == nil && columns.values[0] == KnownSum(total: 0, count: 1))
    }
}

