import KamAnalytics
import KamModel

/// One line of the account list: a group header, an account, or a group's subtotal.
///
/// Group lines are boxed (`indirect`), so a line is a reference wide and a list of
/// 100,000 lines does not carry a roll-up's size in every element.
enum AccountListLine: Sendable {
    indirect case group(title: String, rollUp: AccountRollUp)
    case account(AccountRow)
    indirect case subtotal(AccountRollUp)

    var account: AccountRow? {
        if case .account(let row) = self { return row }
        return nil
    }
}

/// The account list's lines for a filter, sort and grouping, and the total of what is shown.
///
/// What does not depend on the sort is taken from the previous lines when they were built
/// from the same table: the filtered rows (and, when the new filter only adds terms to the
/// previous one, the rows to filter), the total, and the groups with their roll-ups. The
/// sort itself is a counting sort by ranks the table keeps (`AccountSort.order`).
struct AccountListLines: Sendable {
    var lines: [AccountListLine]
    /// The roll-up of every account that passes the filter.
    var total: AccountRollUp
    /// Positions in `lines` of the account lines, in order.
    var accountPositions: [Int]
    /// What this was built from: the table, the filter and the rows that pass it (table
    /// positions, in workspace order), and the groups when grouped.
    let tableIdentity: AccountMeasuresTable.Identity
    let filter: AccountFilter
    let filtered: [Int]
    let groups: AccountGroups?

    /// The lines of `table` under `filter`, `sort` and `grouping`, reusing from `previous`
    /// what it has in common with them.
    init(table: AccountMeasuresTable, filter: AccountFilter, sort: AccountSort, grouping: AccountGrouping,
         previous: AccountListLines? = nil) {
        let same = previous.flatMap { $0.tableIdentity === table.identity ? $0 : nil }
        if let same, same.filter == filter {
            filtered = same.filtered
            // Summed in workspace order, so the total does not change in its last digits on a re-sort.
            total = same.total
        } else {
            let candidates = same.flatMap { filter.narrows($0.filter) ? $0.filtered : nil }
            let rows = table.rows
            filtered = filter.isEmpty ? Array(rows.indices)
                : (candidates ?? Array(rows.indices)).filter { filter.matches(rows[$0]) }
            total = table.rollUp(filter.isEmpty ? rows : filtered.map { rows[$0] })
        }
        tableIdentity = table.identity
        self.filter = filter
        let shown = sort.order(filtered, in: table)
        if grouping == .none {
            groups = nil
            lines = shown.map { .account(table.rows[$0]) }
            accountPositions = Array(lines.indices)
        } else {
            let groups = same.flatMap { $0.filter == filter && $0.groups?.grouping == grouping ? $0.groups : nil }
                ?? AccountGroups(table: table, filtered: filtered, grouping: grouping)
            self.groups = groups
            (lines, accountPositions) = groups.lines(shown, table: table)
        }
    }
}
