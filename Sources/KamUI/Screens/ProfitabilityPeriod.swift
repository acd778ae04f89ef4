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

/// Which accounts a portfolio view covers, written `portfolio`, `manager:ID` or `segment:NAME`.
extension ScorecardScope {
    /// Parses `portfolio`, `manager:ID` (or a manager's name) or `segment:NAME` against `workspace`.
    static func parse(_ text: String, in workspace: Workspace) throws(ScreenOpenError) -> ScorecardScope {
        let trimmed = text.trimmedSpaces
        if trimmed.lowercased() == "portfolio" || trimmed.isEmpty { return .portfolio }
        let parts = trimmed.split(separator: ":", maxSplits: 1).map { String($0).trimmedSpaces }
        guard parts.count == 2 else {
            throw ScreenOpenError("scope: expected portfolio, manager:ID or segment:NAME, not \(trimmed)")
        }
        switch parts[0].lowercased() {
        case "manager":
            if let m = workspace.managers.first(where: { $0.id == parts[1] })
                ?? workspace.managers.first(where: { $0.name.lowercased() == parts[1].lowercased() }) {
                return .manager(m.id)
            }
            throw ScreenOpenError("scope: no manager \(parts[1]) (managers: "
                                  + workspace.managers.map(\.id).joined(separator: ", ") + ")")
        case "segment":
            if let s = workspace.segments.first(where: { $0.lowercased() == parts[1].lowercased() }) {
                return .segment(s)
            }
            throw ScreenOpenError("scope: no segment \(parts[1]) (segments: "
                                  + workspace.segments.joined(separator: ", ") + ")")
        default:
            throw ScreenOpenError("scope: expected portfolio, manager:ID or segment:NAME, not \(trimmed)")
        }
    }

    /// The choices for the scope pick list: the portfolio, each manager, each segment.
    static func choices(in workspace: Workspace) -> [PickList.Item] {
        [PickList.Item(id: "portfolio", label: "Whole portfolio")]
            + workspace.managers.map { PickList.Item(id: "manager:\($0.id)", label: "Manager: \($0.name)") }
            + workspace.segments.map { PickList.Item(id: "segment:\($0)", label: "Segment: \($0)") }
    }
}
