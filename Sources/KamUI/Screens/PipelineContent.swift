import KamAnalytics
import KamModel

/// What the pipeline screen lists, from the analytics: opportunities by stage with the
/// stale ones flagged, the recent activities across the portfolio, and the accounts with
/// no contact for `settings.noContactDays` days.
///
/// The opportunities and quiet accounts (one row per opportunity or account of the whole
/// portfolio) are kept as the analytics give them and made into rows as they are drawn.
struct PipelineContent: Sendable {
    /// How many recent activities the timeline keeps.
    static let recentLimit = 200

    let opportunities: ScreenPaneList
    let activities: ScreenPaneList
    let quiet: ScreenPaneList
    /// Totals for the titles.
    let openCount: Int
    let openValue: Double
    let staleCount: Int
    let quietCount: Int
    let noContactDays: Int

    init(context: ScreenContext) {
        let workspace = context.workspace
        let format = context.format
        let table = context.measures.store.table
        let name = { (id: String) in table.name(id: id) ?? id }
        let summary = ActivitySummary(accounts: workspace.accounts, settings: workspace.settings, today: context.today,
                                      recentLimit: Self.recentLimit)
        let order = OpportunityOrder(accounts: workspace.accounts, settings: workspace.settings, today: context.today)
        openCount = Pipeline.openCount(order.totals)
        openValue = Pipeline.openValue(order.totals)
        staleCount = order.staleCount
        quietCount = summary.quietAccounts.count
        noContactDays = workspace.settings.noContactDays
        opportunities = Self.opportunities(order, accounts: workspace.accounts, table: table, context: context)

        var rows: [TableRow] = [], accounts: [String?] = []
        for item in summary.recentActivities {
            let a = item.activity
            rows.append(.body([TableCell(a.date.description), TableCell(name(item.account)),
                               TableCell(a.kind.title, role: a.kind.isContact ? nil : .muted), TableCell(a.text)]))
            accounts.append(item.account)
        }
        activities = ScreenPaneList(columns: [
            TableColumn("Date", width: .fixed(10)), TableColumn("Account", width: .flexible(min: 8, max: 20)),
            TableColumn("Kind", width: .fixed(7)), TableColumn("Text", width: .flexible(min: 8, max: 200)),
        ], rows: PaneRows(rows: rows, accounts: accounts))

        let quiet = summary.quietAccounts, quietNames = quiet.map { name($0.account) }
        self.quiet = ScreenPaneList(columns: [
            TableColumn("Account", width: .flexible(min: 8, max: 40)),
            TableColumn("Last contact", width: .fixed(12)),
            TableColumn("Days", width: .fixed(6), alignment: .right),
        ], rows: PaneRows(count: quiet.count, row: { i in
            let q = quiet[i]
            return .body([TableCell(quietNames[i]),
                          TableCell(q.lastContact?.description ?? "never", role: q.lastContact == nil ? .bad : nil),
                          TableCell(format.daysShort(q.daysSinceLastContact), role: .warning)])
        }, account: { quiet[$0].account }))
    }

    /// The opportunities under a header per stage (count, value, stale count); stale ones
    /// flagged with `!` in the warning colour.
    static func opportunities(_ order: OpportunityOrder, accounts: [Account], table: AccountTable,
                              context: ScreenContext) -> ScreenPaneList {
        let format = context.format, dot = context.dot, today = context.today
        let stages = order.stages
        // The position of the first account with each account's id, whose name is shown for
        // it: the account itself unless ids repeat.
        let named = table.hasUniqueIDs && table.count == accounts.count ? nil
            : accounts.indices.map { p in Int32(table.position(id: accounts[p].id).map { min($0, p) } ?? p) }
        return ScreenPaneList(columns: [
            TableColumn("", width: .fixed(1)),
            TableColumn("Account", width: .flexible(min: 8, max: 26)),
            TableColumn("Opportunity", width: .flexible(min: 8, max: 40)),
            TableColumn("Value", width: .fixed(6), alignment: .right),
            TableColumn("Idle", width: .fixed(5), alignment: .right),
            TableColumn("Close", width: .fixed(6)),
        ], rows: PaneRows(sections: stages.map(\.entries.count), header: { s in
            let stage = stages[s]
            let stale = stage.staleCount > 0 ? " \(dot) \(stage.staleCount) stale" : ""
            return .group("\(stage.total.stage.title) \(dot) \(stage.total.count) \(dot) "
                          + format.amount(stage.total.value, compact: true) + stale)
        }, item: { s, k in
            let entry = stages[s].entries[k], item = entry.listed(in: accounts, today: today)
            let shown = named.map { Int($0[Int(entry.account)]) } ?? Int(entry.account)
            let role: Role? = item.isStale ? .warning : (item.opportunity.stage == .lost ? .muted : nil)
            return .body([TableCell(item.isStale ? "!" : "", role: .warning),
                          TableCell(accounts[shown].name, role: role),
                          TableCell(item.opportunity.name, role: role),
                          TableCell(format.amount(item.opportunity.value, compact: true), role: role),
                          TableCell(format.daysShort(item.daysSinceChange), role: role),
                          TableCell(item.opportunity.expectedClose.description, role: role)])
        }, account: { s, k in accounts[Int(stages[s].entries[k].account)].id }))
    }
}
