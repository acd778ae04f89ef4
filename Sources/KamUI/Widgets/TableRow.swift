/// One cell of a table row: already-formatted text and, optionally, its own role
/// (a red status, a muted "n/a").
public struct TableCell: Sendable, Hashable, ExpressibleByStringLiteral {
    public var text: String
    /// Overrides the row's role for this cell; ignored on the selected row.
    public var role: Role?
    /// Shorter forms of `text`, longest first: the first that fits the column is drawn
    /// when `text` does not (rather than `text` cut short, which can mislead: a count
    /// "(100000)" cut to "(10000…").
    public var shorter: [String]

    public init(_ text: String, role: Role? = nil, shorter: [String] = []) {
        self.text = text
        self.role = role
        self.shorter = shorter
    }

    /// The text to draw in `width` cells: `text` if it fits, else the first shorter form
    /// that fits, else the shortest there is (cut by the caller).
    public func text(fitting width: Int) -> String {
        guard !shorter.isEmpty, SafeText.width(of: text) > width else { return text }
        return shorter.first { SafeText.width(of: $0) <= width } ?? shorter[shorter.count - 1]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// One row of a table: an ordinary row, a group header spanning all columns, or a total.
public struct TableRow: Sendable, Hashable {
    /// What a row is, which decides how it is drawn.
    public enum Kind: Sendable, Hashable {
        case body, group, total
    }

    public var kind: Kind
    /// One cell per column; a group row uses only the first, across the whole width.
    public var cells: [TableCell]

    public init(kind: Kind = .body, cells: [TableCell]) {
        self.kind = kind
        self.cells = cells
    }

    /// An ordinary row.
    public static func body(_ cells: [TableCell]) -> TableRow { TableRow(cells: cells) }
    /// A header row that starts a group, spanning all columns.
    public static func group(_ title: String) -> TableRow { TableRow(kind: .group, cells: [TableCell(title)]) }
    /// A total or subtotal row.
    public static func total(_ cells: [TableCell]) -> TableRow { TableRow(kind: .total, cells: cells) }

    /// The style of the row as a whole, before cell roles and selection.
    var style: Style {
        switch kind {
        case .body: return Style(.text)
        case .group: return Style(.title, bold: true)
        case .total: return Style(.header, bold: true)
        }
    }
}

/// Which column a table is sorted by, and in which direction.
public struct TableSort: Sendable, Hashable {
    public var column: Int
    public var ascending: Bool

    public init(column: Int, ascending: Bool) {
        self.column = column
        self.ascending = ascending
    }
}
