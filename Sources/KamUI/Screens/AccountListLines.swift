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
struct AccountListLines: Sendable {
    var lines: [AccountListLine]
    /// The roll-up of every account that passes the filter.
    var total: AccountRollUp
    /// Positions in `lines` of the account lines, in order.
    var accountPositions: [Int]
    /// What `total` was summed from: the table and the filter.
    let tableIdentity: AccountMeasuresTable.Identity
    let filter: AccountFilter

    /// The lines of `table` under `filter`, `sort` and `grouping`. The total is taken from
    /// `previous` when that was built from the same table and filter (a re-sort or
    /// regroup): it is summed in workspace order whatever the sort, and summing 100,000
    /// rows is the slowest part of a rebuild.
    init(table: AccountMeasuresTable, filter: AccountFilter, sort: AccountSort, grouping: AccountGrouping,
         previous: AccountListLines? = nil) {
        let filtered = filter.isEmpty ? table.rows : table.rows.filter(filter.matches)
        let shown = sort.sorted(filtered)
        // Summed in workspace order, so the total does not change in its last digits on a re-sort.
        if let previous, previous.tableIdentity === table.identity, previous.filter == filter {
            total = previous.total
        } else {
            total = table.rollUp(filtered)
        }
        tableIdentity = table.identity
        self.filter = filter
        var lines: [AccountListLine] = []
        if grouping == .none {
            lines = shown.map(AccountListLine.account)
        } else {
            // Number the groups in order of first appearance, then order them by rank and title.
            var groupOf: [String: Int] = [:]
            var titles: [String] = [], ranks: [Int] = [], scopes: [ScorecardScope] = []
            var groups = [Int](repeating: 0, count: shown.count)
            for (i, row) in shown.enumerated() {
                let (rank, title) = grouping.group(of: row)
                if let g = groupOf[title] {
                    groups[i] = g
                } else {
                    groups[i] = titles.count
                    groupOf[title] = titles.count
                    titles.append(title)
                    ranks.append(rank)
                    let scope: ScorecardScope = switch grouping {
                    case .manager: .manager(row.measures.manager)
                    case .segment: .segment(row.measures.segment)
                    default: .portfolio
                    }
                    scopes.append(scope)
                }
            }
            let lowercased = titles.map { $0.lowercased() }
            let order = titles.indices.sorted { a, b in
                ranks[a] != ranks[b] ? ranks[a] < ranks[b] : lowercased[a] < lowercased[b]
            }
            var members = [[Int]](repeating: [], count: titles.count)
            for (i, g) in groups.enumerated() { members[g].append(i) }
            let rollUps = table.rollUps(shown, groups: groups, scopes: scopes)
            lines.reserveCapacity(shown.count + 2 * titles.count)
            for g in order {
                lines.append(.group(title: titles[g], rollUp: rollUps[g]))
                for i in members[g] { lines.append(.account(shown[i])) }
                lines.append(.subtotal(rollUps[g]))
            }
        }
        self.lines = lines
        accountPositions = lines.indices.filter { lines[$0].account != nil }
    }
}
