import KamDemo
import KamModel
import Testing
@testable import KamAnalytics

@Suite("Scorecard history")
struct ScorecardHistoryTests {
    /// Demo accounts with custom figures some accounts lack, over quarters some accounts lack.
    static let workspace: Workspace = {
        let quarter = Quarter(year: 2026, quarter: 3)
        var workspace = DemoPortfolio.generate(accounts: 90, quarters: 6, seed: 5, lastQuarter: quarter)
        for i in stride(from: 0, to: 90, by: 4) { workspace.accounts[i].quarters[quarter]?.custom = [:] }
        for i in stride(from: 1, to: 90, by: 7) {
            workspace.accounts[i].quarters[quarter.previous]?.custom["late figure"] = Double(i) / 3
        }
        workspace.accounts[3].quarters = [:]
        return workspace
    }()

    /// The plain sum: every account in workspace order, each quarter with `MeasureTotals.add`.
    static func reference(_ scope: ScorecardScope, _ quarter: Quarter, _ length: Int) -> [MeasureTotals] {
        var history = Array(repeating: MeasureTotals(), count: length)
        for account in workspace.accounts where scope.contains(account) {
            for i in 0..<length {
                history[i].add(MeasureTotals(account: account, period: .quarter(quarter.advanced(by: i - length + 1))))
            }
        }
        return history
    }

    @Test("one pass over an account gives each quarter's totals as computed quarter by quarter")
    func eachQuarterEqualsOneByOne() {
        var counts: [Int] = []
        let first = Quarter(year: 2024, quarter: 4)
        var accounts = Array(Self.workspace.accounts.prefix(30))
        accounts[1].activities = []
        accounts[2].contacts = accounts[2].contacts.map { var c = $0; c.since = nil; return c }
        for account in accounts {
            var seen = 0
            MeasureTotals.eachQuarter(of: account, from: first, count: 9, counts: &counts) { i, totals in
                #expect(totals == MeasureTotals(account: account, period: .quarter(first.advanced(by: i))),
                        "\(account.id) quarter \(i)")
                seen += 1
            }
            #expect(seen == 9)
        }
    }

    @Test("each quarter's totals equal adding the scope's accounts one by one in workspace order",
          arguments: [ScorecardScope.portfolio, .manager("m-none")])
    func historyEqualsPlainSum(scope: ScorecardScope) {
        let quarter = Quarter(year: 2026, quarter: 3)
        for length in [1, 2, 3, 5, 12] {
            #expect(Scorecard.history(Self.workspace, scope: scope, quarter: quarter, length: length)
                    == Self.reference(scope, quarter, length), "length \(length)")
        }
    }

    @Test("manager and segment scopes sum only their accounts, in workspace order")
    func scopedHistory() throws {
        let quarter = Quarter(year: 2026, quarter: 3)
        let first = try #require(Self.workspace.accounts.first)
        for scope in [ScorecardScope.manager(first.manager), .segment(first.segment), .account(first.id)] {
            let history = Scorecard.history(Self.workspace, scope: scope, quarter: quarter, length: 8)
            #expect(history == Self.reference(scope, quarter, 8), "\(scope)")
            #expect(history.last?.accounts ?? 0 > 0)
        }
    }

    @Test("the previous quarter's card from the history's earlier part equals evaluating it on its own")
    func previousCardFromHistory() {
        let quarter = Quarter(year: 2026, quarter: 3), today = day("2026-10-01")
        let history = Scorecard.history(Self.workspace, scope: .portfolio, quarter: quarter, length: 12)
        let fromHistory = Scorecard.evaluate(Self.workspace.scorecard, scope: .portfolio, quarter: quarter.previous,
                                             today: today, history: Array(history.dropLast().suffix(2)))
        let alone = Scorecard.evaluate(Self.workspace, scope: .portfolio, quarter: quarter.previous, today: today,
                                       historyLength: 2)
        #expect(fromHistory == alone)
    }
}
