import KamAnalytics
import KamModel

/// A finished report before it is written out: title, period, notes, headline figures,
/// tables, and optionally one block per manager or segment.
///
/// Every renderer (text, markdown, csv, json) writes the same document, so the formats
/// always carry the same numbers.
public struct ReportDocument: Sendable, Equatable {
    /// `accounts`, `scorecard` or `pareto`; the json `report` field.
    public var kind: String
    /// The title line.
    public var title: String
    /// The workspace the figures come from.
    public var workspace: String
    /// ISO 4217 code of the amounts.
    public var currency: String
    /// The period the figures cover.
    public var period: Period
    /// The day the report was made for (days since contact, overrides).
    public var today: Day
    /// Remarks for the reader, such as accounts left out of a ranking.
    public var notes: [String]
    /// Headline figures of the whole report.
    public var facts: [ReportFact]
    /// The report's tables.
    public var tables: [ReportTable]
    /// What the blocks are grouped by (`manager` or `segment`); nil without blocks.
    public var groupedBy: String?
    /// One block per manager or segment (empty when not grouped).
    public var groups: [ReportGroup]

    /// A document; `groups` stay empty unless given.
    public init(kind: String, title: String, workspace: String, currency: String, period: Period, today: Day,
                notes: [String] = [], facts: [ReportFact] = [], tables: [ReportTable] = [],
                groupedBy: String? = nil, groups: [ReportGroup] = []) {
        self.kind = kind
        self.title = title
        self.workspace = workspace
        self.currency = currency
        self.period = period
        self.today = today
        self.notes = notes
        self.facts = facts
        self.tables = tables
        self.groupedBy = groupedBy
        self.groups = groups
    }
}

/// One block of a grouped report: a manager's or a segment's figures and tables.
public struct ReportGroup: Sendable, Equatable {
    /// The manager's id or the segment's name.
    public var key: String
    /// The manager's name or the segment's name.
    public var name: String
    /// Notes for this block.
    public var notes: [String]
    /// Headline figures of the block.
    public var facts: [ReportFact]
    /// The block's tables.
    public var tables: [ReportTable]

    /// A block.
    public init(key: String, name: String, notes: [String] = [], facts: [ReportFact] = [],
                tables: [ReportTable] = []) {
        self.key = key
        self.name = name
        self.notes = notes
        self.facts = facts
        self.tables = tables
    }
}

/// A headline figure: a label for people, a key for json, and its value.
public struct ReportFact: Sendable, Equatable {
    /// The json key, such as `totalProfit`.
    public var key: String
    /// The label for people, such as `Total operating profit`.
    public var label: String
    /// The value.
    public var value: ReportValue

    /// A headline figure.
    public init(_ key: String, _ label: String, _ value: ReportValue) {
        self.key = key
        self.label = label
        self.value = value
    }
}

/// A table of a report: typed columns and rows of values.
public struct ReportTable: Sendable, Equatable {
    /// The json key of the table (`accounts`, `kpis`).
    public var key: String
    /// A heading for people; nil for none.
    public var title: String?
    /// The columns, in order.
    public var columns: [ReportColumn]
    /// The rows; each has one value per column.
    public var rows: [[ReportValue]]
    /// A total (or subtotal) row under the rows, computed from the underlying figures; nil for none.
    public var total: [ReportValue]?

    /// A table. Rows shorter than the columns are padded with no data, longer ones cut.
    public init(key: String, title: String? = nil, columns: [ReportColumn], rows: [[ReportValue]],
                total: [ReportValue]? = nil) {
        self.key = key
        self.title = title
        self.columns = columns
        func fitted(_ row: [ReportValue]) -> [ReportValue] {
            row.count == columns.count ? row
                : Array((row + Array(repeating: ReportValue.noData, count: columns.count)).prefix(columns.count))
        }
        self.rows = rows.map(fitted)
        self.total = total.map(fitted)
    }

    /// The json key of the total row: `total`.
    public static let totalKey = "total"
}

/// A column of a report table.
public struct ReportColumn: Sendable, Equatable {
    /// What a column holds; sets the default alignment and tells readers of csv and json what to expect.
    public enum Kind: String, Sendable, CaseIterable {
        case text, amount, percent, fraction, count, score, number, status, quarter, date
        /// Values of different kinds row by row, such as a KPI's actual.
        case measure
    }

    /// How cells line up in text and markdown.
    public enum Alignment: String, Sendable {
        case left, right
    }

    /// The csv header and json key, such as `operatingProfit`.
    public var key: String
    /// The heading for people, such as `Op. profit`.
    public var title: String
    /// What the column holds.
    public var kind: Kind
    /// How cells line up.
    public var alignment: Alignment

    /// A column; numbers align right, everything else left, unless `alignment` says otherwise.
    public init(_ key: String, _ title: String, _ kind: Kind, alignment: Alignment? = nil) {
        self.key = key
        self.title = title
        self.kind = kind
        switch kind {
        case .amount, .percent, .fraction, .count, .score, .number, .measure: self.alignment = alignment ?? .right
        case .text, .status, .quarter, .date: self.alignment = alignment ?? .left
        }
    }
}
