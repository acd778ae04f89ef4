import KamAnalytics
import KamModel

/// The pareto report: the 80/20 view of the portfolio (and with a grouping, of each manager's
/// or segment's accounts): headline figures and the ranking by operating profit.
///
/// Every figure is read from `ProfitConcentrationView` and its `ProfitRanking`; gross profit
/// and cost to serve per account from `AccountMeasures`. Analytics gives shares in percent;
/// the report writes them as fractions (divided by 100), so 80% is `0.8` in csv and json.
enum ParetoReport {
    /// The ranking's columns, in order.
    static let columns: [ReportColumn] = [
        ReportColumn("rank", "Rank", .count),
        ReportColumn("id", "ID", .text),
        ReportColumn("name", "Name", .text),
        ReportColumn("revenue", "Revenue", .amount),
        ReportColumn("grossProfit", "Gross profit", .amount),
        ReportColumn("costToServe", "Cost to serve", .amount),
        ReportColumn("operatingProfit", "Op. profit", .amount),
        ReportColumn("share", "Share", .fraction),
        ReportColumn("cumulativeShare", "Cumulative", .fraction),
        ReportColumn("abcClass", "ABC", .text),
        ReportColumn("quadrant", "Quadrant", .text),
    ]

    /// The document for `workspace` over `period`.
    static func document(_ workspace: Workspace, period: Period, grouping: ScorecardRollUp.Grouping?,
                         today: Day) -> ReportDocument {
        let table = AccountTable(workspace: workspace, period: period, today: today)
        let block = Block(table: table, settings: workspace.settings, period: period)
        // The same basis the profitability screen picks: operating profit, or gross profit
        // when no account has a cost to serve on record (order-line imports).
        let portfolio = ProfitConcentrationView(table: table, choosingBasisFor: table.positions(in: .portfolio),
                                                settings: workspace.settings)
        var document = ReportDocument(
            kind: ReportRequest.Kind.pareto.rawValue,
            title: grouping.map { "Profit concentration (80/20) by \($0.rawValue)" } ?? "Profit concentration (80/20)",
            workspace: workspace.name, currency: workspace.currency, period: period, today: today,
            notes: block.notes(portfolio), facts: block.facts(portfolio),
            tables: [block.ranking(portfolio, title: grouping == nil ? nil : "Portfolio ranking")])
        if let grouping {
            document.groupedBy = grouping.rawValue
            document.groups = ReportGroups.list(grouping, in: workspace).map { group in
                let view = ProfitConcentrationView(table: table, choosingBasisFor: table.positions(in: group.scope),
                                                   settings: workspace.settings)
                return ReportGroup(key: group.key, name: group.name, notes: block.notes(view),
                                   facts: block.facts(view), tables: [block.ranking(view, title: nil)])
            }
        }
        return document
    }

    /// Builds the parts of one pareto block from a view.
    struct Block {
        var table: AccountTable
        var settings: Settings
        var period: Period

        /// The headline figures, under the json keys documented in `docs/reports.md`.
        func facts(_ view: ProfitConcentrationView) -> [ReportFact] {
            let r = view.ranking
            let peak = r.whalePeak
            return [
                ReportFact("accountCount", "Accounts", .count(view.accountCount)),
                ReportFact("rankedAccountCount", "Accounts ranked", .count(r.ranked.count)),
                ReportFact("totalRevenue", "Total revenue", .amount(view.totalRevenue)),
                ReportFact("profitBasis", "Ranked by", .text(r.basis.rawValue)),
                ReportFact("totalProfit", "Total \(r.basis.title)", .amount(r.totalProfit)),
                ReportFact("top20AccountCount", "Top 20% of accounts", .count(r.top20Count)),
                ReportFact("top20ProfitShare", "Profit share of the top 20%", .fraction(r.top20Share.map { $0 / 100 })),
                ReportFact("paretoAccountCount", "Accounts for 80% of profit", .count(r.paretoCount)),
                ReportFact("paretoAccountShare", "Share of accounts for 80% of profit",
                           .fraction(r.paretoShareOfAccounts.map { $0 / 100 })),
                ReportFact("valueDestroyerCount", "Value destroyers", .count(r.valueDestroyers.count)),
                ReportFact("valueDestroyerLoss", "Loss of value destroyers", .amount(r.valueDestroyerLoss)),
                ReportFact("whaleCurvePeak", "Whale curve peak", .fraction(peak.map { $0.percent / 100 })),
                ReportFact("whaleCurvePeakRank", "Whale curve peak at rank", .count(peak?.rank)),
                ReportFact("accountsAfterPeak", "Accounts after the peak", .count(peak == nil ? nil : r.accountsAfterPeak.count)),
                ReportFact("hhiRevenue", "HHI of revenue (0-10,000)", .number(view.revenueHHI, decimals: 0)),
                ReportFact("giniRevenue", "Gini of revenue", .number(view.revenueGini, decimals: 3)),
            ]
        }

        /// Remarks: accounts left out of the ranking, and a total without an 80/20 split.
        func notes(_ view: ProfitConcentrationView) -> [String] {
            let r = view.ranking
            var notes: [String] = []
            if r.basis == .grossProfit {
                notes.append("No account has a cost to serve on record, so accounts are ranked by gross profit.")
            }
            if !r.withoutRevenue.isEmpty {
                notes.append("Not ranked, no revenue in \(period): " + Self.list(r.withoutRevenue))
            }
            if !r.withoutProfit.isEmpty {
                notes.append("Not ranked, no \(r.basis.title) in \(period): " + Self.list(r.withoutProfit))
            }
            if !r.ranked.isEmpty && !r.hasProfitSplit {
                notes.append("Total \(r.basis.title) is zero or negative: there is no 80/20 split, so shares, "
                    + "the Pareto cut, the whale curve in % and ABC classes are not given.")
            }
            return notes
        }

        /// The first ten ids, then how many more: a note stays readable for a large portfolio.
        static func list(_ ids: [String]) -> String {
            ids.count <= 10 ? ids.joined(separator: ", ")
                : "\(ids.count) accounts: " + ids.prefix(10).joined(separator: ", ") + " and \(ids.count - 10) more"
        }

        /// The ranking by operating profit (or the basis the view chose), most profitable first.
        func ranking(_ view: ProfitConcentrationView, title: String?) -> ReportTable {
            var quadrants: [String: CostToServeMatrix.Quadrant] = [:]
            for p in view.costToServe.placements where quadrants[p.id] == nil { quadrants[p.id] = p.quadrant }
            let rows = view.ranking.ranked.map { a -> [ReportValue] in
                let m = table.position(id: a.id).map { table.keyFigures[$0] }
                return [
                    .count(a.rank), .text(a.id), .text(a.name), .amount(a.revenue), .amount(m?.grossProfit),
                    // The ranked profit is gross profit when no cost to serve is on record;
                    // operating profit is then "no data", never gross profit relabelled.
                    .amount(m?.costToServe), .amount(view.ranking.basis == .operatingProfit ? a.operatingProfit : m?.operatingProfit),
                    .fraction(a.share.map { $0 / 100 }),
                    .fraction(a.cumulativeShare.map { $0 / 100 }), .text(a.abcClass?.rawValue),
                    .text(quadrants[a.id]?.title),
                ]
            }
            return ReportTable(key: "accounts", title: title, columns: ParetoReport.columns, rows: rows)
        }
    }
}
