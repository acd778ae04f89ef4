import KamAnalytics
import KamModel

/// The analytics results the scorecard screen draws for one scope and quarter: the scorecard
/// with its history, and the comparison with the quarter before.
///
/// Built once when the scope, quarter or workspace changes, then only drawn.
struct ScorecardData: Sendable {
    /// Quarters of history evaluated; the sparklines show as many as fit.
    static let historyLength = 12

    let scope: ScorecardScope
    let quarter: Quarter
    let today: Day
    /// The workspace revision it was built from (every edit, undo or reload counts one).
    let revision: Int
    /// This quarter's scorecard with `historyLength` quarters of history.
    let card: ScorecardResult
    /// This quarter against the one before.
    let comparison: ScorecardComparison

    /// The data of `scope` for the context's workspace, quarter and day.
    init(context: ScreenContext, scope: ScorecardScope) {
        let workspace = context.workspace, quarter = context.quarter, today = context.today
        self.scope = scope
        self.quarter = quarter
        self.today = today
        revision = context.revision
        // One history for both cards: the previous quarter's (two quarters ending at it) is
        // the part of this quarter's that ends a quarter earlier.
        let history = Scorecard.history(workspace, scope: scope, quarter: quarter, length: Self.historyLength)
        card = Scorecard.evaluate(workspace.scorecard, scope: scope, quarter: quarter, today: today, history: history)
        let previous = Scorecard.evaluate(workspace.scorecard, scope: scope, quarter: quarter.previous, today: today,
                                          history: Array(history.dropLast().suffix(2)))
        comparison = ScorecardComparison(current: card, previous: previous)
    }

    /// The previous quarter's scorecard.
    var previous: ScorecardResult { comparison.previous }

    /// Whether this data still answers for `scope` in `context`.
    func matches(_ scope: ScorecardScope, _ context: ScreenContext) -> Bool {
        self.scope == scope && quarter == context.quarter && today == context.today && revision == context.revision
    }

    /// The overall score's trend against the previous quarter.
    var overallTrend: Trend? {
        Trend(current: card.overall, previous: previous.overall, direction: .higherIsBetter)
    }

    /// A perspective score's trend against the previous quarter.
    func trend(of perspective: PerspectiveResult) -> Trend? {
        let before = previous.perspectives.first { $0.id == perspective.id }?.score
        return Trend(current: perspective.score, previous: before, direction: .higherIsBetter)
    }
}

/// The roll-up tables the scorecard screen draws for one grouping and quarter, this quarter's
/// and the previous one's (for trend arrows).
struct ScorecardRollUpData: Sendable {
    let current: ScorecardRollUp
    let previous: ScorecardRollUp
    let today: Day
    /// The workspace revision it was built from.
    let revision: Int

    /// The roll-up by `grouping` for the context's workspace, quarter and day.
    init(context: ScreenContext, grouping: ScorecardRollUp.Grouping) {
        let workspace = context.workspace, quarter = context.quarter, today = context.today
        current = ScorecardRollUp(workspace: workspace, grouping: grouping, quarter: quarter, today: today)
        previous = ScorecardRollUp(workspace: workspace, grouping: grouping, quarter: quarter.previous, today: today)
        self.today = today
        revision = context.revision
    }

    /// Whether this table still answers for `grouping` in `context`.
    func matches(_ grouping: ScorecardRollUp.Grouping, _ context: ScreenContext) -> Bool {
        current.grouping == grouping && current.quarter == context.quarter && today == context.today
            && revision == context.revision
    }

    /// The previous quarter's scorecard of the row with `scope`.
    func previousCard(_ scope: ScorecardScope) -> ScorecardResult? {
        scope == .portfolio ? previous.portfolio : previous.rows.first { $0.scope == scope }?.scorecard
    }
}
