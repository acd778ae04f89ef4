/// Numbers written for people: amounts, percentages, growth, NPS, scores and day counts.
///
/// Deterministic and independent of the locale: `,` groups thousands, `.` is the decimal
/// point, `-` the minus sign, and halves round away from zero. A value that rounds to zero
/// is written without a sign. "No data" (nil, or a value that is not finite) is written as
/// `noData`: an en dash `–` in `Format.standard`, a hyphen `-` in `Format.ascii`.
public struct Format: Sendable, Equatable {
    /// What "no data" is written as.
    public var noData: String

    /// A formatter writing "no data" as `noData`.
    public init(noData: String = "–") {
        self.noData = noData
    }

    /// "No data" as an en dash.
    public static let standard = Format()
    /// "No data" as an ASCII hyphen, for plain terminals and files.
    public static let ascii = Format(noData: "-")

    /// An amount: `1,234,567` (rounded to `decimals`), or compact `1.2M`, `350k`, `4.5B`.
    ///
    /// Compact form: below 1,000 the plain number; then k, M, B with one decimal under 10
    /// units (`1.2M`) and none from 10 units (`350k`).
    public func amount(_ value: Double?, decimals: Int = 0, compact: Bool = false) -> String {
        guard let value, value.isFinite else { return noData }
        guard compact else { return Self.fixed(value, decimals: decimals) }
        // A unit starts where the next smaller one would round up to 1000 (999,500 is 1.0M).
        for (size, suffix) in [(1e9, "B"), (1e6, "M"), (1e3, "k")] where abs(value) >= size * 0.9995 {
            let scaled = value / size
            return Self.fixed(scaled, decimals: abs(scaled) < 9.95 ? 1 : 0) + suffix
        }
        return Self.fixed(value, decimals: 0)
    }

    /// A percentage with one decimal (or `decimals`): `12.3%`.
    public func percent(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite else { return noData }
        return Self.fixed(value, decimals: decimals) + "%"
    }

    /// A signed growth percentage: `+4.1%`, `-2.0%`, `0.0%`.
    public func growth(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite else { return noData }
        let text = Self.fixed(value, decimals: decimals)
        return (text.hasPrefix("-") || Self.isZero(text) ? "" : "+") + text + "%"
    }

    /// A net promoter score as a whole number: `32`, `-5`.
    public func nps(_ value: Double?) -> String { number(value, decimals: 0) }

    /// A 0-100 score as a whole number: `87`.
    public func score(_ value: Double?) -> String { number(value, decimals: 0) }

    /// A plain number with `decimals` decimals and thousands separators.
    public func number(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite else { return noData }
        return Self.fixed(value, decimals: decimals)
    }

    /// A count of days: `1 day`, `12 days`.
    public func days(_ value: Int?) -> String {
        guard let value else { return noData }
        return Self.fixed(Double(value), decimals: 0) + (abs(value) == 1 ? " day" : " days")
    }

    /// A count of days, short: `12d`.
    public func daysShort(_ value: Int?) -> String {
        guard let value else { return noData }
        return Self.fixed(Double(value), decimals: 0) + "d"
    }

    /// An average number of days with one decimal, short: `3.5d`.
    public func averageDays(_ value: Double?) -> String {
        guard let value, value.isFinite else { return noData }
        return Self.fixed(value, decimals: 1) + "d"
    }

    /// Whether a formatted number is zero (only zeros, separators and the decimal point).
    static func isZero(_ text: String) -> Bool { text.allSatisfy { $0 == "0" || $0 == "." || $0 == "," } }

    /// `value` with exactly `decimals` decimals, halves away from zero, `,` between thousands.
    static func fixed(_ value: Double, decimals: Int, grouping: Bool = true) -> String {
        let places = min(max(decimals, 0), 9)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 whole numbers lose precision anyway: fall back to the plain description.
        guard scaled < 9.0e15 else { return String(value) }
        let units = Int64(scaled)
        let divisor = Int64(scale)
        let whole = units / divisor
        let fraction = units % divisor
        var digits = String(whole)
        if grouping && digits.count > 3 {
            var grouped = ""
            for (i, ch) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
                grouped.append(ch)
            }
            digits = grouped
        }
        if places > 0 {
            let f = String(fraction)
            digits += "." + String(repeating: "0", count: places - f.count) + f
        }
        return (value < 0 && units != 0 ? "-" : "") + digits
    }
}
