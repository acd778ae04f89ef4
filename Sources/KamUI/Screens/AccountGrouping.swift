import KamAnalytics
import KamModel

/// What the account list groups rows by.
public enum AccountGrouping: String, Sendable, CaseIterable {
    case none, manager, segment, tier, status

    /// The group an account falls in: a sort rank and a title.
    func group(of row: AccountRow) -> (rank: Int, title: String) {
        switch self {
        case .none: (0, "")
        case .manager: (0, row.managerName)
        case .segment: (0, row.segment)
        case .tier: (row.tier.ordinal, row.tier.title)
        case .status: (row.status.sortRank, row.status.title)
        }
    }

    /// The scope a group's scorecard is scored in, given the group's first account.
    func scope(of row: AccountRow) -> ScorecardScope {
        switch self {
        case .manager: .manager(row.manager)
        case .segment: .segment(row.segment)
        default: .portfolio
        }
    }

    /// Whether group `a` is shown before group `b`: by rank, then title in any case, then
    /// title as written (so that titles differing only in case keep one order).
    static func showsBefore(_ a: (rank: Int, title: String), _ b: (rank: Int, title: String)) -> Bool {
        if a.rank != b.rank { return a.rank < b.rank }
        let x = a.title.lowercased(), y = b.title.lowercased()
        return x != y ? x < y : a.title < b.title
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

/// The group of every row of a table under one grouping, groups numbered in the order the
/// list shows them (`AccountGrouping.showsBefore`). Kept by the table's cache.
struct GroupKeys: Sendable {
    /// The group number of each row, in table order.
    let groupOfRow: [Int]
    /// Each group's title, by group number.
    let titles: [String]

    init(table: AccountMeasuresTable, grouping: AccountGrouping) {
        // Each row's code and each code's group: for managers and segments the table's
        // codes (one per manager id or segment, a few thousand titles to number instead of
        // one per row), else the titles numbered as they come.
        let columns = table.store.table
        let codes: [Int32], groupOfCode: [(rank: Int, title: String)]
        switch grouping {
        case .manager:
            codes = columns.managerCodes
            groupOfCode = table.store.managerNames.map { (0, $0) }
        case .segment:
            codes = columns.segmentCodes
            var titles: [(rank: Int, title: String)] = []
            for (p, code) in codes.enumerated() where Int(code) == titles.count { titles.append((0, columns.segments[p])) }
            groupOfCode = titles
        default:
            var numberOf: [String: Int32] = [:]
            var titles: [(rank: Int, title: String)] = []
            codes = table.rows.map { row in
                let group = grouping.group(of: row)
                if let number = numberOf[group.title] { return number }
                numberOf[group.title] = Int32(titles.count)
                titles.append(group)
                return Int32(titles.count - 1)
            }
            groupOfCode = titles
        }
        // Codes with equal titles (two managers of one name) are one group.
        var numberOf: [String: Int] = [:]
        var groups: [(rank: Int, title: String)] = []
        let numberOfCode = groupOfCode.map { group in
            if let number = numberOf[group.title] { return number }
            numberOf[group.title] = groups.count
            groups.append(group)
            return groups.count - 1
        }
        let firstNumbers = codes.map { numberOfCode[Int($0)] }
        // `AccountGrouping.showsBefore`, with each title lowercased once.
        let lowercased = groups.map { $0.title.lowercased() }
        let order = groups.indices.sorted { a, b in
            if groups[a].rank != groups[b].rank { return groups[a].rank < groups[b].rank }
            return lowercased[a] != lowercased[b] ? lowercased[a] < lowercased[b] : groups[a].title < groups[b].title
        }
        var renumber = [Int](repeating: 0, count: groups.count)
        for (shown, first) in order.enumerated() { renumber[first] = shown }
        groupOfRow = firstNumbers.map { renumber[$0] }
        titles = order.map { groups[$0].title }
    }
}

/// The groups that the filtered rows of a table fall in under one grouping, in the order
/// shown, with their roll-ups: what grouped lines show, whatever the sort.
///
/// Each roll-up sums its group's rows in workspace order, and a group's scorecard is scored
/// in the scope of its first account in workspace order, so that neither changes with the
/// sort: a re-sort of a grouped list reuses them (see `AccountListLines`).
struct AccountGroups: Sendable {
    let grouping: AccountGrouping
    /// The group number (`GroupKeys`) of each group shown, in the order shown.
    let numbers: [Int]
    /// The position in `numbers` of each group number, or -1 for a group with no rows.
    let slotOfNumber: [Int]
    let titles: [String]
    let rollUps: [AccountRollUp]

    /// The groups of the table rows at `filtered` (in workspace order).
    init(table: AccountMeasuresTable, filtered: [Int], grouping: AccountGrouping) {
        let keys = table.groupKeys(grouping)
        var sizes = [Int](repeating: 0, count: keys.titles.count)
        var first = [Int](repeating: -1, count: keys.titles.count)
        for p in filtered {
            let g = keys.groupOfRow[p]
            if sizes[g] == 0 { first[g] = p }
            sizes[g] += 1
        }
        let numbers = keys.titles.indices.filter { sizes[$0] > 0 }
        var slotOfNumber = [Int](repeating: -1, count: keys.titles.count)
        for (slot, g) in numbers.enumerated() { slotOfNumber[g] = slot }
        let slots = filtered.map { slotOfNumber[keys.groupOfRow[$0]] }
        let scopes = numbers.map { grouping.scope(of: table.rows[first[$0]]) }
        self.grouping = grouping
        self.numbers = numbers
        self.slotOfNumber = slotOfNumber
        titles = numbers.map { keys.titles[$0] }
        rollUps = table.rollUps(positions: filtered, groups: slots, scopes: scopes)
    }

    /// The lines for the table rows in `shown` order: each group's header, its rows in that
    /// order, and its subtotal; and the positions of the account lines.
    func lines(_ shown: [Int], table: AccountMeasuresTable) -> (lines: [AccountListLine], accounts: [Int]) {
        let keys = table.groupKeys(grouping)
        // A stable counting sort of the shown rows by their group's slot.
        var next = [Int](repeating: 0, count: numbers.count + 1)
        for p in shown { next[slotOfNumber[keys.groupOfRow[p]] + 1] += 1 }
        let sizes = (0..<numbers.count).map { next[$0 + 1] }
        for s in 1..<next.count { next[s] += next[s - 1] }
        var members = [Int](repeating: 0, count: shown.count)
        for p in shown {
            let s = slotOfNumber[keys.groupOfRow[p]]
            members[next[s]] = p
            next[s] += 1
        }
        var lines: [AccountListLine] = [], accounts: [Int] = []
        lines.reserveCapacity(shown.count + 2 * numbers.count)
        accounts.reserveCapacity(shown.count)
        var start = 0
        for s in numbers.indices {
            lines.append(.group(title: titles[s], rollUp: rollUps[s]))
            for p in members[start..<(start + sizes[s])] {
                accounts.append(lines.count)
                lines.append(.account(table.rows[p]))
            }
            lines.append(.subtotal(rollUps[s]))
            start += sizes[s]
        }
        return (lines, accounts)
    }

    /// The grouped lines of `rows` (filtered, in workspace order) in `sort`, built the
    /// simple way: the reference that `AccountListLines` must agree with.
    static func referenceLines(table: AccountMeasuresTable, rows: [AccountRow], sort: AccountSort,
                               grouping: AccountGrouping) -> [AccountListLine] {
        let shown = sort.referenceSorted(rows)
        let groups = Dictionary(grouping: rows) { grouping.group(of: $0).title }.values
            .compactMap { members in members.first.map { (group: grouping.group(of: $0), members: members) } }
            .sorted { AccountGrouping.showsBefore($0.group, $1.group) }
        return groups.flatMap { group, members -> [AccountListLine] in
            let rollUp = table.rollUp(members, scope: grouping.scope(of: members[0]))
            return [.group(title: group.title, rollUp: rollUp)]
                + shown.filter { grouping.group(of: $0).title == group.title }.map(AccountListLine.account)
                + [.subtotal(rollUp)]
        }
    }
}
