import KamModel
import Testing
@testable import KamUI

@Suite("Quick actions from the lists")
struct EditQuickActionsTests {
    @Test("L then m opens a one-line prompt dated today; Enter logs the meeting")
    func logActivityInTwoKeys() throws {
        var state = try EditFixture.list()
        let id = try #require(EditTargets.currentAccount(state)).id
        let count = try EditFixture.current(state, id).activities.count
        try AppFixture.press("Lm", &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.leader == "Meeting \(AppFixture.today): ")
        let effects = try AppFixture.press("Quarterly review<Enter>", &state)
        let activities = try EditFixture.current(state, id).activities
        #expect(activities.count == count + 1)
        let logged = try #require(activities.last)
        #expect(logged.kind == .meeting && logged.text == "Quarterly review" && logged.date == AppFixture.today)
        #expect(EditFixture.recorded(effects) == [.applied(try #require(state.editing.history.nextUndo))])
    }

    @Test("L offers m, c, e and n; Esc or x leaves without logging")
    func logActivityChoices() throws {
        var state = try EditFixture.list()
        try AppFixture.press("L", &state)
        let question = try EditFixture.question(state)
        #expect(question.choices.map(\.key) == ["m", "c", "e", "n", "x"])
        try AppFixture.press("<Esc>", &state)
        #expect(state.overlay == nil && !state.editing.isModified)
    }

    @Test(":log call TEXT logs at once; an empty text logs nothing")
    func logFromCommandLine() throws {
        var state = try EditFixture.page(.activities)
        try AppFixture.press(":log call Agreed the renewal<Enter>", &state)
        #expect(try EditFixture.current(state).activities.last?.kind == .call)
        try AppFixture.press("Le<Enter>", &state)
        #expect(state.message == AppMessage("nothing logged: the text was empty", isError: true))
        #expect(state.editing.unsavedCount == 1)
    }

    @Test("> on the opportunities pane moves the chosen one to its next stage and stamps today")
    func nextStage() throws {
        var state = try EditFixture.page(.opportunities)
        let open = EditTargets.sortedOpportunities(EditFixture.account).filter { $0.stage.next != nil }
        try AppFixture.press(">", &state)
        guard case .pick(let list)? = state.overlay else { Issue.record("no chooser"); return }
        #expect(list.items.map(\.id) == open.map(\.id))
        try AppFixture.press("<Enter>", &state)
        let moved = try #require(try EditFixture.current(state).opportunities.first { $0.id == open[0].id })
        #expect(moved.stage == open[0].stage.next)
        #expect(moved.lastChanged == AppFixture.today)
        #expect(state.message?.text.hasPrefix("Moved \(open[0].name)") == true)
    }

    @Test("t picks a tier from a list with the current one ticked")
    func changeTier() throws {
        var state = try EditFixture.list()
        let account = try #require(EditTargets.currentAccount(state))
        try AppFixture.press("t", &state)
        guard case .pick(let list)? = state.overlay else { Issue.record("no tier list"); return }
        #expect(list.items.first { $0.checked }?.id == account.tier.rawValue)
        try AppFixture.press("g<Enter>", &state)
        #expect(try EditFixture.current(state, account.id).tier == .key)
        try AppFixture.press(":tier maintain<Enter>", &state)
        #expect(try EditFixture.current(state, account.id).tier == .maintain)
        #expect(state.message?.text == "Changed tier of \(account.name): key → maintain")
    }
}
