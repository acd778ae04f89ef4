import KamAnalytics
import KamModel

/// The reports of `kam report`: accounts, scorecard and pareto, in text, markdown, csv or json.
public enum Report {
    /// The report `request` asks for, written in its format.
    ///
    /// Throws `ReportError` when the period has no figures in the workspace or a scorecard is
    /// asked for over a range of quarters.
    public static func render(_ request: ReportRequest, workspace: Workspace) throws -> String {
        try document(request, workspace: workspace).rendered(as: request.format)
    }

    /// The report `request` asks for, before it is written out (for tests and other front ends).
    public static func document(_ request: ReportRequest, workspace: Workspace) throws -> ReportDocument {
        let period = try ReportPeriod.resolve(request.period, in: workspace)
        switch request.kind {
        case .accounts:
            return AccountsReport.document(workspace, period: period, grouping: request.grouping, today: request.today)
        case .scorecard:
            guard period.isSingleQuarter else { throw ReportError.scorecardNeedsQuarter(period) }
            return ScorecardReport.document(workspace, quarter: period.last, grouping: request.grouping,
                                            today: request.today)
        case .pareto:
            return ParetoReport.document(workspace, period: period, grouping: request.grouping, today: request.today)
        }
    }
}
