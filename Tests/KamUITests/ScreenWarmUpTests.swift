import KamModel
import Testing
@testable import KamUI

@Suite("Screens warmed up ahead")
struct ScreenWarmUpTests {
    /// The text of the frame after pressing `keys` on a fresh state, with no warm-up.
    static func frame(after keys: String, width: Int = 100, height: Int = 30) throws -> String {
        var state = try AppFixture.state(width: width, height: height)
        try AppFixture.press(keys, &state)
        return App.render(state).text
    }

    /// `state` with a warm-up made for it and finished.
    static func warmedUp(_ state: AppState) -> AppState {
        var state = state
        let warmUp = ScreenWarmUp(state)
        warmUp.waitUntilIdle()
        state.screenWarmUp = warmUp
        return state
    }

    @Test("each top-level screen warmed up ahead is parked and draws what opening it on the key draws")
    func warmedScreensDrawTheSame() throws {
        var state = Self.warmedUp(try AppFixture.state(width: 100, height: 30))
        state.adoptWarmedScreens()
        #expect(Set(state.parked.keys) == ["scorecard", "pareto", "matrix", "pipeline"])
        for slot in ["2", "3", "4", "5", "1"] {
            try AppFixture.press(slot, &state)
            #expect(App.render(state).text == (try Self.frame(after: slot)), "screen \(slot)")
        }
    }

    @Test("a warm-up made before the state moved on is never taken")
    func staleWarmUpIsNotTaken() throws {
        var state = Self.warmedUp(try AppFixture.state(width: 100, height: 30))
        try AppFixture.press("[", &state)  // another quarter: the warmed screens show the old one
        state.adoptWarmedScreens()
        #expect(state.parked.isEmpty)
        try AppFixture.press("2", &state)
        #expect(App.render(state).text == (try Self.frame(after: "[2")))
    }

    @Test("switching to the screen being warmed up waits for it; one not started is opened on the key")
    func switchWhileWarmingUp() throws {
        let state = try AppFixture.state(width: 100, height: 30)
        for slot in ["2", "3", "4", "5"] {
            var switching = state
            switching.screenWarmUp = ScreenWarmUp(state)  // still running, or not started, or done
            try AppFixture.press(slot, &switching)
            #expect(App.render(switching).text == (try Self.frame(after: slot)), "screen \(slot)")
        }
    }

    @Test("a screen shown or parked since the warm-up began keeps its own state")
    func laterParkingWins() throws {
        var state = try AppFixture.state(width: 100, height: 30)
        let warmUp = ScreenWarmUp(state)
        warmUp.waitUntilIdle()
        try AppFixture.press("2jj1", &state)  // the scorecard, two KPIs down, parked again
        state.screenWarmUp = warmUp
        state.adoptWarmedScreens()
        #expect(Set(state.parked.keys) == ["scorecard", "pareto", "matrix", "pipeline"])
        try AppFixture.press("2", &state)
        #expect(App.render(state).text == (try Self.frame(after: "2jj12")))
        #expect(App.render(state).text != (try Self.frame(after: "2")))
    }

    @Test("a parked screen catches up with edits made while it was out of sight")
    func parkedScreenCatchesUp() throws {
        let keys = "5:nocontact 30<Enter>1u"
        var state = try AppFixture.state(width: 100, height: 30)
        try AppFixture.press(keys, &state)
        #expect(state.workspace.settings.noContactDays == AppFixture.workspace.settings.noContactDays)
        #expect(state.parked["pipeline"]?.revision != state.revision, "parked before the undo")
        var warmed = Self.warmedUp(state)
        try AppFixture.press("5", &state)
        try AppFixture.press("5", &warmed)
        let expected = try Self.frame(after: "5")
        #expect(App.render(state).text == expected)
        #expect(App.render(warmed).text == expected)
        #expect(App.render(state).text.contains("\(AppFixture.workspace.settings.noContactDays)d"))
    }

    @Test("a cancelled warm-up starts nothing more and is not waited for")
    func cancelled() throws {
        let state = try AppFixture.state()
        let warmUp = ScreenWarmUp(state)
        warmUp.cancel()
        warmUp.waitUntilIdle()
        #expect(!warmUp.isRunning)
    }
}

@Suite("The scorecard follows edits")
struct ScorecardFollowsEditsTests {
    /// The state after doubling the first account's revenue in the shown quarter.
    static func doubledRevenue(_ state: inout AppState) throws {
        let account = try #require(state.workspace.accounts.first)
        var figures = try #require(account.quarters[state.quarter])
        figures.revenue = (figures.revenue ?? 0) * 2 + 1_000_000
        let edit = try WorkspaceEdit.setFigures(figures, for: state.quarter, of: account.id, in: state.workspace)
        var effects: [Effect] = []
        #expect(App.apply(&state, edit, effects: &effects) == nil)
    }

    /// The portfolio revenue growth the scorecard screen shows.
    static func shownRevenue(_ state: AppState) throws -> Double? {
        let screen = try #require(state.screen as? ScorecardScreen)
        return screen.data.card.kpis.first { $0.kpi.metric == .builtIn(.revenueGrowthYoY) }?.actual
    }

    @Test("an edit of figures shows on the open scorecard, and on a parked one when it is shown again",
          arguments: ["", "1"])
    func editShows(away: String) throws {
        var state = try AppFixture.state()
        try AppFixture.press("2", &state)
        let before = try #require(try Self.shownRevenue(state))
        try AppFixture.press(away, &state)
        try Self.doubledRevenue(&state)
        try AppFixture.press("2", &state)
        let after = try #require(try Self.shownRevenue(state))
        #expect(after > before)
        var fresh = try AppState(workspace: state.workspace, today: state.today)
        try AppFixture.press("2", &fresh)
        #expect(after == (try Self.shownRevenue(fresh)))
    }
}
