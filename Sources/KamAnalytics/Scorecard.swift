import KamModel

/// Evaluates the balanced scorecard for an account, a manager, a segment or the portfolio.
///
/// Every scope is scored from its summed underlying figures (`MeasureTotals`), never by
/// averaging account scores: a manager's gross margin is the summed gross profit of their
/// accounts over their summed revenue, their NPS comes from the summed survey answers, and
/// so on. Targets are per account and quarter; count-like measures (meetings, new contacts,
/// custom figures) are therefore per account and quarter at every scope.
public enum Scorecard {
    /// Evaluates `definition` from totals already summed for the scope.
    ///
    /// - Parameters:
    ///   - history: totals of the history quarters, oldest first, the last one being
    ///     `quarter` itself; the one before it, if given, is the previous quarter for trends.
    public static func evaluate(_ definition: ScorecardDefinition, scope: ScorecardScope, quarter: Quarter,
                                today: Day, history: [MeasureTotals]) -> ScorecardResult {
        let current = history.last ?? MeasureTotals()
        let previous = history.count >= 2 ? history[history.count - 2] : nil
        let perspectives = definition.perspectives.map { perspective in
            let kpis = perspective.kpis.map { kpi in
                let actual = current.value(of: kpi.metric)
                let before = previous?.value(of: kpi.metric)
                return KPIResult(
                    kpi: kpi,
                    actual: actual,
                    score: KPIScoring.score(kpi, actual: actual),
                    computedStatus: KPIScoring.status(kpi, actual: actual),
                    override: StatusOverrides.active(in: definition.overrides, kpi: kpi.id, scope: scope,
                                                     quarter: quarter, today: today),
                    previous: before,
                    trend: Trend(current: actual, previous: before, direction: kpi.direction),
                    history: history.map { $0.value(of: kpi.metric) })
            }
            return PerspectiveResult(perspective: perspective, kpis: kpis,
                                     score: KPIScoring.weightedScore(kpis.map { ($0.score, $0.kpi.weight) }))
        }
        let count = history.count
        return ScorecardResult(scope: scope, quarter: quarter, accounts: current.accounts,
                               perspectives: perspectives,
                               historyQuarters: (0..<count).map { quarter.advanced(by: $0 - count + 1) })
    }

    /// Evaluates the workspace's scorecard for `scope` in `quarter` as of `today`, with a
    /// history of `historyLength` quarters ending at `quarter` (at least 2, for the trend).
    public static func evaluate(_ workspace: Workspace, scope: ScorecardScope, quarter: Quarter, today: Day,
                                historyLength: Int = 8) -> ScorecardResult {
        let history = history(workspace, scope: scope, quarter: quarter, length: max(historyLength, 2))
        return evaluate(workspace.scorecard, scope: scope, quarter: quarter, today: today, history: history)
    }

    /// The totals of `scope` in each of the `length` quarters ending at `quarter`, oldest first.
    ///
    /// Each quarter's accounts are added in workspace order, so every quarter is exactly the
    /// sum `MeasureTotals.add` gives. Each account is read once for a run of quarters
    /// (`MeasureTotals.eachQuarter`); the runs are side by side on the cores.
    public static func history(_ workspace: Workspace, scope: ScorecardScope, quarter: Quarter,
                               length: Int) -> [MeasureTotals] {
        let accounts = workspace.accounts
        let members = scope == .portfolio ? nil : accounts.indices.filter { scope.contains(accounts[$0]) }
        let first = quarter.advanced(by: -(length - 1))
        let runs = min(BothCores.parts, length)
        let runLength = (length + runs - 1) / max(runs, 1)
        let sums = BothCores.map(runs) { run in
            let start = run * runLength, count = min(runLength, length - start)
            var sums = Array(repeating: MeasureTotalsSum(), count: max(count, 0))
            var counts: [Int] = []
            func add(_ account: Account) {
                let from = first.advanced(by: start)
                // Custom figures by the quarter's own short list: no dictionary per account and quarter.
                MeasureTotals.eachQuarter(of: account, from: from, count: count, counts: &counts,
                                          custom: false) { i, totals in
                    sums[i].add(totals, custom: account.quarters[from.advanced(by: i)]?.customFigures ?? CustomFigures())
                }
            }
            if let members {
                for a in members { add(accounts[a]) }
            } else {
                for account in accounts { add(account) }
            }
            return sums.map(\.totals)
        }
        return Array(sums.joined())
    }

    /// The value of `metric` for one account in one quarter (the figure a KPI reads).
    public static func value(of metric: Metric, account: Account, quarter: Quarter) -> Double? {
        MeasureTotals(account: account, period: .quarter(quarter)).value(of: metric)
    }
}
