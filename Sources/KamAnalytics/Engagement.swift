import KamModel

/// How actively an account is worked: meetings, calls and other activities in a period, and
/// the last contact as of a given day.
///
/// Meetings and calls count as contact (`ActivityKind.isContact`); emails and notes do not.
/// An account is flagged when it has had no contact for `settings.noContactDays` days or
/// more as of `today`, or has no contact on record at all. Activities dated after `today`
/// are not counted as contact.
public struct Engagement: Sendable, Equatable {
    /// Meetings and calls in the period.
    public var meetingsAndCalls: Int
    /// Activities of every kind in the period.
    public var activities: Int
    /// Number of quarters in the period.
    public var quarters: Int
    /// Whether the account keeps an activity log at all (any activity of any date).
    public var hasActivityLog: Bool
    /// The last meeting or call on or before `today`.
    public var lastContact: Day?
    /// Days from the last contact to `today`.
    public var daysSinceLastContact: Int?
    /// No contact for `noContactDays` days or more, or none on record.
    public var noRecentContact: Bool

    /// The engagement of `account` in `period`, with the last contact as of `today`.
    public init(account: Account, period: Period, settings: Settings, today: Day) {
        let first = period.firstDay.daysSinceEpoch, last = period.lastDay.daysSinceEpoch
        let now = today.daysSinceEpoch
        var meetings = 0, all = 0, latest: Int?
        let records = account.records
        for i in 0..<records.activityCount {
            let d = records.activityDate(i).daysSinceEpoch
            let inPeriod = d >= first && d <= last
            if inPeriod { all += 1 }
            if records.activityKind(i).isContact {
                if inPeriod { meetings += 1 }
                if d <= now, latest.map({ d > $0 }) ?? true { latest = d }
            }
        }
        meetingsAndCalls = meetings
        activities = all
        quarters = period.length
        hasActivityLog = records.activityCount > 0
        lastContact = latest.map(Day.init(daysSinceEpoch:))
        daysSinceLastContact = latest.map { now - $0 }
        noRecentContact = Self.isFlagged(daysSinceLastContact: daysSinceLastContact, settings: settings)
    }

    /// Whether `days` since the last contact (nil: never) is long enough to flag the account.
    public static func isFlagged(daysSinceLastContact days: Int?, settings: Settings) -> Bool {
        guard let days else { return true }
        return days >= settings.noContactDays
    }

    /// Meetings and calls per quarter; nil when the account keeps no activity log.
    public var meetingsPerQuarter: Double? {
        hasActivityLog ? Double(meetingsAndCalls) / Double(max(quarters, 1)) : nil
    }

    /// Activities per quarter; nil when the account keeps no activity log.
    public var activitiesPerQuarter: Double? {
        hasActivityLog ? Double(activities) / Double(max(quarters, 1)) : nil
    }
}
