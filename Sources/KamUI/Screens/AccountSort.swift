import KamModel

/// The account list's sort order: columns with directions, the first deciding, the rest
/// breaking ties; written `revenue desc, name`. Accounts without data sort last.
public struct AccountSort: Sendable, Equatable {
    /// One sort column and its direction.
    public struct Key: Sendable, Equatable {
        public var column: String
        public var descending: Bool

        public init(column: String, descending: Bool) {
            self.column = column
            self.descending = descending
        }
    }

    public var keys: [Key]

    public init(keys: [Key] = []) {
        self.keys = keys
    }

    /// Parses `revenue desc, name`; numbers sort high to low and text A to Z unless a
    /// direction (`asc`, `desc`) follows the column.
    public init(parsing text: String) throws(AccountFilter.ParseError) {
        var keys: [Key] = []
        for part in text.split(separator: ",") {
            let words = part.split(separator: " ").map(String.init)
            guard let id = words.first?.lowercased() else { continue }
            guard let column = AccountColumn.named(id) else {
                let names = AccountColumn.all.map(\.id).joined(separator: ", ")
                throw AccountFilter.ParseError(message: "sort: no column named \(id) (columns: \(names))")
            }
            var descending = column.isNumeric
            if words.count > 1 {
                switch words[1].lowercased() {
                case "asc", "ascending": descending = false
                case "desc", "descending": descending = true
                default:
                    throw AccountFilter.ParseError(message: "sort: \(part.trimmedSpaces): expected asc or desc after \(id)")
                }
            }
            guard words.count <= 2 else {
                throw AccountFilter.ParseError(message: "sort: \(part.trimmedSpaces): too many words (use commas between columns)")
            }
            keys.removeAll { $0.column == column.id }
            keys.append(Key(column: column.id, descending: descending))
        }
        self.keys = keys
    }

    /// The spec as the user writes it.
    public var text: String {
        keys.map { "\($0.column) \($0.descending ? "desc" : "asc")" }.joined(separator: ", ")
    }

    /// The columns of the keys that name one, with their directions.
    var columns: [(column: AccountColumn, descending: Bool)] {
        keys.compactMap { key in AccountColumn.named(key.column).map { ($0, key.descending) } }
    }

    /// The table rows at `positions` (ascending) in this order; ties keep the workspace order.
    ///
    /// A stable counting sort by each key's ranks (`ColumnRanks`, kept by the table), from
    /// the last key to the first: no values are compared and nothing is sorted by
    /// comparison once a column's ranks exist. Same order as `referenceSorted` (checked by
    /// the tests).
    func order(_ positions: [Int], in table: AccountMeasuresTable) -> [Int] {
        var order = positions
        for (column, descending) in columns.reversed() {
            order = Self.countingSort(order, by: table.ranks(of: column), descending: descending)
        }
        return order
    }

    /// `rows` of `table` in this order (`rows` in any order); ties keep the workspace order.
    func sorted(_ rows: [AccountRow], in table: AccountMeasuresTable) -> [AccountRow] {
        order(rows.map(\.index).sorted(), in: table).map { table.rows[$0] }
    }

    /// `positions` ordered by their ranks, stably: low to high, or high to low when
    /// `descending`; rows without data last either way.
    static func countingSort(_ positions: [Int], by column: ColumnRanks, descending: Bool) -> [Int] {
        let missing = Int(column.missing)
        var next = [Int](repeating: 0, count: missing + 2)
        return column.ranks.withUnsafeBufferPointer { ranks in
            next.withUnsafeMutableBufferPointer { next in
                func bucket(_ position: Int) -> Int {
                    let rank = Int(ranks[position])
                    return descending && rank < missing ? missing - 1 - rank : rank
                }
                for p in positions { next[bucket(p) + 1] += 1 }
                for b in 1..<next.count { next[b] += next[b - 1] }
                return [Int](unsafeUninitializedCapacity: positions.count) { sorted, count in
                    for p in positions {
                        let b = bucket(p)
                        sorted[next[b]] = p
                        next[b] += 1
                    }
                    count = positions.count
                }
            }
        }
    }

    /// `rows` in this order, comparing column values directly: the simple reference that
    /// `sorted` must agree with.
    func referenceSorted(_ rows: [AccountRow]) -> [AccountRow] {
        let columns = self.columns
        guard !columns.isEmpty else { return rows }
        let values = rows.map { row in columns.map { $0.column.value(row) } }
        let order = rows.indices.sorted { a, b in
            for (i, (_, descending)) in columns.enumerated() {
                let result = Self.compare(values[a][i], values[b][i])
                if result == 0 { continue }
                // Missing values stay last in both directions.
                if values[a][i].isMissing != values[b][i].isMissing { return values[b][i].isMissing }
                return descending ? result > 0 : result < 0
            }
            return rows[a].index < rows[b].index
        }
        return order.map { rows[$0] }
    }

    /// -1, 0 or 1.
    static func compare(_ a: ColumnValue, _ b: ColumnValue) -> Int {
        if a.isMissing || b.isMissing { return a.isMissing == b.isMissing ? 0 : (a.isMissing ? 1 : -1) }
        if let x = a.number, let y = b.number { return x < y ? -1 : x > y ? 1 : 0 }
        let x = a.text(.standard).lowercased(), y = b.text(.standard).lowercased()
        return x < y ? -1 : x > y ? 1 : 0
    }
}

extension ColumnValue {
    /// True for a value without data (`n/a`), which sorts last.
    var isMissing: Bool {
        switch self {
        case .number(nil, _), .days(nil, _), .status(nil): true
        default: false
        }
    }
}
