import KamModel

/// What saving a form changes: the kind of record, its account, and the record as it was
/// when the form opened (nil when the form adds one).
///
/// Keeping the original lets the form carry over what it does not show (unknown fields,
/// the metric of a KPI) and lets the model check nobody changed it meanwhile.
public enum FormPurpose: Sendable, Equatable {
    case account(Account?)
    /// A quarter's figures; `quarter` nil asks for the quarter (adding figures).
    case figures(account: String, quarter: Quarter?, QuarterFigures?)
    case costToServe(account: String, quarter: Quarter, QuarterFigures?)
    case contact(account: String, Contact?)
    case activity(account: String, Activity?)
    case opportunity(account: String, Opportunity?)
    case objective(account: String, Objective?)
    /// A KPI's target, weight and tolerance.
    case kpi(perspective: String, KPI)
    /// A perspective's name and weight.
    case perspective(Perspective)
    /// A status override; `account` is the account the form was opened from.
    case override(account: String?, StatusOverride?)

    /// True when the form adds a record rather than changing one.
    public var isAdding: Bool {
        switch self {
        case .account(let a): a == nil
        case .figures(_, let q, let f): q == nil || f == nil
        case .costToServe(_, _, let f): f?.costToServe == nil
        case .contact(_, let c): c == nil
        case .activity(_, let a): a == nil
        case .opportunity(_, let o): o == nil
        case .objective(_, let o): o == nil
        case .kpi, .perspective: false
        case .override(_, let o): o == nil
        }
    }
}
