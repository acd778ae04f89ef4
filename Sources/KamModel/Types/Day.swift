/// A calendar date without a time of day, written `2025-07-14`.
///
/// Stored in four bytes as its days since 1970-01-01 (`daysSinceEpoch`), so that the hot
/// reads (comparing dates, counting days between them) are plain integer operations, and
/// `Day?` takes four bytes too (see `ThreeBits`); `year`, `month` and `day` are worked out
/// from the day number. It holds any day within about 180,000 years of 1970; the parsers
/// accept the years 1900 to 2999.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `daysSinceEpoch + Day.bias`.
    @usableFromInline var bits: Packed27

    /// What is added to the day number to store it unsigned.
    @usableFromInline static let bias = 1 << 26

    /// The day numbers a `Day` can hold.
    public static let daysSinceEpochRange = -bias...(Int(Packed27.max) - bias)

    /// A valid date, or nil (month 1...12, day within the month, year 1900...2999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(daysSinceEpoch: Day.daysFromCivil(year: year, month: month, day: day))
    }

    /// Parses the strict form `YYYY-MM-DD`.
    public init?(_ text: String) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for byte in b[range] {
                guard (48...57).contains(byte) else { return nil }
                n = n * 10 + Int(byte - 48)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    @inlinable public var daysSinceEpoch: Int { Int(bits.value) - Day.bias }

    /// The date `daysSinceEpoch` days after 1970-01-01, which must lie in `daysSinceEpochRange`.
    @inlinable public init(daysSinceEpoch: Int) {
        precondition(Day.daysSinceEpochRange.contains(daysSinceEpoch),
                     "day \(daysSinceEpoch) since 1970-01-01 is outside the range a Day holds")
        bits = Packed27(UInt32(truncatingIfNeeded: daysSinceEpoch + Day.bias))
    }

    /// The year, month and day, worked out once (reading `year`, `month` and `day` works
    /// each of them out again).
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    /// 1 to 12.
    public var month: Int { components.month }
    /// 1 to 31.
    public var day: Int { components.day }

    /// The days from 1970-01-01 to a date given by its parts (Howard Hinnant's days_from_civil).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    @inlinable public func days(to other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    public var quarter: Quarter { Quarter(containing: self) }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        let (year, month, day) = components
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    @inlinable public static func < (lhs: Day, rhs: Day) -> Bool { lhs.bits.value < rhs.bits.value }
}
