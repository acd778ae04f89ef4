import KamAnalytics
import KamModel

/// What the pipeline screen lists, from the analytics: opportunities by stage with the
/// stale ones flagged, the recent activities across the portfolio, and the accounts with
/// no contact for `settings.noContactDays` days.
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
        var names: [String: String] = [:]
        for account in workspace.accounts where names[account.id] == nil { names[account.id] = account.name }
        let summary = PipelineSummary(accounts: workspace.accounts, settings: workspace.settings, today: context.today,
                                      recentLimit: Self.recentLimit)
        let list = OpportunityList(accounts: workspace.accounts, settings: workspace.settings, today: context.today)
        openCount = summary.pipeline.openCount
        openValue = summary.pipeline.openValue
        staleCount = list.staleCount
        quietCount = summary.quietAccounts.count
        noContactDays = workspace.settings.noContactDays
        opportunities = Self.opportunities(list, names: names, context: context)

        var activities = ScreenPaneList(columns: [
            TableColumn("Date", width: .fixed(10)), TableColumn("Account", width: .flexible(min: 8, max: 20)),
            TableColumn("Kind", width: .fixed(7)), TableColumn("Text", width: .flexible(min: 8, max: 200)),
        ])
        for item in summary.recentActivities {
            let a = item.activity
            activities.row([TableCell(a.date.description), TableCell(names[item.account] ?? item.account),
                            TableCell(a.kind.title, role: a.kind.isContact ? nil : .muted), TableCell(a.text)],
                           account: item.account)
        }
        self.activities = activities

        var quiet = ScreenPaneList(columns: [
            TableColumn("Account", width: .flexible(min: 8, max: 40)),
            TableColumn("Last contact", width: .fixed(12)),
            TableColumn("Days", width: .fixed(6), alignment: .right),
        ])
        for q in summary.quietAccounts {
            quiet.row([TableCell(names[q.account] ?? q.account),
                       TableCell(q.lastContact?.description ?? "never", role: q.lastContact == nil ? .bad : nil),
                       TableCell(format.daysShort(q.daysSinceLastContact), role: .warning)], account: q.account)
        }
        self.quiet = quiet
    }

    /// The opportunities under a header per stage (count, value, stale count); stale ones
    /// flagged with `!` in the warning colour.
    static func opportunities(_ list: OpportunityList, names: [String: String],
                              context: ScreenContext) -> ScreenPaneList {
        let format = context.format, dot = context.dot
        var pane = ScreenPaneList(columns: [
            TableColumn("", width: .fixed(1)),
            TableColumn("Account", width: .flexible(min: 8, max: 26)),
            TableColumn("Opportunity", width: .flexible(min: 8, max: 40)),
            TableColumn("Value", width: .fixed(6), alignment: .right),
            TableColumn("Idle", width: .fixed(5), alignment: .right),
            TableColumn("Close", width: .fixed(6)),
        ])
        for stage in list.stages {
            let stale = stage.staleCount > 0 ? " \(dot) \(stage.staleCount) stale" : ""
            pane.group("\(stage.total.stage.title) \(dot) \(stage.total.count) \(dot) "
                       + format.amount(stage.total.value, compact: true) + stale)
            for item in stage.opportunities {
                let role: Role? = item.isStale ? .warning : (item.opportunity.stage == .lost ? .muted : nil)
                pane.row([TableCell(item.isStale ? "!" : "", role: .warning),
                          TableCell(names[item.account] ?? item.account, role: role),
                          TableCell(item.opportunity.name, role: role),
                          TableCell(format.amount(item.opportunity.value, compact: true), role: role),
                          TableCell(format.daysShort(item.daysSinceChange), role: role),
                          TableCell(item.opportunity.expectedClose.description, role: role)],
                         account: item.account)
            }
        }
        return pane
    }
}
