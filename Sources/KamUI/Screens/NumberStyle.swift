import KamAnalytics

/// Which of the analytics' `Format` functions writes a figure in a cell.
public enum NumberStyle: Sendable, Equatable {
    /// Compact money: `845`, `12k`, `1.2M`.
    case money
    /// Compact money that is red when negative.
    case signedMoney
    /// `12.3%`.
    case percent
    /// Signed growth: `+4.1%`.
    case growth
    /// A whole number such as an NPS or a 0-100 score.
    case score
    /// A count.
    case count

    /// `value` written with `format`; "no data" is never shown as zero.
    public func format(_ value: Double?, _ format: Format) -> String {
        switch self {
        case .money, .signedMoney: format.amount(value, compact: true)
        case .percent: format.percent(value)
        case .growth: format.growth(value)
        case .score: format.score(value)
        case .count: format.number(value, decimals: 0)
        }
    }
}

extension ScreenContext {
    /// The analytics' number format matching the glyphs: an en dash or a hyphen for no data.
    public var format: Format { glyphs == .ascii ? .ascii : .standard }
    /// The dot between parts of a line: `·`, or `-` in ASCII.
    public var dot: String { glyphs == .ascii ? "-" : "·" }
    /// The dash of a range: `–`, or `-` in ASCII.
    public var dash: String { glyphs == .ascii ? "-" : "–" }
}
