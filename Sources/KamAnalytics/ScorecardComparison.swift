import KamModel

/// How a KPI's status changed from one quarter to the next.
public struct KPIStatusChange: Sendable, Equatable {
    /// The kind of change.
    public enum Kind: String, Sendable, CaseIterable {
        /// Now red, and was not red (or had no data).
        case newRed
        /// Now green, and was red or amber.
        case recovered
        /// From green to amber.
        case slipped
        /// From red to amber.
        case improved
        /// Now amber or green, and had no data before.
        case newData
        /// Had a status, now no data.
        case lostData
    }

    /// The KPI.
    public var kpi: KPI
    /// The id of the KPI's perspective.
    public var perspective: String
    /// Status shown in the earlier quarter (override included).
    public var from: RAGStatus?
    /// Status shown in the later quarter (override included).
    public var to: RAGStatus?
    /// The kind of change.
    public var kind: Kind

    /// The kind of change between two statuses; nil when they are the same.
    public static func kind(from: RAGStatus?, to: RAGStatus?) -> Kind? {
        switch (from, to) {
        case let (a, b) where a == b: nil
        case (_, .red?): .newRed
        case (_, .green?) where from != nil: .recovered
        case (.green?, .amber?): .slipped
        case (.red?, .amber?): .improved
        case (nil, _?): .newData
        case (_?, nil): .lostData
        default: nil
        }
    }
}

/// The KPI-status changes between a quarter and the one before, for one scope.
public struct ScorecardComparison: Sendable, Equatable {
    /// The later quarter's scorecard.
    public var current: ScorecardResult
    /// The earlier quarter's scorecard.
    public var previous: ScorecardResult
    /// Every KPI whose shown status changed, in definition order.
    public var changes: [KPIStatusChange]

    /// Compares two evaluated scorecards KPI by KPI (matched by KPI id).
    public init(current: ScorecardResult, previous: ScorecardResult) {
        self.current = current
        self.previous = previous
        var earlier: [String: RAGStatus?] = [:]
        for k in previous.kpis where earlier[k.kpi.id] == nil { earlier[k.kpi.id] = k.status }
        var changes: [KPIStatusChange] = []
        for p in current.perspectives {
            for k in p.kpis {
                let from = earlier[k.kpi.id] ?? nil
                if let kind = KPIStatusChange.kind(from: from, to: k.status) {
                    changes.append(KPIStatusChange(kpi: k.kpi, perspective: p.id, from: from, to: k.status, kind: kind))
                }
            }
        }
        self.changes = changes
    }

    /// Compares `quarter` with the quarter before for `scope`, as of `today`.
    public init(workspace: Workspace, scope: ScorecardScope, quarter: Quarter, today: Day) {
        self.init(current: Scorecard.evaluate(workspace, scope: scope, quarter: quarter, today: today, historyLength: 2),
                  previous: Scorecard.evaluate(workspace, scope: scope, quarter: quarter.previous, today: today,
                                               historyLength: 2))
    }

    /// KPIs that turned red.
    public var newReds: [KPIStatusChange] { changes.filter { $0.kind == .newRed } }

    /// KPIs that turned green from red or amber.
    public var recoveredGreens: [KPIStatusChange] { changes.filter { $0.kind == .recovered } }
}
