import KamModel

/// Finding the status override that applies to a KPI at a scope, quarter and day.
///
/// An override applies when its KPI and quarter match, `today` is on or before its expiry
/// day, and its scope matches: an override with an account applies only to that account's
/// scorecard; one without an account applies at every scope (each account, each manager,
/// each segment, the portfolio). When several apply, an account-specific one wins over a
/// general one, and among equals the one listed last (the most recently added) wins.
public enum StatusOverrides {
    /// The override for `kpi` at `scope` in `quarter` as of `today`, if any.
    public static func active(in overrides: [StatusOverride], kpi: String, scope: ScorecardScope,
                              quarter: Quarter, today: Day) -> StatusOverride? {
        var general: StatusOverride?
        var specific: StatusOverride?
        for o in overrides where o.kpi == kpi && o.quarter == quarter && today <= o.expires {
            if let account = o.account {
                if scope.accountID == account { specific = o }
            } else {
                general = o
            }
        }
        return specific ?? general
    }
}
