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
        // Fields are read in place, from the packed records (`records.activityDate(i)`):
        // copying an account or an activity would retain each of its strings, a million times over.
        var recent = FirstInOrder<(account: Int, activity: Int)>(limit: recentLimit) { x, y in
            let first = accounts[x.account].records.activityDate(x.activity)
            let second = accounts[y.account].records.activityDate(y.activity)
            if first != second { return first > second }
            if accounts[x.account].id != accounts[y.account].id { return accounts[x.account].id < accounts[y.account].id }
            return accounts[x.account].records.activityID(x.activity) < accounts[y.account].records.activityID(y.activity)
        }
        var quiet: [QuietAccount] = []
        for p in accounts.indices {
            var latest: Int?
            let records = accounts[p].records
            for i in 0..<records.activityCount {
                let d = records.activityDate(i).daysSinceEpoch
                guard d <= now else { continue }
                recent.add((p, i))
                if records.activityKind(i).isContact, latest.map({ d > $0 }) ?? true { latest = d }
            }
            let days = latest.map { now - $0 }
            if Engagement.isFlagged(daysSinceLastContact: days, settings: settings) {
                quiet.append(QuietAccount(account: accounts[p].id, lastContact: latest.map(Day.init(daysSinceEpoch:)),
                                          daysSinceLastContact: days))
            }
        }
        recentActivities = recent.items.map {
            AccountActivity(account: accounts[$0.account].id, activity: accounts[$0.account].records.activity($0.activity))
        }
        quietAccounts = quiet.sorted {
            let a = $0.daysSinceLastContact ?? Int.max, b = $1.daysSinceLastContact ?? Int.max
            return a != b ? a > b : $0.account < $1.account
        }
    }
}
