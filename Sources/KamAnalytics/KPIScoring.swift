import KamModel

/// Scoring of one KPI value against its target: the 0-100 score and the red/amber/green status.
///
/// Score (attainment, capped at 100):
/// - Target met (actual >= target, or <= for lower-is-better): 100. So a lower-is-better KPI
///   with an actual of 0 scores 100 when its target is 0 or more.
/// - Higher is better, missed, target > 0: actual / target x 100, at least 0 (a negative
///   actual scores 0).
/// - Lower is better, missed, target > 0: target / actual x 100.
/// - Missed with a negative target (NPS or growth can be negative): the shortfall measured
///   against the size of the target, 100 x (1 - |actual - target| / |target|), at least 0.
///   (For a positive target and higher-is-better this is the same as actual / target.)
/// - Missed with a target of exactly 0: 0, since no scale exists.
///
/// Status: green when the target is met; amber when the actual misses by no more than
/// `tolerance` x |target|; red otherwise. Comparisons allow a rounding slack of 1e-9 x
/// max(1, |target|) so that 30.000000000001 meets 30.
public enum KPIScoring {
    /// The rounding slack allowed around a target.
    static func slack(_ target: Double) -> Double { 1e-9 * max(1, abs(target)) }

    /// How far `actual` misses `target` (0 when met).
    public static func shortfall(actual: Double, target: Double, direction: Direction) -> Double {
        let miss = direction == .higherIsBetter ? target - actual : actual - target
        return miss <= slack(target) ? 0 : miss
    }

    /// The 0-100 score of `actual` against `target`; nil when there is no actual.
    public static func score(actual: Double?, target: Double, direction: Direction) -> Double? {
        guard let actual, actual.isFinite else { return nil }
        let miss = shortfall(actual: actual, target: target, direction: direction)
        if miss == 0 { return 100 }
        if target > 0 {
            switch direction {
            case .higherIsBetter: return max(0, actual / target * 100)
            case .lowerIsBetter: return target / actual * 100
            }
        }
        if target == 0 { return 0 }
        return max(0, 100 * (1 - miss / abs(target)))
    }

    /// The status of `actual` against `target`; nil when there is no actual.
    public static func status(actual: Double?, target: Double, direction: Direction, tolerance: Double) -> RAGStatus? {
        guard let actual, actual.isFinite else { return nil }
        let miss = shortfall(actual: actual, target: target, direction: direction)
        if miss == 0 { return .green }
        return miss <= max(tolerance, 0) * abs(target) + slack(target) ? .amber : .red
    }

    /// The score of `actual` against a KPI's target.
    public static func score(_ kpi: KPI, actual: Double?) -> Double? {
        score(actual: actual, target: kpi.target, direction: kpi.direction)
    }

    /// The status of `actual` against a KPI's target and tolerance.
    public static func status(_ kpi: KPI, actual: Double?) -> RAGStatus? {
        status(actual: actual, target: kpi.target, direction: kpi.direction, tolerance: kpi.tolerance)
    }

    /// A status for a perspective or overall score: green from 90, amber from 70, red below.
    ///
    /// A perspective combines KPIs with different targets, so its status comes from its
    /// weighted score; 90 and 70 are the bands used throughout (`greenFrom`, `amberFrom`).
    public static func status(score: Double?) -> RAGStatus? {
        guard let score else { return nil }
        return score >= greenFrom ? .green : score >= amberFrom ? .amber : .red
    }

    /// Lowest score shown green.
    public static let greenFrom = 90.0
    /// Lowest score shown amber.
    public static let amberFrom = 70.0

    /// Sum(w_i s_i) / sum(w_i) over the scores present; nil when none is present or the weights sum to 0 or less.
    public static func weightedScore(_ items: [(score: Double?, weight: Double)]) -> Double? {
        var sum = 0.0, weights = 0.0
        for item in items {
            guard let s = item.score else { continue }
            sum += s * item.weight
            weights += item.weight
        }
        return weights > 0 ? sum / weights : nil
    }
}
