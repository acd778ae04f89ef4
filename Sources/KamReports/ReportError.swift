import KamAnalytics
import KamModel

/// Why a report cannot be made; the description is the message for the user.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The workspace has no quarterly figures at all.
    case noFigures
    /// The quarter asked for has no figures; the workspace has figures from `first` to `last`.
    case quarterWithoutFigures(Quarter, first: Quarter, last: Quarter)
    /// A range whose start comes after its end.
    case backwardsRange(from: Quarter, to: Quarter)
    /// The scorecard is evaluated per quarter; a range of quarters was asked for.
    case scorecardNeedsQuarter(Period)

    /// The message for the user.
    public var description: String {
        switch self {
        case .noFigures:
            "the workspace has no quarterly figures to report on"
        case let .quarterWithoutFigures(q, first, last):
            "no figures for \(q); the workspace has \(first == last ? "only \(first)" : "\(first) to \(last)")"
        case let .backwardsRange(from, to):
            "the period starts (\(from)) after it ends (\(to))"
        case let .scorecardNeedsQuarter(period):
            "the scorecard is evaluated per quarter, not for \(period.asciiDescription); ask for one quarter"
        }
    }
}
