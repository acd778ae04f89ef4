import KamModel

/// One typed cell or headline figure of a report: how it is written depends on the format.
///
/// Human formats (text, markdown) round and group; machine formats (csv, json) write the
/// exact number. `percent` values are in percent units (34.5 for 34.5%) in every format;
/// `fraction` values are shares of a whole (0.8 for 80%): shown as `80.0%` to people and
/// written as `0.8` for machines.
public enum ReportValue: Sendable, Equatable {
    /// Free text such as a name.
    case text(String)
    /// A money amount in the workspace currency.
    case amount(Double)
    /// A percentage in percent units; `signed` writes growth as `+4.1%`.
    case percent(Double, signed: Bool = false)
    /// A share of a whole, 0...1 (can exceed 1, as the whale curve does).
    case fraction(Double)
    /// A whole number of things.
    case count(Int)
    /// A 0-100 score, or an NPS (-100...100), shown as a whole number.
    case score(Double)
    /// A plain measure such as days or meetings per quarter, shown with `decimals` decimals.
    case number(Double, decimals: Int = 1)
    /// A red/amber/green status.
    case status(RAGStatus)
    /// A calendar quarter.
    case quarter(Quarter)
    /// A calendar date.
    case date(Day)
    /// No data: `–` for people, an empty cell in csv, `null` in json.
    case noData
    /// Nothing belongs here (the KPI cell of a perspective row): blank for people, an empty
    /// cell in csv, `null` in json.
    case notApplicable

    /// `value` as an amount, or no data when nil or not finite.
    public static func amount(_ value: Double?) -> ReportValue { finite(value).map { .amount($0) } ?? .noData }
    /// `value` as a percentage, or no data.
    public static func percent(_ value: Double?, signed: Bool = false) -> ReportValue {
        finite(value).map { .percent($0, signed: signed) } ?? .noData
    }
    /// `value` as a fraction, or no data.
    public static func fraction(_ value: Double?) -> ReportValue { finite(value).map { .fraction($0) } ?? .noData }
    /// `value` as a count, or no data.
    public static func count(_ value: Int?) -> ReportValue { value.map { .count($0) } ?? .noData }
    /// `value` as a score, or no data.
    public static func score(_ value: Double?) -> ReportValue { finite(value).map { .score($0) } ?? .noData }
    /// `value` as a plain measure, or no data.
    public static func number(_ value: Double?, decimals: Int = 1) -> ReportValue {
        finite(value).map { .number($0, decimals: decimals) } ?? .noData
    }
    /// `value` as a status, or no data.
    public static func status(_ value: RAGStatus?) -> ReportValue { value.map { .status($0) } ?? .noData }
    /// `value` as a date, or no data.
    public static func date(_ value: Day?) -> ReportValue { value.map { .date($0) } ?? .noData }
    /// `value` as text, or no data when nil.
    public static func text(_ value: String?) -> ReportValue { value.map { .text($0) } ?? .noData }

    private static func finite(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return value
    }

    /// Whether the value is "no data".
    public var isNoData: Bool { self == .noData }
}
