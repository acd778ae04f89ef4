import KamModel

/// Which way a KPI moved against the previous quarter, and whether that is good.
public struct Trend: Sendable, Equatable {
    /// The way the value moved.
    public enum Movement: String, Sendable, CaseIterable {
        case up, down, flat
    }

    /// Whether the movement helps, given the KPI's direction.
    public enum Judgement: String, Sendable, CaseIterable {
        case better, worse, same
    }

    /// The way the value moved.
    public var movement: Movement
    /// Better, worse or the same, given the direction.
    public var judgement: Judgement
    /// Current - previous.
    public var change: Double

    /// The trend from `previous` to `current`; nil when either is missing.
    ///
    /// Flat when the two differ by no more than 1e-9 x max(1, |previous|) (rounding noise).
    public init?(current: Double?, previous: Double?, direction: Direction) {
        guard let current, let previous else { return nil }
        change = current - previous
        if abs(change) <= 1e-9 * max(1, abs(previous)) {
            movement = .flat
            judgement = .same
        } else {
            movement = change > 0 ? .up : .down
            judgement = (change > 0) == (direction == .higherIsBetter) ? .better : .worse
        }
    }
}
