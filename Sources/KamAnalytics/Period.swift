import KamModel

/// A reporting period: one calendar quarter or a run of consecutive quarters.
///
/// Amounts over a range are summed; ratios are recomputed from the summed parts (the margin
/// of a range is its summed gross profit over its summed revenue); survey answers are summed.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The first quarter of the period.
    public let first: Quarter
    /// The last quarter of the period (equal to `first` for a single quarter).
    public let last: Quarter

    /// The period from `first` to `last`, both included; the bounds are swapped when given backwards.
    public init(from first: Quarter, to last: Quarter) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// A single quarter.
    public static func quarter(_ q: Quarter) -> Period { Period(from: q, to: q) }

    /// The quarters from `first` to `last`, both included.
    public static func range(from first: Quarter, to last: Quarter) -> Period { Period(from: first, to: last) }

    /// The `count` quarters ending at `last` (at least one).
    public static func trailing(_ count: Int, endingAt last: Quarter) -> Period {
        Period(from: last.advanced(by: -(max(count, 1) - 1)), to: last)
    }

    /// The four quarters ending at `last`: a rolling year.
    public static func lastFourQuarters(endingAt last: Quarter) -> Period { trailing(4, endingAt: last) }

    /// Number of quarters in the period.
    public var length: Int { last.index - first.index + 1 }

    /// Whether the period is one quarter.
    public var isSingleQuarter: Bool { first == last }

    /// The running numbers (`Quarter.index`) of the period's quarters: a loop without allocation.
    public var indices: ClosedRange<Int> { first.index...last.index }

    /// Every quarter in the period, in order.
    public var quarters: [Quarter] { Quarter.range(first, last) }

    /// Whether `q` lies in the period.
    public func contains(_ q: Quarter) -> Bool { q.index >= first.index && q.index <= last.index }

    /// Whether `day` lies in the period.
    public func contains(_ day: Day) -> Bool { contains(day.quarter) }

    /// The first day of the period.
    public var firstDay: Day { first.firstDay }

    /// The last day of the period.
    public var lastDay: Day { last.lastDay }

    /// The same period moved `n` quarters (earlier when negative).
    public func shifted(by n: Int) -> Period { Period(from: first.advanced(by: n), to: last.advanced(by: n)) }

    /// The period of the same length right before this one: the base of QoQ growth.
    public var previous: Period { shifted(by: -length) }

    /// The same period a year earlier: the base of YoY growth.
    public var yearEarlier: Period { shifted(by: -4) }

    /// `2025Q3` for one quarter, `2024Q4–2025Q3` (en dash) for a range.
    public var description: String { isSingleQuarter ? first.description : "\(first)–\(last)" }

    /// `2025Q3` or `2024Q4-2025Q3` with an ASCII hyphen, for files and plain terminals.
    public var asciiDescription: String { isSingleQuarter ? first.description : "\(first)-\(last)" }
}
