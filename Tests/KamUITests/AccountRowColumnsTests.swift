import KamAnalytics
import KamDemo
import KamModel
import Testing
@testable import KamUI

@Suite("Account list rows in columns")
struct AccountRowColumnsTests {
    static let quarter = Quarter(year: 2026, quarter: 3)

    /// Demo accounts (two parts) with gaps, two managers of one name, and an account whose
    /// manager is not listed but has another manager's name as its id.
    static let workspace: Workspace = {
        var workspace = DemoPortfolio.generate(accounts: 700, quarters: 8, seed: 21, lastQuarter: quarter)
        for i in stride(from: 0, to: 700, by: 8) { workspace.accounts[i].quarters[quarter.previous] = nil }
        for i in stride(from: 4, to: 700, by: 11) { workspace.accounts[i].quarters[quarter]?.custom = [:] }
        for i in stride(from: 6, to: 700, by: 17) { workspace.accounts[i].quarters[quarter.previous]?.custom["old"] = 1 }
        workspace.managers[1].name = workspace.managers[0].name
        workspace.accounts[9].manager = workspace.managers[2].name
        // Survey answers over 32 bits: the row's totals of the quarter before are kept apart.
        workspace.accounts[30].quarters[quarter.previous]?.nps = NPSSurvey(promoters: 1 << 40, passives: 1, detractors: 2)
        return workspace
    }()

    static let table = AccountMeasuresTable(workspace: workspace, quarter: quarter, today: AppFixture.today)

    @Test("a row, a position in the table's columns, gives what its account gives")
    func rowEqualsAccount() {
        let ws = Self.workspace
        var managerNames: [String: String] = [:]
        for manager in ws.managers { managerNames[manager.id] = manager.name }
        for (i, account) in ws.accounts.enumerated() {
            let row = Self.table.rows[i]
            let m = AccountMeasures(account: account, index: i, period: .quarter(Self.quarter), settings: ws.settings,
                                    today: AppFixture.today)
            #expect(row.index == i && row.measures == m, "row \(i)")
            let previous = MeasureTotals(account: account, period: .quarter(Self.quarter.previous))
            #expect(row.previousTotals == previous && CompactTotals(row.previousTotals).hasSameBits(as: CompactTotals(previous)))
            #expect(CompactTotals(row.measures.totals).hasSameBits(as: CompactTotals(m.totals)), "row \(i)")
            #expect(row.id == account.id && row.name == account.name && row.manager == account.manager)
            #expect(row.segment == account.segment && row.tier == account.tier && row.industry == account.industry)
            #expect(row.status == account.status && row.managerName == managerNames[account.manager] ?? account.manager)
            let keys = row.keyFigures
            #expect(keys.revenue == m.revenue && keys.grossProfit == m.grossProfit)
            #expect(keys.costToServe == m.costToServe && keys.operatingProfit == m.operatingProfit)
            #expect(row.daysSinceLastContact == m.daysSinceLastContact && row.details.noRecentContact == m.noRecentContact)
            #expect(row.details.openPipelineValue == m.openPipelineValue && row.details.lifetimeValue == m.lifetimeValue)
            #expect(Int(row.details.staleOpportunities) == m.staleOpportunities)
            for metric in BuiltInMetric.allCases {
                #expect(row.value(of: metric) == m.value(of: .builtIn(metric)), "row \(i) \(metric)")
            }
        }
    }

    @Test("roll-ups summed from the columns equal the accounts' totals added one by one, and are scored from them")
    func rollUpsEqualAddedTotals() {
        let ws = Self.workspace, table = Self.table
        for members in [Array(table.rows), table.rows.filter { $0.manager == ws.accounts[0].manager },
                        table.rows.filter { $0.index % 3 == 1 }, []] {
            var totals = MeasureTotals(), previous = MeasureTotals()
            for row in members {
                totals.add(MeasureTotals(account: ws.accounts[row.index], period: .quarter(Self.quarter)))
                previous.add(MeasureTotals(account: ws.accounts[row.index], period: .quarter(Self.quarter.previous)))
            }
            let rollUp = table.rollUp(members)
            #expect(rollUp.count == members.count && rollUp.totals == totals)
            #expect(CompactTotals(rollUp.totals).hasSameBits(as: CompactTotals(totals)))
            #expect(rollUp.scorecard == Scorecard.evaluate(ws.scorecard, scope: .portfolio, quarter: Self.quarter,
                                                           today: AppFixture.today, history: [previous, totals]))
        }
    }

    @Test("the quarter before is kept in one-quarter rows, the row with counts over 32 bits apart")
    func previousQuarterRows() {
        #expect(Self.table.store.previous.rowsKeptApart == [30])
        #expect(Self.table.store.table.compactTotals.rowsKeptApart.isEmpty)
        #expect(Self.table.rows[30].previousTotals.figures.promoters == 1 << 40)
    }

    @Test("grouping by the table's manager and segment codes gives the groups of the titles")
    func groupsByCodeEqualReference() throws {
        for grouping in AccountGrouping.allCases {
            for text in ["", "tier:key"] {
                let (filter, sort) = (try AccountFilter(text), try AccountSort(parsing: "revenue desc"))
                let lines = AccountListLines(table: Self.table, filter: filter, sort: sort, grouping: grouping)
                AccountListLinesTests.expectReference(lines, table: Self.table, filter: filter, sort: sort,
                                                      grouping: grouping, "\(grouping) / \(text)")
            }
        }
        let keys = Self.table.groupKeys(.manager)
        #expect(Set(keys.titles).count == keys.titles.count, "one group per title")
        #expect(keys.titles.count == Set(Self.table.rows.map(\.managerName)).count)
    }
}
