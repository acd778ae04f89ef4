import KamAnalytics
import KamDemo
import KamModel
import Testing
@testable import KamUI

@Suite("Account list sort")
struct AccountSortTests {
    /// A portfolio with ties, missing figures and names that differ only in case.
    static let table: AccountMeasuresTable = {
        var workspace = DemoPortfolio.generate(accounts: 300, quarters: 8, seed: 7,
                                               lastQuarter: Quarter(year: 2026, quarter: 3))
        for i in stride(from: 0, to: workspace.accounts.count, by: 7) {
            workspace.accounts[i].quarters[Quarter(year: 2026, quarter: 3)]?.revenue = nil
        }
        for i in stride(from: 3, to: workspace.accounts.count, by: 11) {
            workspace.accounts[i].name = workspace.accounts[i - 1].name.uppercased()
        }
        return AccountMeasuresTable(workspace: workspace, quarter: Quarter(year: 2026, quarter: 3),
                                    today: AppFixture.today)
    }()

    @Test("sorting by precomputed keys gives the reference order for every column, both ways")
    func fastSortEqualsReference() throws {
        let rows = Self.table.rows
        for column in AccountColumn.all {
            for descending in [false, true] {
                let sort = AccountSort(keys: [.init(column: column.id, descending: descending)])
                #expect(sort.sorted(rows, in: Self.table).map(\.id) == sort.referenceSorted(rows).map(\.id),
                        "\(column.id) \(descending ? "desc" : "asc")")
            }
        }
    }

    @Test("names with non-ASCII letters sort as the reference sorts them (String order, not bytes)")
    func nonASCIISortEqualsReference() throws {
        var workspace = DemoPortfolio.generate(accounts: 120, quarters: 4, seed: 3,
                                               lastQuarter: Quarter(year: 2026, quarter: 3))
        let odd = ["Ärzte Zentrum", "arzte zentrum", "Zoë Foods", "zoe foods", "Éclair SA", "eclair sa", "Ørsted", "Œuvre"]
        for (i, name) in odd.enumerated() { workspace.accounts[i * 13].name = name }
        let table = AccountMeasuresTable(workspace: workspace, quarter: Quarter(year: 2026, quarter: 3),
                                         today: AppFixture.today)
        for descending in [false, true] {
            let sort = AccountSort(keys: [.init(column: "name", descending: descending)])
            #expect(sort.sorted(table.rows, in: table).map(\.id) == sort.referenceSorted(table.rows).map(\.id))
        }
    }

    @Test("multi-column sorts with ties give the reference order")
    func multiColumnSortEqualsReference() throws {
        let rows = Self.table.rows
        for spec in ["tier, revenue desc", "segment, manager desc, name", "card, score asc", "status desc, nps"] {
            let sort = try AccountSort(parsing: spec)
            #expect(sort.sorted(rows, in: Self.table).map(\.id) == sort.referenceSorted(rows).map(\.id), "\(spec)")
            let filtered = rows.filter { $0.measures.index % 3 != 0 }
            #expect(sort.sorted(filtered, in: Self.table).map(\.id) == sort.referenceSorted(filtered).map(\.id), "\(spec), filtered")
        }
    }

    @Test("missing values sort last in both directions")
    func missingLast() throws {
        for descending in [false, true] {
            let sorted = AccountSort(keys: [.init(column: "revenue", descending: descending)]).sorted(Self.table.rows, in: Self.table)
            let missing = sorted.map { $0.measures.revenue == nil }
            let firstMissing = try #require(missing.firstIndex(of: true))
            #expect(missing[firstMissing...].allSatisfy { $0 }, "descending: \(descending)")
        }
    }
}

@Suite("Account list groups")
struct AccountGroupTests {
    @Test("group roll-ups summed on both cores equal each group's own roll-up")
    func rollUpsEqualReference() throws {
        let table = AccountSortTests.table
        let rows = table.rows
        let groups = rows.map { $0.measures.index % 5 == 0 ? 0 : ($0.measures.tier.ordinal + 1) }
        let scopes: [ScorecardScope] = [.portfolio, .segment("a"), .manager("b"), .portfolio, .portfolio]
        let fast = table.rollUps(rows, groups: groups, scopes: scopes)
        for g in scopes.indices {
            let members = zip(rows, groups).filter { $0.1 == g }.map(\.0)
            let reference = table.rollUp(members, scope: scopes[g])
            #expect(fast[g].count == reference.count)
            #expect(fast[g].totals == reference.totals)
            #expect(fast[g].scorecard == reference.scorecard)
        }
    }

    @Test("grouped lines hold every shown account once, under its group, with the group's roll-up")
    func groupedLines() throws {
        let table = AccountSortTests.table
        for grouping in AccountGrouping.allCases where grouping != .none {
            let lines = AccountListLines(table: table, filter: AccountFilter(), sort: try AccountSort(parsing: "revenue"),
                                         grouping: grouping)
            var seen: [String] = []
            var current: (title: String, rows: [AccountRow])?
            for line in lines.lines {
                switch line {
                case .group(let title, _): current = (title, [])
                case .account(let row):
                    #expect(grouping.group(of: row).title == current?.title)
                    current?.rows.append(row)
                    seen.append(row.id)
                case .subtotal(let rollUp):
                    // Summed in workspace order, whatever the sort.
                    let rows = (current?.rows ?? []).sorted { $0.measures.index < $1.measures.index }
                    #expect(rollUp.totals == table.rollUp(rows).totals)
                    #expect(rollUp.count == rows.count)
                }
            }
            #expect(seen.sorted() == table.rows.map(\.id).sorted(), "\(grouping)")
        }
    }
}

@Suite("Account list rows")
struct AccountRowTests {
    @Test("a row's scorecard, evaluated on first read (from several threads at once), is the account's scorecard")
    func lazyScorecardEqualsEvaluated() throws {
        let workspace = DemoPortfolio.generate(accounts: 80, quarters: 8, seed: 5,
                                               lastQuarter: Quarter(year: 2026, quarter: 3))
        let quarter = Quarter(year: 2026, quarter: 3)
        let table = AccountMeasuresTable(workspace: workspace, quarter: quarter, today: AppFixture.today)
        let rows = table.rows
        let cards = BothCores.map(4) { part in rows.map { $0.scorecard } }
        for (i, account) in workspace.accounts.enumerated() {
            let previous = MeasureTotals(account: account, period: .quarter(quarter.previous))
            let expected = Scorecard.evaluate(workspace.scorecard, scope: .account(account.id), quarter: quarter,
                                              today: AppFixture.today, history: [previous, rows[i].measures.totals])
            for part in cards.indices { #expect(cards[part][i] == expected, "\(account.id), reader \(part)") }
            #expect(rows[i].scorecard == expected)
        }
    }
}
