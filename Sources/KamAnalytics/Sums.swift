/// A running sum of known values and how many there were: "no data" stays apart from zero.
public struct KnownSum: Sendable, Equatable {
    /// The sum of the values added.
    public var total: Double = 0
    /// How many values were added.
    public var count: Int = 0

    /// An empty sum: no data.
    public init() {}

    /// A sum of the given values.
    public init(total: Double, count: Int) {
        self.total = total
        self.count = count
    }

    /// Adds a value; nil (no data) is skipped.
    @inlinable public mutating func add(_ value: Double?) {
        if let value {
            total += value
            count += 1
        }
    }

    /// Adds another sum.
    @inlinable public mutating func add(_ other: KnownSum) {
        total += other.total
        count += other.count
    }

    /// The sum, or nil when nothing was added.
    @inlinable public var value: Double? { count > 0 ? total : nil }

    /// The mean of the values added, or nil when nothing was added.
    @inlinable public var mean: Double? { count > 0 ? total / Double(count) : nil }
}

/// A ratio built from summed parts, such as summed gross profit over summed revenue.
///
/// Only the units (account-quarters) where both parts are known are added, so a ratio over
/// a range or a portfolio never mixes a numerator from one quarter with a missing
/// denominator from another. The ratio is nil without data and when the summed base is
/// zero or negative: a margin on no (or negative) revenue, or a return on no cost, is undefined.
public struct RatioSum: Sendable, Equatable {
    /// The summed numerator.
    public var numerator: Double = 0
    /// The summed denominator (the base).
    public var denominator: Double = 0
    /// How many units were added.
    public var count: Int = 0

    /// An empty ratio: no data.
    public init() {}

    /// Adds one unit when both parts are known.
    @inlinable public mutating func add(_ numerator: Double?, over denominator: Double?) {
        if let numerator, let denominator {
            self.numerator += numerator
            self.denominator += denominator
            count += 1
        }
    }

    /// Adds another ratio's parts.
    @inlinable public mutating func add(_ other: RatioSum) {
        numerator += other.numerator
        denominator += other.denominator
        count += other.count
    }

    /// Numerator / denominator, or nil without data or with a base of zero or less.
    @inlinable public var ratio: Double? { count > 0 && denominator > 0 ? numerator / denominator : nil }

    /// The ratio in percent.
    @inlinable public var percent: Double? { ratio.map { $0 * 100 } }

    /// The summed numerator, or nil without data.
    @inlinable public var numeratorValue: Double? { count > 0 ? numerator : nil }

    /// The summed denominator, or nil without data.
    @inlinable public var denominatorValue: Double? { count > 0 ? denominator : nil }
}
