/// A calendar quarter, written `2025Q3`.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let quarter: Int

    public init(year: Int, quarter: Int) {
        precondition((1...4).contains(quarter), "quarter must be 1...4")
        self.year = year
        self.quarter = quarter
    }

    /// Parses the strict form `YYYYQn` (four-digit year 1900...2999, n in 1...4).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 6, bytes[4] == UInt8(ascii: "Q") else { return nil }
        var year = 0
        for byte in bytes[0..<4] {
            guard (48...57).contains(byte) else { return nil }
            year = year * 10 + Int(byte - 48)
        }
        let q = Int(bytes[5]) - 48
        guard (1900...2999).contains(year), (1...4).contains(q) else { return nil }
        self.init(year: year, quarter: q)
    }

    /// A running number: consecutive quarters have consecutive indexes.
    public var index: Int { year * 4 + (quarter - 1) }

    public init(index: Int) {
        self.init(year: index >= 0 ? index / 4 : (index - 3) / 4, quarter: ((index % 4) + 4) % 4 + 1)
    }

    /// The quarter `n` quarters later (earlier when negative).
    public func advanced(by n: Int) -> Quarter { Quarter(index: index + n) }
    public var previous: Quarter { advanced(by: -1) }
    public var next: Quarter { advanced(by: 1) }
    /// The same quarter a year earlier.
    public var yearEarlier: Quarter { advanced(by: -4) }

    /// The quarter that contains `day`.
    public init(containing day: Day) {
        self.init(year: day.year, quarter: (day.month - 1) / 3 + 1)
    }

    public var firstDay: Day { Day(year: year, month: (quarter - 1) * 3 + 1, day: 1)! }
    public var lastDay: Day { next.firstDay.adding(days: -1) }

    /// Every quarter from `first` to `last`, both included; empty when `last` is before `first`.
    public static func range(_ first: Quarter, _ last: Quarter) -> [Quarter] {
        first.index <= last.index ? (first.index...last.index).map(Quarter.init(index:)) : []
    }

    public var description: String { "\(year)Q\(quarter)" }
    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.index < rhs.index }
}
