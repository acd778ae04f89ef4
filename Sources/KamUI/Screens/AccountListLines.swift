import KamAnalytics
import KamModel

/// One line of the account list: a group header, an account, or a group's subtotal.
enum AccountListLine: Sendable {
    case group(title: String, rollUp: AccountRollUp)
    case account(AccountRow)
    case subtotal(AccountRollUp)

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

    init(table: AccountMeasuresTable, filter: AccountFilter, sort: AccountSort, grouping: AccountGrouping) {
        let shown = sort.sorted(filter.isEmpty ? table.rows : table.rows.filter(filter.matches))
        total = table.rollUp(shown)
        var lines: [AccountListLine] = []
        if grouping == .none {
            lines = shown.map(AccountListLine.account)
        } else {
            var groups: [String: (rank: Int, rows: [AccountRow])] = [:]
            for row in shown {
                let (rank, title) = grouping.group(of: row)
                groups[title, default: (rank, [])].rows.append(row)
            }
            let order = groups.keys.sorted { a, b in
                let ra = groups[a]?.rank ?? 0, rb = groups[b]?.rank ?? 0
                return ra != rb ? ra < rb : a.lowercased() < b.lowercased()
            }
            for title in order {
                guard let rows = groups[title]?.rows, let first = rows.first else { continue }
                let scope: ScorecardScope = switch grouping {
                case .manager: .manager(first.measures.manager)
                case .segment: .segment(first.measures.segment)
                default: .portfolio
                }
                let rollUp = table.rollUp(rows, scope: scope)
                lines.append(.group(title: title, rollUp: rollUp))
                lines += rows.map(AccountListLine.account)
                lines.append(.subtotal(rollUp))
            }
        }
        self.lines = lines
        accountPositions = lines.indices.filter { lines[$0].account != nil }
    }
}
