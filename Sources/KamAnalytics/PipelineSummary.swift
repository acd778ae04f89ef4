import KamModel

/// An activity with the account it belongs to, for portfolio-wide lists.
public struct AccountActivity: Sendable, Equatable {
    /// The account's id.
    public var account: String
    /// The activity.
    public var activity: Activity
}

/// An account that has had no contact for a while.
public struct QuietAccount: Sendable, Equatable {
    /// The account's id.
    public var account: String
    /// The last meeting or call on or before the day asked for; nil when none is on record.
    public var lastContact: Day?
    /// Days since then; nil when never.
    public var daysSinceLastContact: Int?
}

/// The portfolio's pipeline and activity at a glance: opportunities by stage, stale deals,
/// recent activities and accounts gone quiet: a `Pipeline` and an `ActivitySummary` (which
/// says which activities are recent and which accounts quiet).
public struct PipelineSummary: Sendable, Equatable {
    /// Opportunities by stage and the stale ones.
    public var pipeline: Pipeline
    /// The most recent activities, newest first (at most the limit asked for).
    public var recentActivities: [AccountActivity]
    /// Accounts with no recent contact.
    public var quietAccounts: [QuietAccount]

    /// The summary of `accounts` as of `today`, keeping `recentLimit` recent activities.
    public init(accounts: [Account], settings: Settings, today: Day, recentLimit: Int = 20) {
        pipeline = Pipeline(accounts: accounts, settings: settings, today: today)
        let activity = ActivitySummary(accounts: accounts, settings: settings, today: today, recentLimit: recentLimit)
        recentActivities = activity.recentActivities
        quietAccounts = activity.quietAccounts
    }
}
