import KamAnalytics
import KamModel

/// The marks the scorecard screen draws beside its figures: a status symbol that reads
/// without colour, a trend arrow, and the override star, in Unicode or ASCII.
struct ScorecardSymbols: Sendable {
    var isASCII: Bool
    /// "No data" as the analytics' format writes it.
    var noData: String

    init(glyphs: Glyphs) {
        isASCII = glyphs == .ascii
        noData = isASCII ? Format.ascii.noData : Format.standard.noData
    }

    /// `✔` met, `!` within tolerance, `✖` missed (ASCII `G`, `A`, `R`); no data as a dash.
    func status(_ status: RAGStatus?) -> String {
        switch status {
        case .green?: isASCII ? "G" : "✔"
        case .amber?: isASCII ? "A" : "!"
        case .red?: isASCII ? "R" : "✖"
        case nil: noData
        }
    }

    /// The status symbol, then `*` when a manager's override sets it.
    func status(_ status: RAGStatus?, overridden: Bool) -> String {
        self.status(status) + (overridden ? "*" : "")
    }

    /// The symbol and the word: `✔ Green`.
    func statusWord(_ status: RAGStatus?) -> String {
        guard let status else { return noData + " n/a" }
        return self.status(status) + " " + status.title
    }

    /// `↑` `↓` `→` (ASCII `^` `v` `-`); a blank when there is no trend (a quarter lacks data).
    func arrow(_ trend: Trend?) -> String {
        switch trend?.movement {
        case .up?: isASCII ? "^" : "↑"
        case .down?: isASCII ? "v" : "↓"
        case .flat?: isASCII ? "-" : "→"
        case nil: " "
        }
    }

    /// The colour role of a status.
    static func role(_ status: RAGStatus?) -> Role {
        switch status {
        case .green?: .good
        case .amber?: .warning
        case .red?: .bad
        case nil: .muted
        }
    }

    /// The colour of a trend arrow: better green, worse red, flat muted.
    static func role(_ trend: Trend?) -> Role {
        switch trend?.judgement {
        case .better?: .good
        case .worse?: .bad
        default: .muted
        }
    }

    /// The legend for the status and trend marks, for footers.
    var legend: String {
        isASCII
            ? "G met  A within tolerance  R missed  * overridden  ^ v - against last quarter"
            : "✔ met  ! within tolerance  ✖ missed  * overridden  ↑ ↓ → against last quarter"
    }
}

/// How the scorecard writes a KPI's actual and target, by what the KPI measures.
enum KPIValueStyle {
    /// The `Format` call that writes values of `metric`: percentages, signed growth, whole
    /// scores, average days, amounts, or per-account counts with one decimal.
    static func text(_ value: Double?, metric: Metric, format: Format) -> String {
        switch metric {
        case .builtIn(let m):
            switch m {
            case .revenueGrowthQoQ, .revenueGrowthYoY: format.growth(value)
            case .grossMargin, .operatingMargin, .accountROI, .shareOfWallet, .csat, .retention,
                 .costToServeRatio, .planCompletion: format.percent(value)
            case .nps: format.nps(value)
            case .relationshipDepth: format.score(value)
            case .issueResolutionDays, .turnaroundDays: format.averageDays(value)
            case .revenue, .operatingProfit: format.amount(value, compact: true)
            case .meetingsPerQuarter, .newContacts: format.number(value, decimals: 1)
            }
        case .custom: format.number(value, decimals: 1)
        }
    }

    /// A KPI's attainment as a whole number, never rounded up to 100 when the target is
    /// missed (99.6 is written 99, so 100 always means met).
    static func attainment(_ score: Double?, format: Format) -> String {
        guard let score, score < 100, format.score(score) == "100" else { return format.score(score) }
        return "99"
    }
}
