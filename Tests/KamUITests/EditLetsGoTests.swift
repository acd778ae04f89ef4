import KamAnalytics
import KamModel
import Testing
@testable import KamUI

/// An edit or a change of quarter lets go of everything computed before it, so that the
/// old measures and screens are freed rather than kept beside the new ones, and the
/// screens still come back with their cursors where they were, drawing what fresh ones draw.
@Suite("Edits and changes of quarter let go of the old results")
struct EditLetsGoTests {
    /// The list with every top-level screen shown once (and so parked), and a finished warm-up.
    static func everyScreenShown() throws -> AppState {
        var state = try EditFixture.list()
        try AppFixture.press("23451", &state)
        return ScreenWarmUpTests.warmedUp(state)
    }

    @Test("after an edit or an undo nothing holds the measures or screens of the workspace before it")
    func oldResultsAreFreed() throws {
        var state = try Self.everyScreenShown()
        #expect(Set(state.parked.keys) == ["scorecard", "pareto", "matrix", "pipeline"])
        weak var before = state.measures.store
        try AppFixture.press("t", &state)
        try AppFixture.press("g<Enter>", &state)
        #expect(state.editing.isModified)
        #expect(before == nil, "the old measures are still held")
        #expect(state.screenWarmUp == nil, "the warm-up made for the old workspace is still held")
        Self.expectNothingParked(state)
        weak var afterEdit = state.measures.store
        try AppFixture.press("u", &state)
        #expect(afterEdit == nil, "the measures before the undo are still held")
        Self.expectNothingParked(state)
    }

    @Test("a change of quarter lets go of the old measures and of the quarter's screens; the pipeline keeps its lists")
    func quarterChangeLetsGo() throws {
        var state = try Self.everyScreenShown()
        weak var before = state.measures.store
        try AppFixture.press("[", &state)
        #expect(before == nil, "the old quarter's measures are still held")
        let pipeline = try #require(state.parked["pipeline"]?.screen as? PipelineScreen)
        #expect(pipeline.lists.values.contains { list in list.rows.indices.contains { list.rows.account(at: $0) != nil } })
        var others = state
        others.parked["pipeline"] = nil
        Self.expectNothingParked(others)
    }

    @Test("parked screens shown after a quarter and back, or an edit, draw what a fresh state draws")
    func parkedScreensRebuild() throws {
        for keys in ["[]", "[[", ":tier other<Enter>"] {
            var state = try Self.everyScreenShown()
            try AppFixture.press(keys, &state)
            for slot in ["2", "3", "4", "5", "1"] {
                try AppFixture.press(slot, &state)
                var fresh = try AppFixture.state(screen: state.screen.name, workspace: state.workspace)
                fresh.editing = state.editing
                try AppFixture.press(keys.hasPrefix("[") ? keys : "", &fresh)
                #expect(Self.body(state) == Self.body(fresh), "\(keys) then \(slot)")
            }
        }
    }

    @Test("screens parked before an edit come back with the cursor on the same account")
    func parkedCursorsSurvive() throws {
        var state = try Self.everyScreenShown()
        // On the 80/20 screen, the cursor is in the quadrants list, three Tabs from the Pareto chart.
        for (slot, focus) in [("3", "<Tab><Tab><Tab>"), ("4", ""), ("5", "")] {
            try AppFixture.press(slot + focus, &state)
            try AppFixture.press("jjjjjj", &state)
            let before = try #require(Self.selectedList(state))
            let cursor = try #require(before.selectedAccount, "screen \(slot) has a cursor")
            // Deleting an account listed above the cursor moves the cursor's account up a row.
            let above = try #require((0..<before.scroll.selected).lazy.compactMap { before.rows.account(at: $0) }
                .first { $0 != cursor }, "screen \(slot) lists another account above the cursor")
            try AppFixture.press("1", &state)
            let name = try #require(state.workspace.account(id: above)).name
            try AppFixture.press("/\(name)<Enter>", &state)
            #expect(EditTargets.currentAccount(state)?.id == above)
            try AppFixture.press("dy", &state)
            #expect(state.workspace.account(id: above) == nil)
            try AppFixture.press(slot, &state)
            #expect(Self.selectedList(state)?.selectedAccount == cursor, "screen \(slot)")
        }
    }

    @Test("the list keeps its cursor on the edited account, and its frame is the one a fresh list draws")
    func listFollowsTheEdit() throws {
        var state = try Self.everyScreenShown()
        try AppFixture.press("jjjjj", &state)
        let id = try #require(EditTargets.currentAccount(state)).id
        try AppFixture.press(":tier other<Enter>", &state)
        #expect(try #require(EditTargets.currentAccount(state)).id == id)
        var fresh = try AppFixture.state(workspace: state.workspace)
        fresh.editing = state.editing
        for _ in 0..<5 { try AppFixture.press("j", &fresh) }
        #expect(Self.body(state) == Self.body(fresh))
    }

    /// The list with the cursor on the shown portfolio screen.
    static func selectedList(_ state: AppState) -> ScreenPaneList? {
        switch state.screen {
        case let screen as ProfitabilityScreen: screen.focus == .quadrants ? screen.quadrants : screen.destroyers
        case let screen as SegmentationScreen: screen.lists[screen.focus]
        case let screen as PipelineScreen: screen.lists[screen.focus]
        default: nil
        }
    }

    /// Checks that every parked screen holds no rows: each lets go of them until shown again.
    static func expectNothingParked(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, parked) in state.parked {
            let lists: [ScreenPaneList] = switch parked.screen {
            case let screen as ProfitabilityScreen: [screen.destroyers, screen.quadrants, screen.content.destroyers]
            case let screen as SegmentationScreen: Array(screen.lists.values)
            case let screen as PipelineScreen: Array(screen.lists.values) + [screen.content.opportunities]
            default: []
            }
            let accountRows = lists.map { list in list.rows.indices.filter { list.rows.account(at: $0) != nil }.count }
            #expect(accountRows.allSatisfy { $0 == 0 }, "\(name) holds rows of accounts", sourceLocation: sourceLocation)
            if let screen = parked.screen as? ProfitabilityScreen {
                #expect(screen.content.view.ranking.ranked.count == 0, "pareto holds its ranking",
                        sourceLocation: sourceLocation)
            }
            if let screen = parked.screen as? SegmentationScreen {
                #expect(SegmentationMatrix.Quadrant.allCases.allSatisfy { screen.matrix.cell($0).count == 0 }, "matrix holds its cells", sourceLocation: sourceLocation)
            }
        }
    }

    /// The frame without its title bar and status line.
    static func body(_ state: AppState) -> [Substring] {
        let lines = App.render(state).text.split(separator: "\n", omittingEmptySubsequences: false)
        return Array(lines.dropFirst().dropLast(2))
    }
}
