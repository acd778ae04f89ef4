import KamAnalytics
import KamModel

/// A column the account list can show: an account measure from the analytics, its title,
/// width and how its value is formatted and totalled.
public struct AccountColumn: Sendable {
    /// The name used in `:columns`, `:sort`, filters and the view preferences.
    public let id: String
    public let title: String
    public let width: TableColumn.Width
    /// The value for one account.
    let value: @Sendable (AccountRow) -> ColumnValue
    /// The value for a group or the whole list; nil when the column has no total.
    let total: (@Sendable (AccountRollUp) -> ColumnValue)?

    /// Numbers are right-aligned, text left.
    public var alignment: HorizontalAlignment { isNumeric ? .right : .left }
    /// True for columns whose values are numbers (and can be compared in filters).
    public let isNumeric: Bool

    init(_ id: String, _ title: String, width: TableColumn.Width, isNumeric: Bool,
         value: @escaping @Sendable (AccountRow) -> ColumnValue,
         total: (@Sendable (AccountRollUp) -> ColumnValue)? = nil) {
        self.id = id
        self.title = title
        self.width = width
        self.isNumeric = isNumeric
        self.value = value
        self.total = total
    }

    /// The column with `id`.
    public static func named(_ id: String) -> AccountColumn? { all.first { $0.id == id } }

    /// The columns shown when the workspace has no remembered choice: they fit 80 columns.
    public static let defaultIDs = ["name", "manager", "revenue", "growth-yoy", "margin", "operating-profit",
                                    "nps", "score", "last-contact"]

    /// A column of a figure that both accounts and roll-ups have as a scorecard metric.
    static func metric(_ id: String, _ title: String, _ metric: BuiltInMetric, _ style: NumberStyle,
                       width: Int) -> AccountColumn {
        AccountColumn(id, title, width: .fixed(width), isNumeric: true,
                      value: { .number($0.value(of: metric), style) },
                      total: { .number($0.totals.value(of: metric), style) })
    }

    /// Every column, in the order the column chooser lists them.
    public static let all: [AccountColumn] = [
        AccountColumn("name", "Account", width: .flexible(min: 12, max: 30), isNumeric: false,
                      value: { .text($0.name) }, total: { .text("Total (\($0.count))") }),
        AccountColumn("manager", "Manager", width: .flexible(min: 8, max: 18), isNumeric: false,
                      value: { .text($0.managerName) }),
        AccountColumn("segment", "Segment", width: .flexible(min: 8, max: 16), isNumeric: false,
                      value: { .text($0.segment) }),
        AccountColumn("industry", "Industry", width: .flexible(min: 8, max: 16), isNumeric: false,
                      value: { .text($0.industry) }),
        AccountColumn("tier", "Tier", width: .fixed(9), isNumeric: false,
                      value: { .ordinal($0.tier.ordinal, $0.tier.title) }),
        AccountColumn("status", "Status", width: .fixed(9), isNumeric: false,
                      value: { .ordinal($0.status.sortRank, $0.status.title) }),
        metric("revenue", "Revenue", .revenue, .money, width: 9),
        metric("growth-qoq", "QoQ", .revenueGrowthQoQ, .growth, width: 7),
        metric("growth-yoy", "YoY", .revenueGrowthYoY, .growth, width: 7),
        AccountColumn("gross-profit", "Gross pr.", width: .fixed(9), isNumeric: true,
                      value: { .number($0.keyFigures.grossProfit, .money) },
                      total: { .number($0.totals.figures.grossProfit.value, .money) }),
        metric("margin", "Margin", .grossMargin, .percent, width: 7),
        AccountColumn("cost-to-serve", "Cost srv", width: .fixed(9), isNumeric: true,
                      value: { .number($0.keyFigures.costToServe, .money) },
                      total: { .number($0.totals.figures.costToServe.value, .money) }),
        metric("operating-profit", "Op.profit", .operatingProfit, .signedMoney, width: 9),
        metric("operating-margin", "Op.mrg", .operatingMargin, .percent, width: 7),
        metric("roi", "ROI", .accountROI, .percent, width: 7),
        metric("share-of-wallet", "Wallet", .shareOfWallet, .percent, width: 7),
        metric("nps", "NPS", .nps, .score, width: 4),
        metric("csat", "CSAT", .csat, .percent, width: 7),
        metric("retention", "Retain", .retention, .percent, width: 7),
        metric("relationship", "Depth", .relationshipDepth, .score, width: 5),
        AccountColumn("card", "Card", width: .fixed(5), isNumeric: false,
                      value: { .status($0.scorecard.overallStatus) },
                      total: { .status($0.scorecard.overallStatus) }),
        AccountColumn("score", "Score", width: .fixed(5), isNumeric: true,
                      value: { .number($0.scorecard.overall, .score) },
                      total: { .number($0.scorecard.overall, .score) }),
        AccountColumn("last-contact", "Contact", width: .fixed(7), isNumeric: true,
                      value: { row in
                          .days(row.daysSinceLastContact, flagged: row.details.noRecentContact)
                      }),
        AccountColumn("pipeline", "Pipeline", width: .fixed(9), isNumeric: true,
                      value: { .number($0.details.openPipelineValue, .money) }),
        AccountColumn("stale", "Stale", width: .fixed(5), isNumeric: true,
                      value: { .number(Double($0.details.staleOpportunities), .count) }),
        AccountColumn("clv", "CLV", width: .fixed(9), isNumeric: true,
                      value: { .number($0.details.lifetimeValue, .money) }),
    ]
}

/// A value in an account-list cell: what it sorts by and how it is shown.
public enum ColumnValue: Sendable, Equatable {
    case text(String)
    /// A value with a natural order, such as a tier: sorts by `rank`, shows `title`.
    case ordinal(Int, String)
    case number(Double?, NumberStyle)
    /// Days since an event; `flagged` when it is overdue.
    case days(Int?, flagged: Bool)
    /// A red/amber/green status.
    case status(RAGStatus?)

    /// The number this value compares as, for sorting and numeric filters.
    public var number: Double? {
        switch self {
        case .number(let n, _): n
        case .days(let d, _): d.map(Double.init)
        case .ordinal(let rank, _): Double(rank)
        case .status(let s): s.map { Double($0.ordinal) }
        case .text: nil
        }
    }

    /// The text shown, numbers written by the analytics' `format`.
    public func text(_ format: Format) -> String {
        switch self {
        case .text(let s): s
        case .ordinal(_, let title): title
        case .number(let n, let style): style.format(n, format)
        case .days(let d, _): d == nil ? "never" : format.daysShort(d)
        case .status(let s): s?.title ?? format.noData
        }
    }

    /// The role a cell takes: statuses in their colours, losses and overdue contact flagged.
    public var role: Role? {
        switch self {
        case .status(.green?): .good
        case .status(.amber?): .warning
        case .status(.red?): .bad
        case .status(nil): .muted
        case .number(nil, _): .muted
        case .number(let n?, .signedMoney) where n < 0: .bad
        case .days(_, flagged: true): .warning
        default: nil
        }
    }
}
