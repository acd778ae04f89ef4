#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    /// `rows` in this order; ties keep the workspace order.
    ///
    /// Sorts positions by keys computed once per row and column: a number, or for text
    /// its rank among the column's lowercased texts. The comparisons then touch no strings
    /// and no reference counts, and rows are not copied while sorting. Same order as
    /// `referenceSorted` (checked by the tests).
    func sorted(_ rows: [AccountRow]) -> [AccountRow] {
        let columns = keys.compactMap { key in AccountColumn.named(key.column).map { ($0, key.descending) } }
        guard !columns.isEmpty else { return rows }
        let keyColumns = columns.map { column, descending in
            SortKeyColumn(rows.map { column.value($0) }, descending: descending)
        }
        // Flat key arrays read through pointers: the comparisons touch no reference counts.
        let n = rows.count
        let keys = keyColumns.flatMap(\.keys), missing = keyColumns.flatMap(\.missing)
        let descending = keyColumns.map(\.descending)
        let workspaceIndex = rows.map(\.measures.index)
        var order = Array(rows.indices)
        keys.withUnsafeBufferPointer { keys in
            missing.withUnsafeBufferPointer { missing in
                descending.withUnsafeBufferPointer { descending in
                    workspaceIndex.withUnsafeBufferPointer { workspaceIndex in
                        order.sort { a, b in
                            for c in 0..<descending.count {
                                let missingA = missing[c * n + a], missingB = missing[c * n + b]
                                // Missing values stay last in both directions.
                                if missingA != missingB { return missingB }
                                if missingA { continue }
                                let x = keys[c * n + a], y = keys[c * n + b]
                                if x < y { return !descending[c] }
                                if x > y { return descending[c] }
                            }
                            return workspaceIndex[a] < workspaceIndex[b]
                        }
                    }
                }
            }
        }
        return order.map { rows[$0] }
    }

    /// `rows` in this order, comparing column values directly: the simple reference that
    /// `sorted` must agree with.
    func referenceSorted(_ rows: [AccountRow]) -> [AccountRow] {
        let columns = keys.compactMap { key in AccountColumn.named(key.column).map { ($0, key.descending) } }
        guard !columns.isEmpty else { return rows }
        let values = rows.map { row in columns.map { $0.0.value(row) } }
        let order = rows.indices.sorted { a, b in
            for (i, (_, descending)) in columns.enumerated() {
                let result = Self.compare(values[a][i], values[b][i])
                if result == 0 { continue }
                // Missing values stay last in both directions.
                if values[a][i].isMissing != values[b][i].isMissing { return values[b][i].isMissing }
                return descending ? result > 0 : result < 0
            }
            return rows[a].measures.index < rows[b].measures.index
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

/// One sort column's keys for every row, as numbers: the value, or for text the rank of
/// its lowercased form (equal texts share a rank), compared as `AccountSort.compare` does.
struct SortKeyColumn {
    var keys: [Double]
    var missing: [Bool]
    var descending: Bool

    init(_ values: [ColumnValue], descending: Bool) {
        self.descending = descending
        missing = values.map(\.isMissing)
        let numbers = values.map(\.number)
        if zip(numbers, missing).allSatisfy({ $0 != nil || $1 }) {
            keys = numbers.map { $0 ?? 0 }
        } else {
            // Text (a column gives numbers or text, never both): rank the lowercased texts.
            keys = Self.ranks(values.map { $0.text(.standard) })
        }
    }

    /// The rank of each text, lowercased, in ascending order; equal texts get the same rank.
    static func ranks(_ texts: [String]) -> [Double] {
        let order = TextOrder(lowercasing: texts)
        var sorted = Array(texts.indices)
        order.withLess { less in sorted.sort(by: less) }
        var ranks = [Double](repeating: 0, count: texts.count)
        var rank = 0.0
        order.withLess { less in
            for (i, index) in sorted.enumerated() {
                if i > 0, less(sorted[i - 1], index) { rank += 1 }
                ranks[index] = rank
            }
        }
        return ranks
    }
}

/// Compares lowercased texts by index: on their packed, lowercased UTF-8 bytes when all
/// are ASCII (where byte order is `String`'s order and lowercasing is A-Z to a-z), else as
/// `String`s lowercased by `lowercased()`.
struct TextOrder {
    let texts: [String]
    let bytes: [UInt8]
    let starts: [Int]
    let ascii: Bool

    init(lowercasing texts: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(texts.count + 1)
        var ascii = true
        pack: for text in texts {
            for byte in text.utf8 {
                guard byte < 0x80 else { ascii = false; break pack }
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            starts.append(bytes.count)
        }
        self.ascii = ascii
        self.bytes = ascii ? bytes : []
        self.starts = ascii ? starts : []
        self.texts = ascii ? [] : texts.map { $0.lowercased() }
    }

    /// Calls `body` with the comparison "text `a` sorts before text `b`", which reads the
    /// packed bytes through pointers (no reference counting per comparison).
    func withLess<R>(_ body: ((Int, Int) -> Bool) -> R) -> R {
        guard ascii else { return body { texts[$0] < texts[$1] } }
        return bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                let base = bytes.baseAddress
                return body { a, b in
                    let startA = starts[a], lengthA = starts[a + 1] - startA
                    let startB = starts[b], lengthB = starts[b + 1] - startB
                    guard let base else { return lengthA < lengthB }
                    let result = memcmp(base + startA, base + startB, min(lengthA, lengthB))
                    return result != 0 ? result < 0 : lengthA < lengthB
                }
            }
        }
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

/// What the account list groups rows by.
public enum AccountGrouping: String, Sendable, CaseIterable {
    case none, manager, segment, tier, status

    /// The group an account falls in: a sort rank and a title.
    func group(of row: AccountRow) -> (rank: Int, title: String) {
        switch self {
        case .none: (0, "")
        case .manager: (0, row.managerName)
        case .segment: (0, row.measures.segment)
        case .tier: (row.measures.tier.ordinal, row.measures.tier.title)
        case .status: (row.status.sortRank, row.status.title)
        }
    }

    /// The next grouping for the `group-by` key, which cycles through them.
    var next: AccountGrouping {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

extension AccountStatus {
    /// The position of the case in declaration order (the list's group order), without allocating.
    var sortRank: Int {
        switch self {
        case .new: 0
        case .existing: 1
        case .returning: 2
        case .lost: 3
        }
    }
}
