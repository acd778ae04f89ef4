import KamAnalytics
import KamModel
import Testing
@testable import KamUI

@Suite("Account list screen")
struct AccountListScreenTests {
    @Test("the account list at 80x24 on the demo portfolio")
    func snapshot80x24() throws {
        assertSnapshot(App.render(try AppFixture.state()), named: "accounts-80x24")
    }

    @Test("the account list at 120x40, grouped by manager with more columns")
    func snapshot120x40() throws {
        var state = try AppFixture.state(width: 120, height: 40)
        try AppFixture.press(":columns name,segment,tier,revenue,growth-qoq,margin,operating-profit,roi,nps,card,score<Enter>=g", &state)
        assertSnapshot(App.render(state), named: "accounts-120x40-by-manager")
    }

    @Test("the numbers drawn equal the analytics' values for the accounts shown")
    func numbersFromAnalytics() throws {
        var state = try AppFixture.state(width: 120, height: 30)
        try AppFixture.press(":columns name,revenue,margin,operating-profit,nps<Enter>", &state)
        let text = App.render(state).lines
        let quarter = state.quarter
        let table = AccountTable(workspace: AppFixture.workspace, period: .quarter(quarter), today: AppFixture.today)
        for account in AppFixture.workspace.accounts.prefix(5) {
            let measures = try #require(table.row(id: account.id))
            // Rows start after the one-cell cursor gutter.
            let line = try #require(text.first { $0.dropFirst().hasPrefix(account.name.prefix(20)) },
                                    "\(account.name) is on screen")
            let format = Format.standard
            for expected in [format.amount(measures.revenue, compact: true), format.percent(measures.grossMargin),
                             format.amount(measures.operatingProfit, compact: true), format.nps(measures.nps)] {
                #expect(line.contains(" " + expected), "\(account.name): \(expected) in \(line)")
            }
        }
    }

    @Test("the totals line shows the portfolio's summed revenue")
    func totalsLine() throws {
        let state = try AppFixture.state()
        let lines = App.render(state).lines
        let table = AccountTable(workspace: AppFixture.workspace, period: .quarter(state.quarter), today: AppFixture.today)
        let total = table.totals(of: Array(0..<table.count))
        let totalsLine = lines[22]
        #expect(totalsLine.hasPrefix(" Total (60)"))
        #expect(totalsLine.contains(Format.standard.amount(total.figures.revenue.value, compact: true)))
    }

    @Test("filters parse fields, quotes, comparisons and negation")
    func filterParsing() throws {
        let filter = try AccountFilter(#"manager:smith segment:"Public sector" revenue>=100k -status:lost acme"#)
        #expect(filter.terms.count == 5)
        #expect(filter.terms[2].term == .compare(column: "revenue", op: .atLeast, value: 100_000))
        #expect(filter.terms[3].negated)
        #expect(throws: AccountFilter.ParseError(message: "filter: a double quote is not closed")) {
            try AccountFilter(#"segment:"Public"#)
        }
        #expect(throws: AccountFilter.ParseError.self) { try AccountFilter("colour:red") }
        #expect(throws: AccountFilter.ParseError.self) { try AccountFilter("name>3") }
    }

    @Test("remembered preferences restore columns, sort and grouping")
    func preferences() throws {
        var prefs = ViewPreferences()
        prefs[screen: "accounts"] = ScreenPreferences(columns: ["name", "nps", "gone"], sort: "nps desc", group: "tier")
        let state = try AppState(workspace: AppFixture.workspace, today: AppFixture.today, preferences: prefs)
        let list = try AppFixture.list(state)
        #expect(list.columns == ["name", "nps"], "unknown columns are dropped")
        #expect(list.sort.text == "nps desc")
        #expect(list.grouping == .tier)
    }
}
