import Foundation
import KamAnalytics
import KamModel

/// What the account list derives from one `AccountMeasuresTable` and keeps while that
/// table lives: each column's sort ranks and each grouping's group numbers.
///
/// The cache belongs to the table value (a table is built again after an edit, an undo, a
/// reload or a change of quarter, and starts with an empty cache), and it is read only
/// through the table's own methods, which compute from the table's own rows: nothing kept
/// can outlive or mismatch the rows it was computed from.
final class AccountTableCache: @unchecked Sendable {
    /// Guards the dictionaries; screens may read from any thread.
    private let lock = NSLock()
    private var ranks: [String: ColumnRanks] = [:]
    private var groups: [AccountGrouping: GroupKeys] = [:]

    /// The kept ranks of the column `id`, or those `compute` gives (then kept).
    fileprivate func ranks(of id: String, _ compute: () -> ColumnRanks) -> ColumnRanks {
        lock.withLock { Self.kept(in: &ranks, id, compute) }
    }

    /// The kept group numbers of `grouping`, or those `compute` gives (then kept).
    fileprivate func groups(of grouping: AccountGrouping, _ compute: () -> GroupKeys) -> GroupKeys {
        lock.withLock { Self.kept(in: &groups, grouping, compute) }
    }

    /// `kept[key]`, computed and stored first when missing.
    private static func kept<Key: Hashable, Value>(in kept: inout [Key: Value], _ key: Key,
                                                   _ compute: () -> Value) -> Value {
        if let value = kept[key] { return value }
        let value = compute()
        kept[key] = value
        return value
    }
}

extension AccountMeasuresTable {
    /// The ranks of `column` over this table's rows, computed (on all cores) the first time
    /// they are asked for: later sorts by the column, either way and in any combination,
    /// reuse them.
    func ranks(of column: AccountColumn) -> ColumnRanks {
        cache.ranks(of: column.id) {
            let rows = self.rows, n = rows.count
            let parts = BothCores.map(AccountTable.parts(n)) { part in
                ColumnKeys(AccountTable.chunk(part, of: n).lazy.map { column.value(rows[$0]) })
            }
            return ColumnRanks(parts: parts) { rows.map(column.value) }
        }
    }

    /// The group of every row under `grouping`, computed the first time it is asked for.
    func groupKeys(_ grouping: AccountGrouping) -> GroupKeys {
        cache.groups(of: grouping) { GroupKeys(table: self, grouping: grouping) }
    }
}
