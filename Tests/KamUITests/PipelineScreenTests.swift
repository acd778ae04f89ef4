import KamAnalytics
import KamModel
import Testing
@testable import KamUI

@Suite("Pipeline screen")
struct PipelineScreenTests {
    func screen(_ state: AppState) throws -> PipelineScreen {
        try #require(state.screen as? PipelineScreen)
    }

    @Test("opportunities by stage at 80x24, Tab to the activities and the quiet accounts; all at 120x40")
    func snapshots() throws {
        var state = try AppFixture.state(screen: "pipeline")
        assertSnapshot(App.render(state), named: "pipeline-80x24")
        try AppFixture.press("<Tab>", &state)
        assertSnapshot(App.render(state), named: "pipeline-80x24-2-activities")
        try AppFixture.press("<Tab>", &state)
        assertSnapshot(App.render(state), named: "pipeline-80x24-3-quiet")
        assertSnapshot(App.render(try AppFixture.state(width: 120, height: 40, screen: "pipeline")),
                       named: "pipeline-120x40")
    }

    @Test("the superstore data has no opportunities or activities: every account is quiet")
    func superstore() throws {
        var state = try Superstore.state(screen: "pipeline")
        assertSnapshot(App.render(state), named: "pipeline-superstore-80x24")
        try AppFixture.press("<Tab><Tab>", &state)
        #expect(try screen(state).content.quietCount == 793)
        assertSnapshot(App.render(try Superstore.state(width: 120, height: 40, screen: "pipeline")),
                       named: "pipeline-superstore-120x40")
    }

    @Test("stage counts and values, stale flags and quiet accounts are the analytics' figures")
    func figuresMatchTheModel() throws {
        let state = try AppFixture.state(width: 120, height: 40, screen: "pipeline")
        let ws = AppFixture.workspace
        let summary = PipelineSummary(accounts: ws.accounts, settings: ws.settings, today: AppFixture.today)
        let list = OpportunityList(accounts: ws.accounts, settings: ws.settings, today: AppFixture.today)
        let s = try screen(state)
        #expect(s.content.openCount == summary.pipeline.openCount)
        #expect(s.content.staleCount == summary.pipeline.stale.count)
        #expect(s.content.quietCount == summary.quietAccounts.count)
        let rows = Array(s.lists[.opportunities]?.rows ?? PaneRows())
        for stage in list.stages {
            let f = Format.standard
            let header = "\(stage.total.stage.title) · \(stage.total.count) · " + f.amount(stage.total.value, compact: true)
            #expect(rows.contains { $0.kind == .group && $0.cells[0].text.hasPrefix(header) }, "\(header)")
        }
        let flagged = rows.filter { $0.kind == .body && $0.cells[0].text == "!" }.count
        #expect(flagged == summary.pipeline.stale.count)
        #expect(flagged > 0, "the demo has stale opportunities")
        #expect(rows.filter { $0.cells[0].text == "!" }.allSatisfy { $0.cells[1].role == .warning })
        let text = App.render(state).text
        #expect(text.contains("No contact in \(ws.settings.noContactDays)+ days · \(summary.quietAccounts.count)"))
    }

    @Test(":nocontact 90 changes the setting through the edit path and the quiet list follows")
    func noContactDays() throws {
        var state = try AppFixture.state(screen: "pipeline")
        try AppFixture.press(":nocontact 90<Enter>", &state)
        #expect(state.workspace.settings.noContactDays == 90)
        #expect(state.hasUnsavedChanges)
        let expected = PipelineSummary(accounts: state.workspace.accounts, settings: state.workspace.settings,
                                       today: AppFixture.today).quietAccounts.count
        #expect(try screen(state).content.quietCount == expected)
        #expect(try screen(state).content.noContactDays == 90)
        try AppFixture.press(":nocontact 0<Enter>", &state)
        #expect(state.message?.isError == true && state.workspace.settings.noContactDays == 90)
        try AppFixture.press(":nocontact soon<Enter>", &state)
        #expect(state.message?.text.hasPrefix("nocontact: give a number of days") == true)
        try AppFixture.press(":nocontact<Enter>", &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.line.text == "set-no-contact-days ")
    }

    @Test("Enter opens the account of the opportunity, activity or quiet account under the cursor")
    func enterOpensAccount() throws {
        var state = try AppFixture.state(screen: "pipeline")
        for keys in ["", "<Tab>", "<Tab><Tab>"] {
            try AppFixture.press(keys + "j", &state)
            let id = try #require(try screen(state).selectedAccount)
            try AppFixture.press("<Enter>", &state)
            #expect((state.screen as? AccountPageScreen)?.accountID == id)
            try AppFixture.press("q", &state)
        }
    }

    @Test("text from data is sanitised: an escape sequence in an activity never reaches the buffer")
    func sanitisedText() throws {
        var ws = AppFixture.workspace
        ws.accounts[0].activities.append(Activity(id: "evil", date: try #require(Day("2026-09-30")), kind: .note,
                                                  text: "\u{1B}[2Jwiped\u{07}"))
        let state = try AppState(workspace: ws, today: AppFixture.today, width: 120, height: 40, screen: "pipeline")
        let text = App.render(state).text
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
    }

    @Test("ASCII rendering uses no character beyond ASCII")
    func ascii() throws {
        let state = try AppState(workspace: AppFixture.workspace, today: AppFixture.today, screen: "pipeline",
                                 glyphs: .ascii)
        #expect(App.render(state).text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("tiny windows do not crash", arguments: [(20, 6), (1, 1)])
    func tiny(size: (Int, Int)) throws {
        var state = try AppFixture.state(width: size.0, height: size.1, screen: "pipeline")
        try AppFixture.press("jj<Tab>k<Tab>G", &state)
        #expect(App.render(state).height == size.1)
    }
}
