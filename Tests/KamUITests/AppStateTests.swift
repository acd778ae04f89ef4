import KamModel
import Testing
@testable import KamUI

@Suite("App state and update")
struct AppStateTests {
    @Test("j, k, Ctrl-D, Ctrl-U, G, g and paging move the cursor")
    func navigation() throws {
        var state = try AppFixture.state()
        let viewport = 24 - 2 - 2   // title, status, table header, totals line
        try AppFixture.press("jjj", &state)
        #expect(try AppFixture.list(state).scroll.selected == 3)
        try AppFixture.press("k", &state)
        #expect(try AppFixture.list(state).scroll.selected == 2)
        try AppFixture.press("<C-d>", &state)
        #expect(try AppFixture.list(state).scroll.selected == 2 + viewport / 2)
        try AppFixture.press("<C-u>", &state)
        #expect(try AppFixture.list(state).scroll.selected == 2)
        try AppFixture.press("G", &state)
        #expect(try AppFixture.list(state).scroll.selected == 59)
        #expect(try AppFixture.list(state).position(context: state.context())! == (60, 60))
        try AppFixture.press("g", &state)
        #expect(try AppFixture.list(state).scroll.selected == 0)
        try AppFixture.press("<PgDn>", &state)
        #expect(try AppFixture.list(state).scroll.selected == viewport)
        try AppFixture.press("<End><Home>", &state)
        #expect(try AppFixture.list(state).scroll.selected == 0)
    }

    @Test("Enter opens the account, Esc and q go back, q on the top screen quits")
    func drillInAndBack() throws {
        var state = try AppFixture.state()
        let first = try #require(try AppFixture.list(state).selectedAccount)
        try AppFixture.press("<Enter>", &state)
        let page = try #require(state.screen as? AccountPageScreen)
        #expect(page.accountID == first.id)
        try AppFixture.press("<Esc>", &state)
        #expect(state.stack.count == 1)
        try AppFixture.press("<Enter>", &state)
        #expect(try AppFixture.press("q", &state).isEmpty)
        #expect(state.screen.name == "accounts")
        #expect(try AppFixture.press("q", &state) == [.quit])
        #expect(try AppFixture.press("<Esc>", &state).isEmpty, "Esc never quits")
    }

    @Test("s sorts by the column under the cursor, again reverses, S reverses, :sort sets a spec")
    func sorting() throws {
        var state = try AppFixture.state()
        try AppFixture.press("ll", &state)   // name, manager, revenue
        let effects = try AppFixture.press("s", &state)
        #expect(effects.contains { if case .saveViewPreferences = $0 { true } else { false } })
        var list = try AppFixture.list(state)
        #expect(list.sort.text == "revenue desc")
        let revenues = list.content.lines.compactMap { $0.account?.measures.revenue }
        #expect(revenues == revenues.sorted(by: >))
        try AppFixture.press("S", &state)
        #expect(try AppFixture.list(state).sort.text == "revenue asc")
        try AppFixture.press(":sort tier, name desc<Enter>", &state)
        list = try AppFixture.list(state)
        #expect(list.sort.text == "tier asc, name desc")
        let rows = list.content.lines.compactMap(\.account)
        for (a, b) in zip(rows, rows.dropFirst()) {
            #expect(a.measures.tier <= b.measures.tier)
            if a.measures.tier == b.measures.tier { #expect(a.name.lowercased() >= b.name.lowercased()) }
        }
        try AppFixture.press(":sort bogus<Enter>", &state)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.hasPrefix("sort: no column named bogus") == true)
    }

    @Test("f filters by field and text; a bad filter says what is wrong")
    func filtering() throws {
        var state = try AppFixture.state()
        try AppFixture.press("ftier:key<Enter>", &state)
        let list = try AppFixture.list(state)
        let shown = list.content.lines.compactMap(\.account)
        #expect(!shown.isEmpty)
        #expect(shown.allSatisfy { $0.measures.tier == .key })
        #expect(shown.count == AppFixture.workspace.accounts.filter { $0.tier == .key }.count)
        try AppFixture.press(":filter revenue>1M -status:lost<Enter>", &state)
        let big = try AppFixture.list(state).content.lines.compactMap(\.account)
        #expect(big.allSatisfy { ($0.measures.revenue ?? 0) > 1_000_000 && $0.status != .lost })
        try AppFixture.press(":filter tier:gold<Enter>", &state)
        #expect(state.message == AppMessage("filter: tier:gold: no tier gold (key, strategic, maintain, other)", isError: true))
        try AppFixture.press(":filter revenue>lots<Enter>", &state)
        #expect(state.message?.text.contains("expected a number") == true)
        try AppFixture.press("F", &state)
        #expect(try AppFixture.list(state).content.accountPositions.count == 60)
    }

    @Test("= cycles the grouping; groups have headers and subtotals from the analytics")
    func grouping() throws {
        var state = try AppFixture.state()
        try AppFixture.press("=", &state)
        let list = try AppFixture.list(state)
        #expect(list.grouping == .manager)
        let managers = Set(AppFixture.workspace.accounts.map(\.manager))
        let groups = list.content.lines.filter { if case .group = $0 { true } else { false } }
        #expect(groups.count == managers.count)
        #expect(!list.isSelectable(0), "a group header is not selectable")
        #expect(list.selectedAccount?.id == AppFixture.workspace.accounts.first?.id, "the cursor stays on its account")
        try AppFixture.press(":group status<Enter>", &state)
        #expect(try AppFixture.list(state).grouping == .status)
        try AppFixture.press(":group nothing<Enter>", &state)
        #expect(state.message?.isError == true)
    }

    @Test("[ and ] move between quarters within the data")
    func quarters() throws {
        var state = try AppFixture.state()
        #expect(state.quarter == Quarter(year: 2026, quarter: 3))
        try AppFixture.press("[[", &state)
        #expect(state.quarter == Quarter(year: 2026, quarter: 1))
        #expect(state.measures.quarter == state.quarter)
        try AppFixture.press("]]]", &state)
        #expect(state.quarter == Quarter(year: 2026, quarter: 3))
        #expect(state.message == AppMessage("no figures after 2026Q3", isError: true))
        try AppFixture.press(":quarter 2025Q4<Enter>", &state)
        #expect(state.quarter == Quarter(year: 2025, quarter: 4))
    }

    @Test("the command line completes long names and arguments")
    func completion() throws {
        var state = try AppFixture.state()
        try AppFixture.press(":sort-b<Tab>", &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.line.text == "sort-by-column ")
        try AppFixture.press("rev<Tab>", &state)
        guard case .prompt(let p2)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(p2.line.text == "sort-by-column revenue")
        try AppFixture.press("<Esc>:group ma<Tab>", &state)
        guard case .prompt(let p3)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(p3.line.text == "group manager")
        try AppFixture.press("<Esc>:theme l<Tab>", &state)
        guard case .prompt(let p4)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(p4.line.text == "theme light")
        try AppFixture.press("<Esc>:quarter 2026Q<Tab>", &state)
        guard case .prompt(let p5)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(p5.line.text == "quarter 2026Q")
        #expect(p5.candidates == ["2026Q3", "2026Q2", "2026Q1"])
        try AppFixture.press("<Esc>:se<Tab>", &state)
        guard case .prompt(let p6)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(p6.candidates == ["search", "search-next", "search-previous"])
    }

    @Test("? opens the help, which scrolls and closes with Esc or q")
    func help() throws {
        var state = try AppFixture.state()
        try AppFixture.press("?", &state)
        #expect(state.overlay == .help(scroll: 0))
        try AppFixture.press("jj", &state)
        #expect(state.overlay == .help(scroll: 2))
        try AppFixture.press("q", &state)
        #expect(state.overlay == nil)
        try AppFixture.press("?<Esc>", &state)
        #expect(state.overlay == nil)
    }

    @Test("the theme picker and :theme switch themes and ask the host to apply them")
    func themes() throws {
        var state = try AppFixture.state()
        try AppFixture.press("T", &state)
        guard case .pick(let list)? = state.overlay else { Issue.record("no picker"); return }
        #expect(list.items.map(\.id) == ["dark", "light", "mono"])
        let effects = try AppFixture.press("j<Enter>", &state)
        #expect(effects.contains(.applyTheme("light")))
        #expect(state.themeName == "light")
        #expect(try AppFixture.press(":theme mono<Enter>", &state).contains(.applyTheme("mono")))
        try AppFixture.press(":theme neon<Enter>", &state)
        #expect(state.message?.isError == true)
    }

    @Test("the column chooser and :columns set the columns")
    func columns() throws {
        var state = try AppFixture.state()
        try AppFixture.press(":columns name,tier,revenue<Enter>", &state)
        #expect(try AppFixture.list(state).columns == ["name", "tier", "revenue"])
        try AppFixture.press("cj<Space>J<Enter>", &state)   // hide tier... then move revenue
        #expect(try AppFixture.list(state).columns == ["name", "revenue"])
        try AppFixture.press(":columns name,nonsense<Enter>", &state)
        #expect(state.message?.text.hasPrefix("columns: no column named nonsense") == true)
    }

    @Test("/ finds an account by name, n and N move between matches")
    func search() throws {
        var state = try AppFixture.state()
        let names = try AppFixture.list(state).content.lines.compactMap(\.account).map(\.name)
        let target = try #require(names.dropFirst(5).first)
        let word = String(target.prefix(4))
        try AppFixture.press("/\(word)<Enter>", &state)
        let hit = try #require(try AppFixture.list(state).selectedAccount)
        #expect(hit.name.lowercased().contains(word.lowercased()))
        let matches = names.filter { $0.lowercased().contains(word.lowercased()) }
        try AppFixture.press("n", &state)
        if matches.count == 1 { #expect(try AppFixture.list(state).selectedAccount?.name == hit.name) }
        try AppFixture.press("/zzzzqq<Enter>", &state)
        #expect(state.message?.isError == true)
    }

    @Test("a mouse click selects a row, a header click sorts, the wheel scrolls")
    func mouse() throws {
        var state = try AppFixture.state()
        _ = state.handle(.mouse(MouseEvent(action: .press, x: 5, y: 5)))   // body row 3 (title, header)
        #expect(try AppFixture.list(state).scroll.selected == 3)
        _ = state.handle(.mouse(MouseEvent(action: .wheelDown, button: 0, x: 5, y: 5)))
        #expect(try AppFixture.list(state).scroll.offset == 3)
        _ = state.handle(.mouse(MouseEvent(action: .press, x: 1, y: 1)))  // the Account header
        #expect(try AppFixture.list(state).sort.text == "name asc")
    }

    @Test("Tab moves the focus between the account page's panes; j scrolls the focused pane")
    func accountPanes() throws {
        var state = try AppFixture.state(screen: "account", account: AppFixture.workspace.accounts[0].id)
        #expect((state.screen as? AccountPageScreen)?.focus == .profile)
        try AppFixture.press("<Tab><Tab>", &state)
        #expect((state.screen as? AccountPageScreen)?.focus == .scorecard)
        try AppFixture.press("jj", &state)
        #expect((state.screen as? AccountPageScreen)?.offsets[.scorecard] == 2)
        try AppFixture.press("<S-Tab>", &state)
        #expect((state.screen as? AccountPageScreen)?.focus == .figures)
        try AppFixture.press("q", &state)
        #expect(state.screen.name == "accounts")
    }

    @Test("an unbound key and an unknown command say so")
    func unknown() throws {
        var state = try AppFixture.state()
        try AppFixture.press("z", &state)
        #expect(state.message == AppMessage("z does nothing here; ? lists the keys", isError: true))
        try AppFixture.press(":fly<Enter>", &state)
        #expect(state.message?.text == "no command named fly; : and Tab list them")
        try AppFixture.press("9", &state)
        #expect(state.message == AppMessage("9 does nothing here; ? lists the keys", isError: true))
    }
}
