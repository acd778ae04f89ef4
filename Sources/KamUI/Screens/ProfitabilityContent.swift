import KamAnalytics
import KamModel

/// What the profitability screen shows for one period and scope: the analytics' 80/20 view,
/// and its figures and lists formatted for the panes. Built once per change, drawn often.
struct ProfitabilityContent: Sendable {
    /// The 80/20 view from the analytics: every figure drawn comes from here.
    let view: ProfitConcentrationView
    /// The period measured and the scope's name.
    let period: Period
    let scopeTitle: String
    /// The headline figures, one per line.
    let figures: [PaneLine]
    /// The charts' points, taken from the ranking once rather than at every frame: profit
    /// per account in rank order, and the whale curve.
    let profits: [Double]
    let whaleCurve: [Double]
    /// The value destroyers, worst first, with their figures.
    let destroyers: ScreenPaneList
    /// The accounts by revenue-versus-cost-to-serve quadrant.
    let quadrants: ScreenPaneList

    init(context: ScreenContext, span: ProfitabilityPeriod, scope: ScorecardScope) {
        let workspace = context.workspace
        period = span.period(quarter: context.quarter, workspace: workspace)
        scopeTitle = scope.title(in: workspace)
        let table = Self.table(period, context: context)
        let positions = table.positions(in: scope)
        view = ProfitConcentrationView(table: table, choosingBasisFor: positions, settings: workspace.settings)
        let format = context.format
        figures = Self.figures(view, format: format)
        profits = view.ranking.ranked.map(\.operatingProfit)
        whaleCurve = view.ranking.whaleCurve
        destroyers = Self.destroyers(view.ranking, table: table, format: format)
        quadrants = Self.quadrants(view.costToServe, table: table, format: format, dot: context.dot)
    }

    /// The measures of every account over `period`: the account list's own table when it
    /// measures that period (the quarter shown), else measured anew.
    static func table(_ period: Period, context: ScreenContext) -> AccountTable {
        let shown = context.measures.store.table
        guard shown.period == period, shown.today == context.today, shown.count == context.workspace.accounts.count else {
            return AccountTable(workspace: context.workspace, period: period, today: context.today)
        }
        return shown
    }

    /// The headline figures: who earns 80%, the top 20%, the whale peak, value destroyers,
    /// concentration of revenue.
    static func figures(_ view: ProfitConcentrationView, format: Format) -> [PaneLine] {
        let r = view.ranking
        let money = { (v: Double?) in format.amount(v, compact: true) }
        var lines: [PaneLine] = []
        lines.append(PaneLine(text: "Ranked by", value: r.basis.title, valueRole: r.basis == .grossProfit ? .warning : nil))
        lines.append(PaneLine(text: "Accounts ranked", value: format.number(Double(r.ranked.count), decimals: 0)))
        lines.append(PaneLine(text: "Total profit", value: money(r.totalProfit),
                              valueRole: r.totalProfit < 0 ? .bad : nil))
        if r.hasProfitSplit {
            let cut = r.paretoCount.map { "\($0) (\(format.percent(r.paretoShareOfAccounts, decimals: 0)))" }
            lines.append(PaneLine(text: "Earn \(format.percent(r.threshold * 100, decimals: 0))", value: cut ?? format.noData))
            lines.append(PaneLine(text: "Top 20% (\(r.top20Count))", value: format.percent(r.top20Share)))
            let peak = r.whalePeak.map { "\(format.percent($0.percent, decimals: 0)) at \($0.rank)" }
            lines.append(PaneLine(text: "Whale peak", value: peak ?? format.noData))
            lines.append(PaneLine(text: "After the peak", value: "\(r.accountsAfterPeak.count)"))
        } else if !r.ranked.isEmpty {
            lines.append(PaneLine(text: "Total profit not above 0:", role: .warning))
            lines.append(PaneLine(text: "no 80/20 split", role: .warning))
        }
        let destroyers = r.valueDestroyers.count
        lines.append(PaneLine(text: "Value destroyers", value: "\(destroyers)", valueRole: destroyers > 0 ? .bad : nil))
        lines.append(PaneLine(text: "Their loss", value: money(destroyers > 0 ? -r.valueDestroyerLoss : 0),
                              valueRole: destroyers > 0 ? .bad : nil))
        if r.hasProfitSplit {
            let abc = ABCClass.allCases.map { "\($0.rawValue) \(r.count(in: $0))" }.joined(separator: " ")
            lines.append(PaneLine(text: "ABC", value: abc))
        }
        lines.append(PaneLine(text: "On revenue:", role: .muted))
        lines.append(PaneLine(text: "HHI of revenue", value: format.number(view.revenueHHI, decimals: 0)))
        lines.append(PaneLine(text: "Gini of revenue", value: format.number(view.revenueGini, decimals: 2)))
        let unranked = r.withoutRevenue.count + r.withoutProfit.count
        if unranked > 0 {
            lines.append(PaneLine(text: "Not ranked (no data)", value: "\(unranked)", valueRole: .muted))
        }
        if r.basis == .grossProfit {
            lines.append(PaneLine(text: "No cost to serve on file:", role: .warning))
            lines.append(PaneLine(text: "ranked by gross profit", role: .warning))
        }
        return lines
    }

    /// The value destroyers, worst first: revenue, gross profit, cost to serve, operating profit.
    static func destroyers(_ ranking: ProfitRanking, table: AccountTable, format: Format) -> ScreenPaneList {
        let money = { @Sendable (v: Double?) in format.amount(v, compact: true) }
        let column = { (title: String) in TableColumn(title, width: .fixed(6), alignment: .right) }
        let destroyers = ranking.valueDestroyers
        let worst = { @Sendable (i: Int) in destroyers[destroyers.endIndex - 1 - i] }
        let figures = (0..<destroyers.count).map { i in table.position(id: worst(i).id).map { table.keyFigures[$0] } }
        return ScreenPaneList(columns: [TableColumn("Account", width: .flexible(min: 8, max: 30)),
                                        column("Rev"), column("Gross"), column("CtS"), column("Profit")],
                              rows: PaneRows(count: destroyers.count, row: { i in
            let account = worst(i), row = figures[i]
            return .body([TableCell(account.name), TableCell(money(account.revenue)), TableCell(money(row?.grossProfit)),
                          TableCell(money(row?.costToServe)), TableCell(money(account.operatingProfit), role: .bad)])
        }, account: { worst($0).id }))
    }

    /// The placed accounts by quadrant, highest revenue first, each quadrant with its count and revenue.
    static func quadrants(_ matrix: CostToServeMatrix, table: AccountTable, format: Format,
                          dot: String) -> ScreenPaneList {
        // Each quadrant's placements (positions in `matrix.placements`), highest revenue first.
        let placements = matrix.placements, names = placements.map { table.name(id: $0.id) ?? $0.id }
        let byQuadrant = CostToServeMatrix.Quadrant.allCases.map { quadrant in
            placements.indices.filter { placements[$0].quadrant == quadrant }.sorted {
                placements[$0].revenue > placements[$1].revenue
            }
        }
        let quadrants = CostToServeMatrix.Quadrant.allCases
        var titles = zip(quadrants, byQuadrant).map { quadrant, placed in
            "\(quadrant.title) (\(quadrant.meaning)) \(dot) \(placed.count) \(dot) "
                + format.amount(matrix.revenue(in: quadrant), compact: true)
        }
        if !matrix.unplaced.isEmpty { titles.append("Not placed (no revenue or cost to serve) \(dot) \(matrix.unplaced.count)") }
        let headers = titles
        return ScreenPaneList(columns: [TableColumn("Account", width: .flexible(min: 8, max: 30)),
                                        TableColumn("Rev", width: .fixed(6), alignment: .right),
                                        TableColumn("CtS %", width: .fixed(6), alignment: .right)],
                              rows: PaneRows(sections: headers.indices.map { $0 < byQuadrant.count ? byQuadrant[$0].count : 0 },
                                             header: { .group(headers[$0]) }, item: { s, k in
            let p = placements[byQuadrant[s][k]]
            return .body([TableCell(names[byQuadrant[s][k]]), TableCell(format.amount(p.revenue, compact: true)),
                          TableCell(format.percent(p.costToServeRatio, decimals: 0))])
        }, account: { s, k in placements[byQuadrant[s][k]].id }))
    }
}

extension CostToServeMatrix.Quadrant {
    /// What the quadrant holds, in a few words.
    var meaning: String {
        switch self {
        case .protect: "high rev, low cost"
        case .reprice: "high rev, high cost"
        case .maintain: "low rev, low cost"
        case .review: "low rev, high cost"
        }
    }
}
