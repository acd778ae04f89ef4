import KamModel

/// One KPI on an evaluated scorecard: its actual, score, status, trend and history.
///
/// An override changes the status shown (`status`), never the score; the computed status,
/// the override's reason, expiry and author stay available so the UI can show both.
public struct KPIResult: Sendable, Equatable, Identifiable {
    /// The KPI evaluated.
    public var kpi: KPI
    /// The measured value in the quarter; nil is "no data" (n/a).
    public var actual: Double?
    /// Attainment 0-100; nil without data.
    public var score: Double?
    /// The status the figures give.
    public var computedStatus: RAGStatus?
    /// The manager's override in force, if any.
    public var override: StatusOverride?
    /// The measured value in the previous quarter.
    public var previous: Double?
    /// Against the previous quarter; nil when either quarter lacks data.
    public var trend: Trend?
    /// The actual over the scorecard's history quarters, oldest first; nil where no data.
    public var history: [Double?]

    /// The KPI's id.
    public var id: String { kpi.id }

    /// The status shown: the override's when one is in force, else the computed one.
    public var status: RAGStatus? { override?.status ?? computedStatus }

    /// Whether an override sets the status shown.
    public var isOverridden: Bool { override != nil }
}

/// One perspective on an evaluated scorecard.
public struct PerspectiveResult: Sendable, Equatable, Identifiable {
    /// The perspective evaluated.
    public var perspective: Perspective
    /// Its KPIs, in definition order.
    public var kpis: [KPIResult]
    /// Sum(w_i s_i) / sum(w_i) over the KPIs with data; nil when none has data.
    public var score: Double?

    /// The perspective's id.
    public var id: String { perspective.id }

    /// Status from the score (`KPIScoring.status(score:)`).
    public var status: RAGStatus? { KPIScoring.status(score: score) }
}

/// A balanced scorecard evaluated for one scope and quarter.
///
/// The overall score is weighted by perspective weight over the perspectives with data
/// (a perspective without any KPI data drops out; it does not count as 0).
public struct ScorecardResult: Sendable, Equatable {
    /// What the scorecard covers.
    public var scope: ScorecardScope
    /// The quarter evaluated.
    public var quarter: Quarter
    /// Number of accounts in the scope.
    public var accounts: Int
    /// The perspectives, in definition order.
    public var perspectives: [PerspectiveResult]
    /// The quarters of each KPI's `history`, oldest first, ending at `quarter`.
    public var historyQuarters: [Quarter]

    /// The overall score: perspective scores weighted by perspective weight; nil without data.
    public var overall: Double? {
        KPIScoring.weightedScore(perspectives.map { ($0.score, $0.perspective.weight) })
    }

    /// Status from the overall score.
    public var overallStatus: RAGStatus? { KPIScoring.status(score: overall) }

    /// Every KPI result, perspective by perspective.
    public var kpis: [KPIResult] { perspectives.flatMap(\.kpis) }

    /// The result of the KPI with `id`.
    public func kpi(id: String) -> KPIResult? { kpis.first { $0.kpi.id == id } }
}
