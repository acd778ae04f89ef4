import KamModel
import Testing
@testable import KamUI

@Suite("Frame view and headless rendering")
struct AppViewTests {
    @Test("small windows degrade without crashing", arguments: [(79, 23), (40, 12), (20, 6), (19, 5), (5, 2), (1, 1)])
    func smallWindows(width: Int, height: Int) throws {
        var state = try AppFixture.state(width: width, height: height)
        try AppFixture.press("jj?<Esc>:sor<Tab><Esc><Enter><Tab>j", &state)
        let buffer = App.render(state)
        #expect(buffer.width == width && buffer.height == height)
    }

    @Test("at 20x6 the frame shows what fits; below it says the window is too small")
    func tooSmall() throws {
        assertSnapshot(App.render(try AppFixture.state(width: 20, height: 6)), named: "accounts-20x6")
        let tiny = App.render(try AppFixture.state(width: 19, height: 5)).text
        #expect(tiny.contains("Window too small"))
        #expect(App.render(try AppFixture.state(width: 1, height: 1)).lines.count == 1)
    }

    @Test("resizing keeps the cursor in view")
    func resize() throws {
        var state = try AppFixture.state()
        try AppFixture.press("G", &state)
        _ = state.handle(.resize(width: 80, height: 10))
        let list = try AppFixture.list(state)
        let offset = list.scroll.visibleOffset(rowCount: list.content.lines.count, viewport: list.viewport(state.layout.content))
        #expect(list.scroll.selected >= offset && list.scroll.selected < offset + list.viewport(state.layout.content))
        #expect(App.render(state).text.contains(list.selectedAccount?.name.prefix(10) ?? "?"))
    }

    @Test("the help overlay lists every command of the table")
    func helpListsEveryCommand() throws {
        let state = try AppFixture.state()
        let labels = HelpView.sections(state).flatMap(\.entries).map(\.label)
        for command in CommandTable.standard.commands {
            #expect(labels.contains { $0.hasPrefix(command.help) }, "\(command.name) in the help")
        }
        assertSnapshot(App.render({ var s = state; _ = s.handle(.key(.character("?"))); return s }()), named: "help-80x24")
    }

    @Test("the status line shows key hints from the command table and the position")
    func statusLine() throws {
        let state = try AppFixture.state()
        let status = App.render(state).lines[23]
        #expect(status.contains("Enter open"))
        #expect(status.contains("[1/60]"))
    }

    @Test("the headless render replays keys through update")
    func headless() throws {
        let buffer = try HeadlessRender.render(workspace: AppFixture.workspace, screen: "accounts",
                                               size: (100, 30), keys: "jj<Enter>", today: AppFixture.today)
        let account = try AppState(workspace: AppFixture.workspace, today: AppFixture.today, width: 100, height: 30)
        let third = try AppFixture.list(account).content.lines[2].account
        #expect(buffer.line(0).contains(third?.name ?? "?"))
        #expect(throws: HeadlessRender.RenderError.self) {
            try HeadlessRender.render(workspace: AppFixture.workspace, screen: "account", size: (80, 24), today: AppFixture.today)
        }
        #expect(throws: HeadlessRender.RenderError.self) {
            try HeadlessRender.render(workspace: AppFixture.workspace, screen: "no-such-screen", size: (80, 24), today: AppFixture.today)
        }
        let ascii = try HeadlessRender.render(workspace: AppFixture.workspace, screen: "account", size: (80, 24),
                                              account: AppFixture.workspace.accounts[1].id, today: AppFixture.today,
                                              glyphs: .ascii)
        #expect(ascii.text.unicodeScalars.allSatisfy { $0.isASCII })
    }
}
