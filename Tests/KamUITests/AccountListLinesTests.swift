import KamAnalytics
import KamDemo
import KamModel
import Testing
@testable import KamUI

@Suite("Account list lines")
struct AccountListLinesTests {
    /// The lines as comparable text: headers and subtotals with their counts, accounts by id.
    static func outline(_ lines: [AccountListLine]) -> [String] {
        lines.map { line in
            switch line {
            case .group(let title, let rollUp): "group \(title) \(rollUp.count)"
            case .account(let row): row.id
            case .subtotal(let rollUp): "subtotal \(rollUp.count)"
            }
        }
    }

    /// The roll-ups of the group and subtotal lines, in order.
    static func rollUps(_ lines: [AccountListLine]) -> [AccountRollUp] {
        lines.compactMap { line in
            switch line {
            case .group(_, let rollUp), .subtotal(let rollUp): rollUp
            case .account: nil
            }
        }
    }

    static func expectReference(_ lines: AccountListLines, table: AccountMeasuresTable, filter: AccountFilter,
                                sort: AccountSort, grouping: AccountGrouping, _ comment: String) {
        let rows = table.rows.filter(filter.matches)
        let reference: [AccountListLine] = grouping == .none
            ? sort.referenceSorted(rows).map(AccountListLine.account)
            : AccountGroups.referenceLines(table: table, rows: rows, sort: sort, grouping: grouping)
        #expect(outline(lines.lines) == outline(reference), "\(comment)")
        let fast = rollUps(lines.lines), slow = rollUps(reference)
        #expect(fast.map(\.totals) == slow.map(\.totals), "\(comment)")
        #expect(fast.map(\.scorecard) == slow.map(\.scorecard), "\(comment)")
        #expect(lines.total.totals == table.rollUp(rows).totals, "\(comment)")
        #expect(lines.accountPositions == lines.lines.indices.filter { lines.lines[$0].account != nil }, "\(comment)")
    }

    @Test("grouped and sorted lines equal the simple reference for every grouping, sort and filter")
    func linesEqualReference() throws {
        let table = AccountSortTests.table
        for grouping in AccountGrouping.allCases {
            for spec in ["", "name", "revenue desc", "tier, revenue", "manager desc, score", "card, name desc"] {
                for text in ["", "tier:key", "revenue>50k -segment:retail"] {
                    let (filter, sort) = (try AccountFilter(text), try AccountSort(parsing: spec))
                    let lines = AccountListLines(table: table, filter: filter, sort: sort, grouping: grouping)
                    Self.expectReference(lines, table: table, filter: filter, sort: sort, grouping: grouping,
                                         "\(grouping) / \(spec) / \(text)")
                }
            }
        }
    }

    @Test("a rebuild from previous lines (re-sort, regroup, narrower or other filter) equals a fresh build")
    func rebuildFromPreviousEqualsFresh() throws {
        let table = AccountSortTests.table
        var lines = AccountListLines(table: table, filter: AccountFilter(), sort: AccountSort(), grouping: .manager)
        let steps: [(String, String, AccountGrouping)] = [
            ("", "revenue desc", .manager), ("", "name", .manager), ("", "name desc", .segment),
            ("tier:key", "name desc", .segment), ("tier:key revenue>20k", "nps", .segment),
            ("tier:key revenue>20k -acme", "nps", .none), ("status:lost", "nps asc", .status), ("", "", .tier),
        ]
        for (text, spec, grouping) in steps {
            let (filter, sort) = (try AccountFilter(text), try AccountSort(parsing: spec))
            lines = AccountListLines(table: table, filter: filter, sort: sort, grouping: grouping, previous: lines)
            Self.expectReference(lines, table: table, filter: filter, sort: sort, grouping: grouping,
                                 "\(text) / \(spec) / \(grouping)")
        }
    }

    @Test("after an edit the new table sorts and groups by the new values, the old one by its own")
    func editedTableSortsByNewValues() throws {
        let quarter = Quarter(year: 2026, quarter: 3)
        var workspace = DemoPortfolio.generate(accounts: 150, quarters: 4, seed: 11, lastQuarter: quarter)
        let before = AccountMeasuresTable(workspace: workspace, quarter: quarter, today: AppFixture.today)
        let sort = try AccountSort(parsing: "name, revenue desc")
        let oldOrder = sort.sorted(before.rows, in: before).map(\.id)
        workspace.accounts[5].name = "AAA first now"
        workspace.accounts[9].quarters[quarter]?.revenue = 1e12
        workspace.accounts[12].manager = workspace.accounts[40].manager
        let after = AccountMeasuresTable(workspace: workspace, quarter: quarter, today: AppFixture.today)
        #expect(sort.sorted(after.rows, in: after).map(\.id) == sort.referenceSorted(after.rows).map(\.id))
        #expect(sort.sorted(after.rows, in: after).first?.id == workspace.accounts[5].id)
        let previous = AccountListLines(table: before, filter: AccountFilter(), sort: sort, grouping: .manager)
        let lines = AccountListLines(table: after, filter: AccountFilter(), sort: sort, grouping: .manager,
                                     previous: previous)
        Self.expectReference(lines, table: after, filter: AccountFilter(), sort: sort, grouping: .manager, "after")
        #expect(sort.sorted(before.rows, in: before).map(\.id) == oldOrder)
    }

    @Test("a filter narrows another when it adds terms to it")
    func narrowing() throws {
        #expect(try AccountFilter("tier:key revenue>1k").narrows(AccountFilter("tier:key")))
        #expect(try AccountFilter("tier:key").narrows(AccountFilter()))
        #expect(try !AccountFilter("tier:key").narrows(AccountFilter("tier:key revenue>1k")))
        #expect(try !AccountFilter("-tier:key").narrows(AccountFilter("tier:key")))
        #expect(try !AccountFilter("revenue>1k tier:key").narrows(AccountFilter("tier:key")))
    }
}

@Suite("Column ranks")
struct ColumnRanksTests {
    /// Ranks the reference way: distinct values in `AccountSort.compare` order, missing last.
    static func referenceRanks(_ values: [ColumnValue]) -> [UInt32] {
        let sorted = values.filter { !$0.isMissing }.sorted { AccountSort.compare($0, $1) < 0 }
        var distinct: [ColumnValue] = []
        for value in sorted where distinct.last.map({ AccountSort.compare($0, value) != 0 }) ?? true {
            distinct.append(value)
        }
        return values.map { value in
            UInt32(value.isMissing ? distinct.count : distinct.firstIndex { AccountSort.compare($0, value) == 0 } ?? -1)
        }
    }

    @Test("texts with long shared prefixes, prefixes of each other, case, zero bytes and Latin letters rank as String order")
    func packedTextRanks() {
        let texts = ["abcdefgh", "abcdefghi", "ABCDEFGH", "abcdefgh\u{0}", "abcdefgh\u{0}\u{0}", "abcdefghij k",
                     "abcdefghabcdefghx", "abcdefghabcdefgh", "abcdefghabcdefgha", "", "a", "A", "b", "Zürich",
                     "zurich", "ZÜRICH AG", "Æble", "æble", "Ørsted", "Œuvre", "œuvre", "Éclair", "eclair",
                     "Ärzte Zentrum GmbH & Co. KG", "arzte zentrum gmbh & co. kg", "~tilde", "0 zero"]
        let values = texts.map(ColumnValue.text)
        #expect(PackedTexts(lowercasing: texts) != nil)
        #expect(ColumnRanks(values).ranks == Self.referenceRanks(values))
        // Split into parts as the table does, the ranks are the same.
        let parts = [ColumnKeys(values[..<10]), ColumnKeys(values[10...])]
        #expect(ColumnRanks(parts: parts) { values }.ranks == Self.referenceRanks(values))
    }

    @Test("texts whose lowercased form is not in byte order rank as String order")
    func unpackableTextRanks() {
        let texts = ["İstanbul", "istanbul", "Ista", "Ißt", "i\u{0307}stanbul", "e\u{0301}clair", "éclair", "eclair"]
        let values = texts.map(ColumnValue.text)
        #expect(PackedTexts(lowercasing: texts) == nil)
        #expect(ColumnRanks(values).ranks == Self.referenceRanks(values))
    }

    @Test("numbers rank with -0 equal to 0, negatives first and missing values last")
    func numberRanks() {
        let values: [ColumnValue] = [.number(3, .money), .number(-0.0, .money), .number(0, .money), .number(nil, .money),
                                     .number(-1e300, .money), .number(-2.5, .money), .number(3, .money),
                                     .number(.infinity, .money), .number(5e-324, .money), .number(nil, .money)]
        #expect(ColumnRanks(values).ranks == Self.referenceRanks(values))
        #expect(ColumnRanks(values).missing == 6)
    }

    @Test("a column of numbers and text in different parts ranks from its values")
    func mixedParts() {
        let values: [ColumnValue] = [.number(2, .count), .number(1, .count), .text("b"), .text("a")]
        let parts = [ColumnKeys(values[..<2]), ColumnKeys(values[2...])]
        let ranks = ColumnRanks(parts: parts) { values }
        #expect(ranks.ranks.count == 4)
        #expect(ranks.ranks[1] < ranks.ranks[0])
    }
}
