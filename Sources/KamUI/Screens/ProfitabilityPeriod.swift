import KamAnalytics
import KamModel

/// The span the 80/20 view covers: the quarter shown, the four quarters ending at it, or
/// every quarter with figures. `p` cycles; `[` and `]` move the quarter.
public enum ProfitabilityPeriod: String, Sendable, CaseIterable {
    case quarter
    case lastFour = "last-four"
    case all

    /// The next span in the `p` cycle.
    public var next: ProfitabilityPeriod {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// The period for the quarter shown in `workspace`.
    public func period(quarter: Quarter, workspace: Workspace) -> Period {
        switch self {
        case .quarter: return .quarter(quarter)
        case .lastFour: return .lastFourQuarters(endingAt: quarter)
        case .all:
            let quarters = workspace.quarters
            return Period(from: quarters.first ?? quarter, to: quarters.last ?? quarter)
        }
    }

    /// What the status line calls it.
    public var title: String {
        switch self {
        case .quarter: "one quarter"
        case .lastFour: "last 4 quarters"
        case .all: "all quarters"
        }
    }
}

/// Which accounts a portfolio view covers: the portfolio, one manager or one segment.
extension ScorecardScope {
    /// The choices for the scope pick list: the portfolio, each manager, each segment.
    static func choices(in workspace: Workspace) -> [PickList.Item] {
        [PickList.Item(id: "portfolio", label: "Whole portfolio")]
            + workspace.managers.map { PickList.Item(id: "manager:\($0.id)", label: "Manager: \($0.name)") }
            + workspace.segments.map { PickList.Item(id: "segment:\($0)", label: "Segment: \($0)") }
    }
}
