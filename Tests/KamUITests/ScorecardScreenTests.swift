import KamAnalytics
import KamModel
import Testing
@testable import KamUI

@Suite("Scorecard screen")
struct ScorecardScreenTests {
    static let workspace = AppFixture.workspace

    /// A state on the scorecard at `width` x `height`.
    static func state(width: Int = 80, height: Int = 24) throws -> AppState {
        var state = try AppFixture.state(width: width, height: height)
        try AppFixture.press("2", &state)
        return state
    }

    static func scorecard(_ state: AppState) throws -> ScorecardScreen {
        try #require(state.screen as? ScorecardScreen)
    }

    @Test("key 2 opens the scorecard on the portfolio; 1 goes back to the account list")
    func screenKey() throws {
        var state = try Self.state()
        #expect(try Self.scorecard(state).scope == .portfolio)
        try AppFixture.press("1", &state)
        #expect(state.screen.name == "accounts")
        try AppFixture.press("2", &state)
        #expect(state.screen.name == "scorecard")
    }

    @Test("v cycles portfolio, manager, segment, account and back; n steps to the next manager")
    func cycleScope() throws {
        var state = try Self.state()
        let managers = Self.workspace.managers
        try AppFixture.press("v", &state)
        #expect(try Self.scorecard(state).scope == .manager(managers[0].id))
        #expect(state.message?.text.contains(managers[0].name) == true)
        try AppFixture.press("n", &state)
        #expect(try Self.scorecard(state).scope == .manager(managers[1].id))
        try AppFixture.press("N", &state)
        #expect(try Self.scorecard(state).scope == .manager(managers[0].id))
        try AppFixture.press("v", &state)
        #expect(try Self.scorecard(state).scope == .segment(Self.workspace.segments[0]))
        try AppFixture.press("v", &state)
        guard case .account? = try Self.scorecard(state).scope as ScorecardScope? else {
            Issue.record("the fourth kind is an account")
            return
        }
        try AppFixture.press("v", &state)
        #expect(try Self.scorecard(state).scope == .portfolio)
        try AppFixture.press("vn", &state)
        #expect(try Self.scorecard(state).scope == .manager(managers[1].id), "v returns to the manager shown last")
    }

    @Test(":scope takes a manager's name in quotes, a segment, an id or portfolio; bad names say why")
    func scopeCommand() throws {
        var state = try Self.state()
        let manager = Self.workspace.managers[2]
        try AppFixture.press(":scope manager \"\(manager.name)\"<Enter>", &state)
        #expect(try Self.scorecard(state).scope == .manager(manager.id))
        #expect(App.render(state).lines[0].contains("Scorecard: \(manager.name)"))
        try AppFixture.press(":scope segment \(Self.workspace.segments[1].lowercased())<Enter>", &state)
        #expect(try Self.scorecard(state).scope == .segment(Self.workspace.segments[1]))
        let account = Self.workspace.accounts[5]
        try AppFixture.press(":scope account:\(account.id)<Enter>", &state)
        #expect(try Self.scorecard(state).scope == .account(account.id))
        try AppFixture.press(":scope portfolio<Enter>", &state)
        #expect(try Self.scorecard(state).scope == .portfolio)
        try AppFixture.press(":scope manager Nobody<Enter>", &state)
        #expect(state.message == AppMessage("scope: no manager named Nobody", isError: true))
        try AppFixture.press(":scope team x<Enter>", &state)
        #expect(state.message?.isError == true)
        #expect(try Self.scorecard(state).scope == .portfolio, "a bad scope leaves the scope alone")
    }

    @Test("Tab completes :scope with kinds and quoted names")
    func scopeCompletion() throws {
        var state = try Self.state()
        let manager = Self.workspace.managers[0]
        try AppFixture.press(":scope m<Tab>", &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("prompt open"); return }
        #expect(prompt.line.text == "scope manager \"", "every manager name has a space, so the quote is common")
        #expect(prompt.candidates.contains("manager \"\(manager.name)\""))
        let firstName = manager.name.split(separator: " ")[0]
        try AppFixture.press("\(firstName)<Tab><Enter>", &state)
        #expect(try Self.scorecard(state).scope == .manager(manager.id))
    }

    @Test("V opens a pick list of scopes; Enter on a manager shows that manager")
    func scopePicker() throws {
        var state = try Self.state()
        try AppFixture.press("V", &state)
        guard case .pick(let list)? = state.overlay else { Issue.record("pick list open"); return }
        #expect(list.items.first?.label == "Portfolio")
        #expect(list.items[list.cursor].id == "portfolio")
        try AppFixture.press("j<Enter>", &state)
        #expect(state.overlay == nil)
        #expect(try Self.scorecard(state).scope == .manager(Self.workspace.managers[0].id))
    }

    @Test("r shows the roll-up; Enter drills into the manager's accounts, Enter again into an account's scorecard, q back")
    func drillDown() throws {
        var state = try Self.state()
        let manager = Self.workspace.managers[1]
        try AppFixture.press("rgj", &state)
        #expect(try Self.scorecard(state).view == .rollUp)
        try AppFixture.press("<Enter>", &state)
        #expect(state.stack.count == 2)
        let drill = try #require(state.screen as? ScorecardDrillDown)
        #expect(state.screen.name == "accounts", "the drill-down is the account list")
        let shown = drill.list.content.lines.compactMap(\.account)
        #expect(!shown.isEmpty)
        #expect(shown.allSatisfy { $0.measures.manager == manager.id }, "only the manager's accounts")
        #expect(shown.count == Self.workspace.accounts.filter { $0.manager == manager.id }.count)
        #expect(App.render(state).lines[0].contains("Accounts of \(manager.name)"))
        let first = try #require(drill.list.selectedAccount)
        try AppFixture.press("<Enter>", &state)
        #expect(state.stack.count == 3)
        #expect(try Self.scorecard(state).scope == .account(first.id))
        try AppFixture.press("qq", &state)
        #expect(state.stack.count == 1)
        #expect(try Self.scorecard(state).view == .rollUp, "back on the roll-up")
    }

    @Test("= toggles the roll-up between managers and segments")
    func rollUpBySegment() throws {
        var state = try Self.state()
        try AppFixture.press("=", &state)
        #expect(try Self.scorecard(state).grouping == .segment)
        #expect(try Self.scorecard(state).view == .rollUp)
        let lines = App.render(state).lines
        for segment in Self.workspace.segments { #expect(lines.contains { $0.hasPrefix(segment) }) }
        try AppFixture.press(":roll-up-by manager<Enter>", &state)
        #expect(try Self.scorecard(state).grouping == .manager)
    }

    @Test("[ and ] move between quarters and the figures follow")
    func quarterMoves() throws {
        var state = try Self.state()
        let last = state.quarter
        try AppFixture.press("[", &state)
        #expect(state.quarter == last.previous)
        let card = Scorecard.evaluate(Self.workspace, scope: .portfolio, quarter: last.previous, today: AppFixture.today)
        let header = App.render(state).lines[1]
        #expect(header.contains("Overall"))
        #expect(header.contains(" \(Format.standard.score(card.overall)) "), "\(header)")
        try AppFixture.press("]]", &state)
        #expect(state.quarter == last, "no figures after the last quarter")
        #expect(state.message?.isError == true)
    }

    @Test("c toggles compare mode, listing changes of status before the full list")
    func compareToggle() throws {
        var state = try Self.state()
        try AppFixture.press("c", &state)
        #expect(try Self.scorecard(state).view == .compare)
        let comparison = ScorecardComparison(workspace: Self.workspace, scope: .portfolio, quarter: state.quarter,
                                             today: AppFixture.today)
        let lines = App.render(state).lines
        #expect(lines[1].contains("\(state.quarter.previous) → \(state.quarter)"))
        #expect(lines[3].hasPrefix("Changed status: \(comparison.changes.count)"))
        let reds = comparison.newReds.map(\.kpi.name), greens = comparison.recoveredGreens.map(\.kpi.name)
        let listed = lines[4..<(4 + comparison.changes.count)].map { String($0.prefix(30)).trimmingCharacters(in: .whitespaces) }
        #expect(Array(listed.prefix(reds.count + greens.count)) == reds + greens, "new reds and recovered greens first")
        try AppFixture.press("c", &state)
        #expect(try Self.scorecard(state).view == .panes)
    }

    @Test("the actual, target, attainment and status drawn equal the analytics' values")
    func numbersFromAnalytics() throws {
        var state = try AppFixture.state(width: 120, height: 40)
        let manager = Self.workspace.managers[0]
        try AppFixture.press("2:scope manager:\(manager.id)<Enter>", &state)
        let card = Scorecard.evaluate(Self.workspace, scope: .manager(manager.id), quarter: state.quarter,
                                      today: AppFixture.today)
        let text = App.render(state).lines
        for id in ["gross-margin", "nps", "turnaround", "training"] {
            let kpi = try #require(card.kpi(id: id))
            let line = try #require(text.first { $0.contains(" " + kpi.kpi.name) }, "\(kpi.kpi.name) is drawn")
            let status = ["green": "✔", "amber": "!", "red": "✖"][kpi.status?.rawValue ?? ""] ?? "–"
            let expected = [KPIValueStyle.text(kpi.actual, metric: kpi.kpi.metric, format: .standard),
                            KPIValueStyle.text(kpi.kpi.target, metric: kpi.kpi.metric, format: .standard),
                            Format.standard.score(kpi.score), status]
            let pane = line.split(separator: "│").first { $0.contains(kpi.kpi.name) }.map(String.init) ?? line
            let words = pane.split(separator: " ").map(String.init)
            for value in expected { #expect(words.contains(value), "\(kpi.kpi.name): \(value) in \(pane)") }
        }
        #expect(text[1].contains(" \(Format.standard.score(card.overall)) "), "overall score \(text[1])")
    }

    @Test("an overridden status is marked with * and its reason, author and expiry are shown")
    func overrideShown() throws {
        let override = try #require(Self.workspace.scorecard.overrides.first)
        let account = try #require(override.account)
        var state = try AppFixture.state()
        try AppFixture.press("2:scope account:\(account)<Enter>", &state)
        let kpi = try #require(Self.workspace.scorecard.kpi(id: override.kpi))
        if try Self.scorecard(state).focusedPerspective != 1 { try AppFixture.press("<Tab>", &state) }
        let text = App.render(state).text
        let row = try #require(text.split(separator: "\n").first { $0.contains(kpi.name) })
        let symbol = ["green": "✔", "amber": "!", "red": "✖"][override.status.rawValue] ?? ""
        #expect(row.contains(" \(symbol)* "), "the status carries a star: \(row)")
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains(override.reason.prefix(20)), "the reason is shown")
        #expect(flat.contains("until \(override.expires)"))
        let manager = try #require(Self.workspace.manager(id: override.setBy ?? ""))
        #expect(flat.contains("by \(manager.name)"))
    }

    @Test("Tab pages through the perspectives at 80x24 and j/k move the KPI cursor")
    func paging() throws {
        var state = try Self.state()
        #expect(App.render(state).text.contains("Financial"))
        #expect(!App.render(state).text.contains("Internal process"))
        try AppFixture.press("<Tab><Tab>", &state)
        #expect(try Self.scorecard(state).focusedPerspective == 2)
        #expect(App.render(state).text.contains("Internal process"))
        #expect(try Self.scorecard(state).selectedKPI == 8)
        try AppFixture.press("jk k", &state)
        #expect(try Self.scorecard(state).selectedKPI == 7)
        try AppFixture.press("<BackTab><BackTab>", &state)
        #expect(try Self.scorecard(state).focusedPerspective == 3, "wraps round")
    }

    @Test("Enter on an account's scorecard opens its account page")
    func accountPage() throws {
        var state = try Self.state()
        let account = Self.workspace.accounts[0]
        try AppFixture.press(":scope account:\(account.id)<Enter><Enter>", &state)
        #expect(state.screen.name == "account")
        #expect(state.screen.title == account.name)
    }

    @Test("every scorecard command has a long name, help and runs from the command line")
    func commands() throws {
        let names = ScorecardScreen.entry.commands.map(\.name)
        for name in names {
            let command = try #require(CommandTable.standard.command(named: name))
            #expect(!command.help.isEmpty)
            var state = try Self.state()
            _ = App.update(&state, .run(name))
            #expect(state.message?.text.contains("no command") != true, "\(name)")
        }
        let status = App.render(try Self.state()).lines[23]
        for hint in ["v scope", "r roll-up", "c compare"] { #expect(status.contains(hint), "\(status)") }
    }

    @Test("tiny windows do not crash: 20x6, 1x1, and every view")
    func tinyWindows() throws {
        for (w, h) in [(20, 6), (1, 1), (30, 8), (60, 12), (200, 60)] {
            for keys in ["", "r", "c", "v", "<Tab>j"] {
                let buffer = try HeadlessRender.render(workspace: Self.workspace, screen: "scorecard", size: (w, h),
                                                       keys: keys, today: AppFixture.today)
                #expect(buffer.width == w && buffer.height == h)
            }
        }
        assertSnapshot(try HeadlessRender.render(workspace: Self.workspace, screen: "scorecard", size: (20, 6),
                                                 today: AppFixture.today), named: "scorecard-20x6")
    }

    @Test("kam render takes a scope and rejects bad ones")
    func renderScope() throws {
        let segment = Self.workspace.segments[0]
        let buffer = try HeadlessRender.render(workspace: Self.workspace, screen: "scorecard", size: (80, 24),
                                               scope: "segment \"\(segment)\"", today: AppFixture.today)
        #expect(buffer.lines[1].hasPrefix("Segment \(segment)"))
        #expect(throws: HeadlessRender.RenderError.self) {
            try HeadlessRender.render(workspace: Self.workspace, screen: "scorecard", size: (80, 24),
                                      scope: "manager:nobody", today: AppFixture.today)
        }
        #expect(throws: HeadlessRender.RenderError.self) {
            try HeadlessRender.render(workspace: Self.workspace, screen: "accounts", size: (80, 24),
                                      scope: "portfolio", today: AppFixture.today)
        }
    }
}
