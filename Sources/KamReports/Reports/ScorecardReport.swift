import KamAnalytics
import KamModel

/// The scorecard report: the portfolio's balanced scorecard for one quarter, or with a
/// grouping the roll-up table (one row per manager or segment).
///
/// The portfolio scorecard is `Scorecard.evaluate(workspace, scope: .portfolio, ...)`; the
/// roll-up is `ScorecardRollUp`. One table: each perspective's row (its weight, score and
/// status) followed by its KPIs' rows (actual, target, previous quarter, score, the status
/// shown, the trend, the computed status and any override with its reason, expiry and
/// author); the overall score is the total row.
enum ScorecardReport {
    /// The columns of the portfolio scorecard table.
    static let columns: [ReportColumn] = [
        ReportColumn("perspective", "Perspective", .text),
        ReportColumn("kpi", "KPI", .text),
        ReportColumn("weight", "Weight", .number),
        ReportColumn("actual", "Actual", .measure),
        ReportColumn("target", "Target", .measure),
        ReportColumn("previous", "Previous", .measure),
        ReportColumn("score", "Score", .score),
        ReportColumn("status", "Status", .status),
        ReportColumn("trend", "Trend", .text),
        ReportColumn("trendJudgement", "Verdict", .text),
        ReportColumn("computedStatus", "Computed", .status),
        ReportColumn("overrideReason", "Override reason", .text),
        ReportColumn("overrideExpires", "Until", .date),
        ReportColumn("overrideSetBy", "By", .text),
    ]

    /// The document for `workspace` in `quarter`.
    static func document(_ workspace: Workspace, quarter: Quarter, grouping: ScorecardRollUp.Grouping?,
                         today: Day) -> ReportDocument {
        var document = ReportDocument(
            kind: ReportRequest.Kind.scorecard.rawValue,
            title: grouping.map { "Balanced scorecard by \($0.rawValue)" } ?? "Balanced scorecard",
            workspace: workspace.name, currency: workspace.currency, period: .quarter(quarter), today: today)
        if let grouping {
            let rollUp = ScorecardRollUp(workspace: workspace, grouping: grouping, quarter: quarter, today: today)
            document.facts = facts(rollUp.portfolio)
            document.tables = [rollUpTable(rollUp, definition: workspace.scorecard)]
        } else {
            let result = Scorecard.evaluate(workspace, scope: .portfolio, quarter: quarter, today: today,
                                            historyLength: 2)
            document.facts = facts(result)
            document.tables = [kpiTable(result, workspace: workspace)]
            let overridden = result.kpis.filter(\.isOverridden).count
            if overridden > 0 {
                document.notes = ["\(overridden) KPI status\(overridden == 1 ? " is" : "es are") overridden by a "
                    + "manager; the computed status is shown next to it."]
            }
        }
        return document
    }

    /// The headline figures: accounts covered, overall score and status.
    static func facts(_ result: ScorecardResult) -> [ReportFact] {
        [
            ReportFact("accountCount", "Accounts", .count(result.accounts)),
            ReportFact("overallScore", "Overall score", .score(result.overall)),
            ReportFact("overallStatus", "Overall status", .status(result.overallStatus)),
        ]
    }

    /// Perspective rows, each followed by its KPI rows; the overall score as the total row.
    static func kpiTable(_ result: ScorecardResult, workspace: Workspace) -> ReportTable {
        let na = ReportValue.notApplicable
        var rows: [[ReportValue]] = []
        for p in result.perspectives {
            rows.append([.text(p.perspective.name), na, .weight(p.perspective.weight), na, na, na,
                         .score(p.score), .status(p.status), na, na, na, na, na, na])
            for k in p.kpis {
                let o = k.override
                rows.append([
                    .text(p.perspective.name), .text(k.kpi.name), .weight(k.kpi.weight),
                    .measure(k.actual, of: k.kpi.metric), .measure(k.kpi.target, of: k.kpi.metric),
                    .measure(k.previous, of: k.kpi.metric), .score(k.score), .status(k.status),
                    .text(k.trend?.movement.rawValue), .text(k.trend?.judgement.rawValue), .status(k.computedStatus),
                    o.map { .text($0.reason) } ?? na, o.map { .date($0.expires) } ?? na,
                    o.map { o in .text(o.setBy.map { workspace.manager(id: $0)?.name ?? $0 }) } ?? na,
                ])
            }
        }
        let total: [ReportValue] = [.text("Overall"), na, na, na, na, na, .score(result.overall),
                                    .status(result.overallStatus), na, na, na, na, na, na]
        return ReportTable(key: "kpis", columns: columns, rows: rows, total: total)
    }

    /// One row per manager or segment: accounts, each perspective's score, overall and status;
    /// the portfolio as the total row. Perspective columns are keyed by perspective id.
    static func rollUpTable(_ rollUp: ScorecardRollUp, definition: ScorecardDefinition) -> ReportTable {
        var columns = [
            ReportColumn("key", rollUp.grouping == .manager ? "ID" : "Key", .text),
            ReportColumn("name", rollUp.grouping == .manager ? "Manager" : "Segment", .text),
            ReportColumn("accountCount", "Accounts", .count),
        ]
        columns += definition.perspectives.map { ReportColumn($0.id, $0.name, .score) }
        columns += [ReportColumn("overallScore", "Overall", .score), ReportColumn("overallStatus", "Status", .status)]
        func cells(_ result: ScorecardResult) -> [ReportValue] {
            [.count(result.accounts)] + result.perspectives.map { .score($0.score) }
                + [.score(result.overall), .status(result.overallStatus)]
        }
        let rows = rollUp.rows.map { row -> [ReportValue] in
            let key: String = switch row.scope {
            case .manager(let id): id
            case .segment(let name): name
            case .account(let id): id
            case .portfolio: ""
            }
            return [.text(key), .text(row.title)] + cells(row.scorecard)
        }
        return ReportTable(key: rollUp.grouping == .manager ? "managers" : "segments", columns: columns, rows: rows,
                           total: [.notApplicable, .text("Portfolio")] + cells(rollUp.portfolio))
    }
}
