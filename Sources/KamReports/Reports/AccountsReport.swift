import KamAnalytics
import KamModel

/// The accounts report: one row per account with its measures for the period, optionally
/// grouped by manager or segment with a subtotal per group and a portfolio total.
///
/// Every figure comes from `AccountMeasures` (account rows) or from `MeasureTotals` summed
/// by `AccountTable.totals(of:)` (subtotals and totals): group margins, growth and
/// ROI are recomputed from the group's summed figures, never added up from rows. The score
/// is the account's (or group's) balanced scorecard overall score, evaluated by
/// `Scorecard.evaluate` over the period's totals against the totals of the period before
/// (for a range, overrides of the range's last quarter apply).
enum AccountsReport {
    /// The columns, in order.
    static let columns: [ReportColumn] = [
        ReportColumn("id", "ID", .text),
        ReportColumn("name", "Name", .text),
        ReportColumn("manager", "Manager", .text),
        ReportColumn("segment", "Segment", .text),
        ReportColumn("tier", "Tier", .text),
        ReportColumn("status", "Status", .text),
        ReportColumn("revenue", "Revenue", .amount),
        ReportColumn("growthQoQPercent", "QoQ", .percent),
        ReportColumn("growthYoYPercent", "YoY", .percent),
        ReportColumn("grossMarginPercent", "GM %", .percent),
        ReportColumn("costToServe", "Cost to serve", .amount),
        ReportColumn("operatingProfit", "Op. profit", .amount),
        ReportColumn("roiPercent", "ROI", .percent),
        ReportColumn("nps", "NPS", .score),
        ReportColumn("shareOfWalletPercent", "Wallet", .percent),
        ReportColumn("score", "Score", .score),
        ReportColumn("scoreStatus", "RAG", .status),
        ReportColumn("lastContact", "Last contact", .date),
        ReportColumn("daysSinceContact", "Days", .count),
    ]

    /// The document for `workspace` over `period`.
    static func document(_ workspace: Workspace, period: Period, grouping: ScorecardRollUp.Grouping?,
                         today: Day) -> ReportDocument {
        let table = AccountTable(workspace: workspace, period: period, today: today)
        let before = AccountTable(workspace: workspace, period: period.previous, today: today)
        let context = Context(workspace: workspace, period: period, today: today, table: table, before: before)
        let portfolioTotal = context.totalRow(label: "Portfolio total", positions: Array(table.rows.indices),
                                              scope: .portfolio)
        var document = ReportDocument(
            kind: ReportRequest.Kind.accounts.rawValue,
            title: grouping.map { "Accounts by \($0.rawValue)" } ?? "Accounts",
            workspace: workspace.name, currency: workspace.currency, period: period, today: today,
            facts: [ReportFact("accountCount", "Accounts", .count(table.rows.count))])
        guard let grouping else {
            document.tables = [ReportTable(key: "accounts", columns: columns,
                                           rows: table.rows.indices.map(context.row), total: portfolioTotal)]
            return document
        }
        document.tables = [ReportTable(key: "accounts", title: "Portfolio", columns: columns, rows: [],
                                       total: portfolioTotal)]
        document.groupedBy = grouping.rawValue
        document.groups = ReportGroups.list(grouping, in: workspace).map { group in
            let positions = table.positions(in: group.scope)
            return ReportGroup(key: group.key, name: group.name,
                               facts: [ReportFact("accountCount", "Accounts", .count(positions.count))],
                               tables: [ReportTable(key: "accounts", columns: columns,
                                                    rows: positions.map(context.row),
                                                    total: context.totalRow(label: "Subtotal", positions: positions,
                                                                            scope: group.scope))])
        }
        return document
    }

    /// What the rows are built from.
    struct Context {
        var workspace: Workspace
        var period: Period
        var today: Day
        /// The measures of the period.
        var table: AccountTable
        /// The measures of the period before, for the scorecard trend (same positions).
        var before: AccountTable

        /// The row of the account at `position` in the tables (its position in the workspace).
        func row(_ position: Int) -> [ReportValue] {
            let m = table.rows[position]
            let account = workspace.accounts[position]
            let scorecard = evaluate(scope: .account(m.id), history: [before.totals(at: position), m.totals])
            return [
                .text(m.id), .text(m.name), .text(workspace.manager(id: m.manager)?.name ?? m.manager),
                .text(m.segment), .text(m.tier.title), .text(account.status.title),
                .amount(m.revenue), .percent(m.revenueGrowthQoQ, signed: true),
                .percent(m.revenueGrowthYoY, signed: true), .percent(m.grossMargin), .amount(m.costToServe),
                .amount(m.operatingProfit), .percent(m.accountROI), .score(m.nps), .percent(m.shareOfWallet),
                .score(scorecard.overall), .status(scorecard.overallStatus), .date(m.lastContact),
                .count(m.daysSinceLastContact),
            ]
        }

        /// The total row of the accounts at `positions`, from their summed figures.
        func totalRow(label: String, positions: [Int], scope: ScorecardScope) -> [ReportValue] {
            let totals = table.totals(of: positions)
            let previous = before.totals(of: positions)
            let scorecard = evaluate(scope: scope, history: [previous, totals])
            let na = ReportValue.notApplicable
            return [
                na, .text(label), na, na, na, na,
                .amount(totals.value(of: .revenue)), .percent(totals.revenueGrowthQoQ, signed: true),
                .percent(totals.revenueGrowthYoY, signed: true), .percent(totals.value(of: .grossMargin)),
                .amount(totals.figures.costToServe.value), .amount(totals.value(of: .operatingProfit)),
                .percent(totals.value(of: .accountROI)), .score(totals.value(of: .nps)),
                .percent(totals.value(of: .shareOfWallet)),
                .score(scorecard.overall), .status(scorecard.overallStatus), na, na,
            ]
        }

        /// The scorecard of `scope` from the totals of the period before and the period.
        func evaluate(scope: ScorecardScope, history: [MeasureTotals]) -> ScorecardResult {
            Scorecard.evaluate(workspace.scorecard, scope: scope, quarter: period.last, today: today, history: history)
        }
    }
}
