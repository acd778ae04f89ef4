import KamAnalytics
import KamModel

/// Turning the period asked for into a `Period` the workspace has figures for.
enum ReportPeriod {
    /// The period of `choice` in `workspace`: the latest quarter by default; a quarter, or
    /// each end of a range, must be a quarter some account has figures for.
    static func resolve(_ choice: ReportRequest.PeriodChoice, in workspace: Workspace) throws -> Period {
        let quarters = workspace.quarters
        guard let first = quarters.first, let last = quarters.last else { throw ReportError.noFigures }
        let known = Set(quarters)
        func check(_ q: Quarter) throws {
            guard known.contains(q) else { throw ReportError.quarterWithoutFigures(q, first: first, last: last) }
        }
        switch choice {
        case .latest:
            return .quarter(last)
        case .quarter(let q):
            try check(q)
            return .quarter(q)
        case let .range(from, to):
            guard from <= to else { throw ReportError.backwardsRange(from: from, to: to) }
            try check(from)
            try check(to)
            return .range(from: from, to: to)
        }
    }
}
