import KamAnalytics
import KamModel

/// What `kam report` was asked for: which report, for which period, grouped how, in which format.
public struct ReportRequest: Sendable, Equatable {
    /// The report to make.
    public enum Kind: String, Sendable, CaseIterable {
        /// One row per account with its financial and relationship measures.
        case accounts
        /// The balanced scorecard, or its roll-up by manager or segment.
        case scorecard
        /// The 80/20 view: ranking by operating profit, Pareto cut, whale curve, concentration.
        case pareto
    }

    /// The period asked for.
    public enum PeriodChoice: Sendable, Equatable {
        /// The latest quarter with figures in the workspace (the default).
        case latest
        /// One quarter (`--quarter`).
        case quarter(Quarter)
        /// The quarters from one to another, both included (`--from`, `--to`).
        case range(from: Quarter, to: Quarter)
    }

    /// The report to make.
    public var kind: Kind
    /// The period; `.latest` by default.
    public var period: PeriodChoice
    /// Group by manager or segment (`--by`); nil for none.
    public var grouping: ScorecardRollUp.Grouping?
    /// The output format.
    public var format: ReportFormat
    /// The day the report is made on: days since last contact and status overrides are as of it.
    public var today: Day

    /// A request; by default the latest quarter, ungrouped, as text.
    public init(kind: Kind, period: PeriodChoice = .latest, grouping: ScorecardRollUp.Grouping? = nil,
                format: ReportFormat = .text, today: Day) {
        self.kind = kind
        self.period = period
        self.grouping = grouping
        self.format = format
        self.today = today
    }
}
