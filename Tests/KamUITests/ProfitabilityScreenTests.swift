import KamAnalytics
import KamImport
import KamModel
import Testing
@testable import KamUI

/// The superstore order lines (`../shared/data/superstore.csv`) imported into a new workspace:
/// 793 customers, 2014-2017, revenue and profit but no cost to serve.
enum Superstore {
    static let workspace: Result<Workspace, any Error> = Result {
        let orders = try OrderLineImport.read(path: packageRoot + "/../shared/data/superstore.csv")
        return orders.merge(into: ImportedOrders.newWorkspace(name: "Superstore", currency: "USD")).workspace
    }
    /// The day after the last quarter with orders.
    static let today = Quarter(year: 2017, quarter: 4).next.firstDay

    /// A state on `screen` at `width` x `height` over the superstore workspace.
    static func state(width: Int = 80, height: Int = 24, screen: String) throws -> AppState {
        try AppState(workspace: try workspace.get(), today: today, width: width, height: height, screen: screen)
    }
}

@Suite("Profitability screen")
struct ProfitabilityScreenTests {
    func screen(_ state: AppState) throws -> ProfitabilityScreen {
        try #require(state.screen as? ProfitabilityScreen)
    }

    @Test("one quarter is measured with the account list's table, other periods with their own")
    func quarterSharesTheListTable() throws {
        let state = try AppFixture.state(screen: "pareto")
        let context = state.context(), listed = context.measures.store.table
        func storage(_ t: AccountTable) -> UnsafeRawPointer? { t.ids.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        let quarter = ProfitabilityContent.table(.quarter(context.quarter), context: context)
        #expect(storage(quarter) == storage(listed) && quarter.period == listed.period)
        let four = Period.lastFourQuarters(endingAt: context.quarter)
        let year = ProfitabilityContent.table(four, context: context)
        #expect(year.period == four && storage(year) != storage(listed))
        let fresh = AccountTable(workspace: context.workspace, period: .quarter(context.quarter), today: context.today)
        #expect(Array(quarter.rows) == Array(fresh.rows))
    }

    @Test("at 80x24 the Pareto chart sits beside the figures, Tab switches to the other views")
    func snapshots80x24() throws {
        var state = try AppFixture.state(screen: "pareto")
        assertSnapshot(App.render(state), named: "pareto-80x24")
        for (n, pane) in ["whale", "destroyers", "quadrants"].enumerated() {
            try AppFixture.press("<Tab>", &state)
            #expect(try screen(state).focus.rawValue == pane)
            assertSnapshot(App.render(state), named: "pareto-80x24-\(n + 2)-\(pane)")
        }
        try AppFixture.press("<Tab>", &state)
        #expect(try screen(state).focus == .pareto, "Tab wraps round")
    }

    @Test("at 120x40 both charts, the figures, the value destroyers and the quadrants show at once")
    func snapshot120x40() throws {
        let state = try AppFixture.state(width: 120, height: 40, screen: "pareto")
        let text = App.render(state).text
        for title in ["Pareto", "Whale curve", "80/20 figures", "Value destroyers", "Revenue vs cost to serve"] {
            #expect(text.contains(title), "\(title) shown")
        }
        assertSnapshot(App.render(state), named: "pareto-120x40")
    }

    @Test("the superstore data, without cost to serve, is ranked by gross profit and says so")
    func superstore() throws {
        let state = try Superstore.state(screen: "pareto")
        let s = try screen(state)
        #expect(s.content.view.ranking.basis == .grossProfit)
        #expect(s.content.view.ranking.ranked.count > 0)
        let text = App.render(state).text
        #expect(text.contains("Pareto: gross profit"))
        #expect(text.contains("ranked by gross profit"))
        #expect(text.contains("1 bar = "), "hundreds of customers are bucketed, and the chart says so")
        assertSnapshot(App.render(state), named: "pareto-superstore-80x24")
        var all = try Superstore.state(width: 120, height: 40, screen: "pareto")
        try AppFixture.press("pp", &all)
        assertSnapshot(App.render(all), named: "pareto-superstore-120x40-all")
    }

    @Test("over all superstore quarters the figures are the independently computed 80/20 figures")
    func superstoreAllQuartersFigures() throws {
        var state = try Superstore.state(width: 120, height: 40, screen: "pareto")
        try AppFixture.press("pp", &state)
        let r = try screen(state).content.view.ranking
        // From Tests/KamImportTests/SuperstoreParetoFigures.swift (Python's csv module).
        #expect(r.ranked.count == 793)
        #expect(r.paretoCount == 153)
        #expect(r.top20Count == 159)
        #expect(r.valueDestroyers.count == 155)
        let text = App.render(state).text
        #expect(text.contains("153 (19%)"))
        #expect(text.contains("81.7%"))
        #expect(text.contains("125% at"))
    }

    @Test("the headline figures drawn are the analytics' figures for the period")
    func headlineFiguresMatchTheModel() throws {
        let state = try AppFixture.state(width: 120, height: 40, screen: "pareto")
        let table = AccountTable(workspace: AppFixture.workspace, period: .quarter(state.quarter), today: AppFixture.today)
        let model = ProfitConcentrationView(table: table, settings: AppFixture.workspace.settings)
        let r = model.ranking
        let f = Format.standard
        let lines = App.render(state).lines
        func figure(_ label: String) -> String? {
            lines.first { $0.contains("│ \(label) ") }.map { line in
                let inside = line.split(separator: "│").last.map(String.init) ?? ""
                return String(inside.dropFirst(label.count + 1)).trimmedSpaces
            }
        }
        let cut = try #require(r.paretoCount)
        #expect(figure("Accounts ranked") == "\(r.ranked.count)")
        #expect(figure("Total profit") == f.amount(r.totalProfit, compact: true))
        #expect(figure("Earn 80%") == "\(cut) (\(f.percent(r.paretoShareOfAccounts, decimals: 0)))")
        #expect(figure("Top 20% (\(r.top20Count))") == f.percent(r.top20Share))
        let peak = try #require(r.whalePeak)
        #expect(figure("Whale peak") == "\(f.percent(peak.percent, decimals: 0)) at \(peak.rank)")
        #expect(figure("Value destroyers") == "\(r.valueDestroyers.count)")
        #expect(figure("Their loss") == f.amount(-r.valueDestroyerLoss, compact: true))
        #expect(figure("HHI of revenue") == f.number(model.revenueHHI, decimals: 0))
        #expect(figure("Gini of revenue") == f.number(model.revenueGini, decimals: 2))
        // The whale curve's caption names the same peak.
        #expect(lines.contains { $0.contains("peak \(f.percent(peak.percent, decimals: 0)) at \(peak.rank) of") })
    }

    @Test("p cycles one quarter, the last four and all quarters; [ and ] move the quarter")
    func periodCycling() throws {
        var state = try AppFixture.state(screen: "pareto")
        let q = state.quarter
        #expect(try screen(state).content.period == .quarter(q))
        try AppFixture.press("p", &state)
        #expect(try screen(state).content.period == .lastFourQuarters(endingAt: q))
        let quarters = AppFixture.workspace.quarters
        try AppFixture.press("p", &state)
        #expect(try screen(state).content.period == Period(from: quarters[0], to: quarters[quarters.count - 1]))
        try AppFixture.press("p[", &state)
        #expect(try screen(state).content.period == .quarter(q.previous))
        #expect(state.message == nil)
        // The figures follow: last quarter's total differs from this one's.
        let table = AccountTable(workspace: AppFixture.workspace, period: .quarter(q.previous), today: AppFixture.today)
        let previous = ProfitConcentrationView(table: table, settings: AppFixture.workspace.settings)
        #expect(try screen(state).content.view == previous)
        try AppFixture.press(":period last-four<Enter>", &state)
        #expect(try screen(state).span == .lastFour)
    }

    @Test("v picks a manager: the view covers only that manager's accounts")
    func scopeByManager() throws {
        var state = try AppFixture.state(screen: "pareto")
        let manager = try #require(AppFixture.workspace.managers.first)
        try AppFixture.press("v", &state)
        guard case .pick(let list)? = state.overlay else { Issue.record("no pick list"); return }
        #expect(list.items.first?.id == "portfolio")
        #expect(list.items.contains { $0.id == "manager:\(manager.id)" })
        try AppFixture.press("j<Enter>", &state)
        #expect(try screen(state).scope == .manager(manager.id))
        let owned = AppFixture.workspace.accounts.filter { $0.manager == manager.id }.count
        #expect(try screen(state).content.view.accountCount == owned)
        #expect(state.message?.text == "showing \(manager.name)")
        #expect(try screen(state).mode(context: state.context())?.hasPrefix(manager.name) == true)
        try AppFixture.press(":scope segment:nowhere<Enter>", &state)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.hasPrefix("scope: no segment named nowhere") == true)
    }

    @Test("Enter on a value destroyer opens its account page; q comes back")
    func enterOpensAccount() throws {
        var state = try AppFixture.state(screen: "pareto")
        try AppFixture.press("<Enter>", &state)
        #expect(state.message?.isError == true, "on a chart Enter asks to Tab to a list")
        try AppFixture.press("<Tab><Tab>j<Enter>", &state)
        let worst = try screen(AppState(workspace: AppFixture.workspace, today: AppFixture.today, screen: "pareto"))
            .content.view.ranking.valueDestroyers.reversed().map(\.id)
        let page = try #require(state.screen as? AccountPageScreen)
        #expect(page.accountID == worst[1], "the second-worst value destroyer")
        try AppFixture.press("q", &state)
        #expect(state.screen is ProfitabilityScreen)
    }

    @Test("ASCII glyphs: no box drawing, blocks or braille; losses drawn with x")
    func ascii() throws {
        let state = try AppState(workspace: AppFixture.workspace, today: AppFixture.today, screen: "pareto",
                                 glyphs: .ascii)
        let text = App.render(state).text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("x loss"))
        assertSnapshot(App.render(state), named: "pareto-80x24-ascii")
    }

    @Test("tiny windows do not crash", arguments: [(20, 6), (1, 1), (30, 8), (63, 10)])
    func tiny(size: (Int, Int)) throws {
        var state = try AppFixture.state(width: size.0, height: size.1, screen: "pareto")
        try AppFixture.press("<Tab><Tab>jjp<Tab>kk", &state)
        let buffer = App.render(state)
        #expect(buffer.width == size.0 && buffer.height == size.1)
    }
}

@Suite("Portfolio screens on an empty workspace")
struct EmptyWorkspaceScreensTests {
    @Test("with no accounts the charts give way to a note and nothing crashes",
          arguments: ["pareto", "matrix", "pipeline"])
    func empty(screen: String) throws {
        var state = try AppState(workspace: Workspace(name: "Empty"), today: AppFixture.today, width: 120, height: 40,
                                 screen: screen)
        try AppFixture.press("<Tab>jp<Enter>", &state)
        let text = App.render(state).text
        if screen == "pareto" {
            #expect(text.contains("No account has revenue and profit in"))
            #expect(text.contains("Accounts ranked"))
        }
        #expect(!text.isEmpty)
    }
}
