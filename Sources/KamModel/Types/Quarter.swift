/// A calendar quarter, written `2025Q3`.
///
/// Stored in three bytes as its running number (`index`), so that comparing quarters and
/// stepping through them are integer operations, and `Quarter?` takes three bytes too (see
/// `ThreeBits`); `year` and `quarter` are worked out from the running number. It holds the
/// years -65,536 to 65,535; the parser accepts the years 1900 to 2999.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `index + Quarter.bias`.
    @usableFromInline var bits: Packed19

    /// What is added to the running number to store it unsigned.
    @usableFromInline static let bias = 1 << 18

    /// The running numbers a `Quarter` can hold.
    public static let indexRange = -bias...(Int(Packed19.max) - bias)

    /// The quarter `quarter` (1...4) of `year`, which must lie in the range a `Quarter` holds.
    public init(year: Int, quarter: Int) {
        precondition((1...4).contains(quarter), "quarter must be 1...4")
        let (yearQuarters, overflow) = year.multipliedReportingOverflow(by: 4)
        precondition(!overflow, "year \(year) is outside the range a Quarter holds")
        self.init(index: yearQuarters + (quarter - 1))
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

    /// A running number: consecutive quarters have consecutive indexes (`year * 4 + quarter - 1`).
    @inlinable public var index: Int { Int(bits.value) - Quarter.bias }

    /// The quarter with running number `index`, which must lie in `indexRange`.
    @inlinable public init(index: Int) {
        precondition(Quarter.indexRange.contains(index), "quarter number \(index) is outside the range a Quarter holds")
        bits = Packed19(UInt32(truncatingIfNeeded: index + Quarter.bias))
    }

    /// The year (the running number divided by 4, rounded down).
    @inlinable public var year: Int { index >> 2 }
    /// 1 to 4.
    @inlinable public var quarter: Int { (index & 3) + 1 }

    /// The quarter `n` quarters later (earlier when negative).
    @inlinable public func advanced(by n: Int) -> Quarter { Quarter(index: index + n) }
    @inlinable public var previous: Quarter { advanced(by: -1) }
    @inlinable public var next: Quarter { advanced(by: 1) }
    /// The same quarter a year earlier.
    @inlinable public var yearEarlier: Quarter { advanced(by: -4) }

    /// The quarter that contains `day`.
    public init(containing day: Day) {
        let (year, month, _) = day.components
        self.init(year: year, quarter: (month - 1) / 3 + 1)
    }

    /// The quarter's first day (any quarter's: `Day` holds a wider range than `Quarter`).
    public var firstDay: Day { Day(daysSinceEpoch: Day.daysFromCivil(year: year, month: (quarter - 1) * 3 + 1, day: 1)) }
    /// The quarter's last day.
    public var lastDay: Day { next.firstDay.adding(days: -1) }

    /// Every quarter from `first` to `last`, both included; empty when `last` is before `first`.
    public static func range(_ first: Quarter, _ last: Quarter) -> [Quarter] {
        first.index <= last.index ? (first.index...last.index).map(Quarter.init(index:)) : []
    }

    public var description: String { "\(year)Q\(quarter)" }
    @inlinable public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.bits.value < rhs.bits.value }
}
