import KamModel

/// The activity half of `PipelineSummary`: the most recent activities and the accounts gone
/// quiet, without the opportunities.
///
/// Recent activities are those dated on or before `today` (later ones are planned, not
/// done), newest first, ties by account id then activity id. Quiet accounts are those with
/// no meeting or call for `settings.noContactDays` days or more, or none on record; never
/// contacted first, then longest silence first, ties by id.
public struct ActivitySummary: Sendable, Equatable {
    /// The most recent activities, newest first (at most the limit asked for).
    public var recentActivities: [AccountActivity]
    /// Accounts with no recent contact.
    public var quietAccounts: [QuietAccount]

    /// The activity of `accounts` as of `today`, keeping `recentLimit` recent activities.
    public init(accounts: [Account], settings: Settings, today: Day, recentLimit: Int = 20) {
        let now = today.daysSinceEpoch
        // Positions (account, activity) of the newest so far: only `recentLimit` of them are kept.
        var recent = FirstInOrder<(account: Int, activity: Int)>(limit: recentLimit) { x, y in
            let a = accounts[x.account], b = accounts[y.account]
            let first = a.activities[x.activity], second = b.activities[y.activity]
            if first.date != second.date { return first.date > second.date }
            if a.id != b.id { return a.id < b.id }
            return first.id < second.id
        }
        var quiet: [QuietAccount] = []
        for (p, account) in accounts.enumerated() {
            var latest: Int?
            for (i, a) in account.activities.enumerated() {
                let d = a.date.daysSinceEpoch
                guard d <= now else { continue }
                recent.add((p, i))
                if a.kind.isContact, latest.map({ d > $0 }) ?? true { latest = d }
            }
            let days = latest.map { now - $0 }
            if Engagement.isFlagged(daysSinceLastContact: days, settings: settings) {
                quiet.append(QuietAccount(account: account.id, lastContact: latest.map(Day.init(daysSinceEpoch:)),
                                          daysSinceLastContact: days))
            }
        }
        recentActivities = recent.items.map {
            AccountActivity(account: accounts[$0.account].id, activity: accounts[$0.account].activities[$0.activity])
        }
        quietAccounts = quiet.sorted {
            let a = $0.daysSinceLastContact ?? Int.max, b = $1.daysSinceLastContact ?? Int.max
            return a != b ? a > b : $0.account < $1.account
        }
    }
}
