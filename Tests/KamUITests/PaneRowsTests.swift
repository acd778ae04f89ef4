import KamAnalytics
import KamModel
import Testing
@testable import KamUI

/// The pane lists whose rows are made as drawn, against the rows the screens built before,
/// all at once (the reference builders below are that code).
@Suite("Pane rows made as drawn")
struct PaneRowsTests {
    @Test("rows in sections: each header, then its items, in order; accounts only on items")
    func sections() {
        for counts in [[], [0], [3], [0, 0, 2], [2, 0, 1, 0], [1, 5, 0, 4, 2]] {
            var rows: [TableRow] = [], accounts: [String?] = []
            for (s, n) in counts.enumerated() {
                rows.append(.group("stage \(s)"))
                accounts.append(nil)
                for k in 0..<n {
                    rows.append(.body([TableCell("\(s).\(k)")]))
                    accounts.append("a\(s).\(k)")
                }
            }
            let made = PaneRows(sections: counts, header: { .group("stage \($0)") },
                                item: { s, k in .body([TableCell("\(s).\(k)")]) }, account: { s, k in "a\(s).\(k)" })
            #expect(Array(made) == rows, "\(counts)")
            #expect((-1...rows.count).map { made.account(at: $0) } == [nil] + accounts + [nil], "\(counts)")
        }
    }

    @Test("the pipeline's opportunities and quiet accounts are the rows built from the analytics' lists",
          arguments: [false, true])
    func pipeline(repeatedIDs: Bool) throws {
        var workspace = AppFixture.workspace
        if repeatedIDs {
            // Two accounts with the first one's id: each is shown with the first one's name.
            workspace.accounts[1].id = workspace.accounts[0].id
            workspace.accounts[7].id = workspace.accounts[0].id
        }
        let state = try AppFixture.state(screen: "pipeline", workspace: workspace)
        let context = state.context()
        let content = PipelineContent(context: context)
        let expected = Self.pipelineRows(context)
        #expect(Self.all(content.opportunities) == expected.opportunities)
        #expect(Self.all(content.quiet) == expected.quiet)
        #expect(content.opportunities.rows.count > 50 && content.quiet.rows.count > 0)
        let names = Set(Self.all(content.opportunities).filter { $0.account == workspace.accounts[0].id }.map { $0.row.cells[1].text })
        #expect(names == [workspace.accounts[0].name])
    }

    @Test("the 80/20 destroyers and quadrants are the rows built from the view, over each span")
    func profitability() throws {
        let state = try AppFixture.state(screen: "pareto")
        let context = state.context()
        for span in ProfitabilityPeriod.allCases {
            let content = ProfitabilityContent(context: context, span: span, scope: .portfolio)
            let period = span.period(quarter: context.quarter, workspace: context.workspace)
            let table = AccountTable(workspace: context.workspace, period: period, today: context.today)
            let view = ProfitConcentrationView(table: table, choosingBasisFor: Array(0..<table.count),
                                               settings: context.workspace.settings)
            #expect(content.view == view, "\(span)")
            let expected = Self.profitabilityRows(view, table: table, format: context.format, dot: context.dot)
            #expect(Self.all(content.destroyers) == expected.destroyers, "\(span)")
            #expect(Self.all(content.quadrants) == expected.quadrants, "\(span)")
            #expect(content.destroyers.rows.count > 1 && content.quadrants.rows.count > 4)
        }
    }

    @Test("the segmentation lists are the rows built from the account measures")
    func segmentation() throws {
        let state = try AppFixture.state(screen: "matrix")
        let context = state.context()
        let matrix = SegmentationMatrix(rows: context.measures.store.table.rows)
        let lists = SegmentationScreen.lists(matrix, context: context)
        for cell in matrix.cells {
            let made = try #require(lists[cell.quadrant])
            #expect(Self.all(made) == Self.segmentationRows(cell, context: context), "\(cell.quadrant)")
        }
    }

    /// Every row of a pane list with its account.
    static func all(_ list: ScreenPaneList) -> [Row] {
        list.rows.indices.map { Row(row: list.rows[$0], account: list.rows.account(at: $0)) }
    }

    /// A row and its account.
    struct Row: Equatable {
        var row: TableRow
        var account: String?
    }

    /// The pipeline's panes as they were built: every row at once, from `OpportunityList` and `PipelineSummary`.
    static func pipelineRows(_ context: ScreenContext) -> (opportunities: [Row], quiet: [Row]) {
        let ws = context.workspace, format = context.format, dot = context.dot
        var names: [String: String] = [:]
        for account in ws.accounts where names[account.id] == nil { names[account.id] = account.name }
        let list = OpportunityList(accounts: ws.accounts, settings: ws.settings, today: context.today)
        var opportunities: [Row] = []
        for stage in list.stages {
            let stale = stage.staleCount > 0 ? " \(dot) \(stage.staleCount) stale" : ""
            opportunities.append(Row(row: .group("\(stage.total.stage.title) \(dot) \(stage.total.count) \(dot) "
                                                  + format.amount(stage.total.value, compact: true) + stale), account: nil))
            for item in stage.opportunities {
                let role: Role? = item.isStale ? .warning : (item.opportunity.stage == .lost ? .muted : nil)
                opportunities.append(Row(row: .body([TableCell(item.isStale ? "!" : "", role: .warning),
                                                     TableCell(names[item.account] ?? item.account, role: role),
                                                     TableCell(item.opportunity.name, role: role),
                                                     TableCell(format.amount(item.opportunity.value, compact: true), role: role),
                                                     TableCell(format.daysShort(item.daysSinceChange), role: role),
                                                     TableCell(item.opportunity.expectedClose.description, role: role)]),
                                         account: item.account))
            }
        }
        let summary = PipelineSummary(accounts: ws.accounts, settings: ws.settings, today: context.today)
        let quiet = summary.quietAccounts.map { q in
            Row(row: .body([TableCell(names[q.account] ?? q.account),
                            TableCell(q.lastContact?.description ?? "never", role: q.lastContact == nil ? .bad : nil),
                            TableCell(format.daysShort(q.daysSinceLastContact), role: .warning)]), account: q.account)
        }
        return (opportunities, quiet)
    }

    /// The 80/20 lists as they were built: every row at once, from the view.
    static func profitabilityRows(_ view: ProfitConcentrationView, table: AccountTable, format: Format,
                                  dot: String) -> (destroyers: [Row], quadrants: [Row]) {
        let money = { (v: Double?) in format.amount(v, compact: true) }
        let destroyers = view.ranking.valueDestroyers.reversed().map { account in
            let row = table.position(id: account.id).map { table.keyFigures[$0] }
            return Row(row: .body([TableCell(account.name), TableCell(money(account.revenue)), TableCell(money(row?.grossProfit)),
                                   TableCell(money(row?.costToServe)), TableCell(money(account.operatingProfit), role: .bad)]),
                       account: account.id)
        }
        let matrix = view.costToServe
        var quadrants: [Row] = []
        for quadrant in CostToServeMatrix.Quadrant.allCases {
            let placed = matrix.accounts(in: quadrant).sorted { $0.revenue > $1.revenue }
            quadrants.append(Row(row: .group("\(quadrant.title) (\(quadrant.meaning)) \(dot) \(placed.count) \(dot) "
                                             + format.amount(matrix.revenue(in: quadrant), compact: true)), account: nil))
            for p in placed {
                let name = table.position(id: p.id).map { table.names[$0] } ?? p.id
                quadrants.append(Row(row: .body([TableCell(name), TableCell(format.amount(p.revenue, compact: true)),
                                                 TableCell(format.percent(p.costToServeRatio, decimals: 0))]), account: p.id))
            }
        }
        if !matrix.unplaced.isEmpty {
            quadrants.append(Row(row: .group("Not placed (no revenue or cost to serve) \(dot) \(matrix.unplaced.count)"),
                                 account: nil))
        }
        return (destroyers, quadrants)
    }

    /// A segmentation quadrant's list as it was built: every row at once, from the account rows.
    static func segmentationRows(_ cell: SegmentationMatrix.Cell, context: ScreenContext) -> [Row] {
        let format = context.format
        var rows: [String: AccountRow] = [:]
        for row in context.measures.rows where rows[row.id] == nil { rows[row.id] = row }
        let accounts = cell.accounts.compactMap { rows[$0] }.sorted {
            ($0.keyFigures.revenue ?? -.infinity, $1.name) > ($1.keyFigures.revenue ?? -.infinity, $0.name)
        }
        return accounts.map { row in
            let details = row.details
            return Row(row: .body([TableCell(row.name), TableCell(row.tier.shortTitle, role: row.tier == .key ? .highlight : nil),
                                   TableCell(format.amount(row.keyFigures.revenue, compact: true)),
                                   TableCell(format.number(details.attractiveness, decimals: 1)),
                                   TableCell(format.number(details.relationshipStrength, decimals: 1))]), account: row.id)
        }
    }
}
