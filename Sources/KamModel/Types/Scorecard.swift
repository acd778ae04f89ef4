/// The balanced scorecard: perspectives with their KPIs, and status overrides.
public struct ScorecardDefinition: Sendable, Equatable {
    public var perspectives: [Perspective]
    public var overrides: [StatusOverride]
    public var extra: JSONObject

    public init(perspectives: [Perspective] = [], overrides: [StatusOverride] = [],
                extra: JSONObject = JSONObject()) {
        self.perspectives = perspectives
        self.overrides = overrides
        self.extra = extra
    }

    /// Every KPI, perspective by perspective.
    public var kpis: [KPI] { perspectives.flatMap(\.kpis) }

    public func kpi(id: String) -> KPI? { kpis.first { $0.id == id } }
}

/// One of the scorecard's perspectives (financial, customer, internal process, learning and growth).
public struct Perspective: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// Weight in the overall score.
    public var weight: Double
    public var kpis: [KPI]
    public var extra: JSONObject

    public init(id: String, name: String, weight: Double = 1, kpis: [KPI] = [],
                extra: JSONObject = JSONObject()) {
        self.id = id
        self.name = name
        self.weight = weight
        self.kpis = kpis
        self.extra = extra
    }
}

/// A measure on the scorecard with its target.
public struct KPI: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var metric: Metric
    public var target: Double
    public var direction: Direction
    public var weight: Double
    /// Amber tolerance as a fraction of the target: 0.1 means within 10% of target is amber.
    public var tolerance: Double
    public var extra: JSONObject

    public init(id: String, name: String, metric: Metric, target: Double,
                direction: Direction = .higherIsBetter, weight: Double = 1, tolerance: Double = 0.1,
                extra: JSONObject = JSONObject()) {
        self.id = id
        self.name = name
        self.metric = metric
        self.target = target
        self.direction = direction
        self.weight = weight
        self.tolerance = tolerance
        self.extra = extra
    }
}

/// Whether a KPI is better when higher or lower.
public enum Direction: String, Sendable, CaseIterable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"
}

/// A red/amber/green status.
public enum RAGStatus: String, Sendable, CaseIterable, Comparable {
    case red, amber, green

    public var title: String {
        switch self {
        case .red: "Red"
        case .amber: "Amber"
        case .green: "Green"
        }
    }

    public static func < (lhs: RAGStatus, rhs: RAGStatus) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The position of the case in declaration order (the sort order), without allocating.
    public var ordinal: Int {
        switch self {
        case .red: 0
        case .amber: 1
        case .green: 2
        }
    }
}

/// A manager's override of a KPI status, with the reason and an expiry date.
public struct StatusOverride: Sendable, Equatable {
    /// The KPI's id.
    public var kpi: String
    /// The account it applies to; nil applies to the KPI at every scope.
    public var account: String?
    public var quarter: Quarter
    public var status: RAGStatus
    public var reason: String
    /// The last day the override holds.
    public var expires: Day
    /// The manager who set it, if recorded.
    public var setBy: String?
    public var extra: JSONObject

    public init(kpi: String, account: String? = nil, quarter: Quarter, status: RAGStatus, reason: String,
                expires: Day, setBy: String? = nil, extra: JSONObject = JSONObject()) {
        self.kpi = kpi
        self.account = account
        self.quarter = quarter
        self.status = status
        self.reason = reason
        self.expires = expires
        self.setBy = setBy
        self.extra = extra
    }
}
