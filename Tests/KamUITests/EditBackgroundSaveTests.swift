import KamModel
import Testing
@testable import KamUI

@Suite("While a save runs in the background: what keeps working, what is refused, quitting after it")
struct EditBackgroundSaveTests {
    /// The list with one unsaved edit, after Ctrl-S: the save is running.
    func saving() throws -> AppState {
        var state = try EditFixture.list()
        try AppFixture.press("Lnchecked the contract<Enter>", &state)
        let effects = try AppFixture.press("<C-s>", &state)
        #expect(effects.contains { if case .save = $0 { true } else { false } })
        #expect(state.editing.isSaving)
        return state
    }

    @Test("the title bar says the workspace is saving until the host reports the end")
    func titleShowsSaving() throws {
        var state = try saving()
        #expect(App.render(state).lines[0].contains("[saving]"))
        #expect(state.message?.text == "saving /data/workspace.json...")
        _ = App.update(&state, .host(.saved(path: "/data/workspace.json")))
        #expect(!App.render(state).lines[0].contains("[saving]"))
        #expect(state.message?.text == "saved /data/workspace.json (1 edit)")
    }

    @Test("moving, opening screens, help and search keep working while saving")
    func navigationKeepsWorking() throws {
        var state = try saving()
        let before = App.render(state).text
        #expect(try AppFixture.press("j", &state).isEmpty)
        #expect(App.render(state).text != before)
        #expect(App.render(state).text.contains("[2/"))
        try AppFixture.press("<Enter>", &state)
        #expect(state.stack.count == 2)
        try AppFixture.press("<Esc>?", &state)
        guard case .help? = state.overlay else { Issue.record("help did not open"); return }
        try AppFixture.press("<Esc>f", &state)
        #expect(state.overlay != nil)
        try AppFixture.press("<Esc>", &state)
        #expect(state.editing.isSaving)
    }

    @Test("edits, undo, redo, reload and a second save are refused, not queued, with a reason")
    func changesAreRefused() throws {
        var state = try saving()
        let workspace = state.workspace
        for keys in ["L", "e", "u", "<C-r>", "<C-s>", ":reload<Enter>", ":w /tmp/other.json<Enter>"] {
            let effects = try AppFixture.press(keys, &state)
            #expect(effects.isEmpty, "\(keys) asked the host for \(effects)")
            #expect(state.message?.text.hasPrefix("still saving /data/workspace.json...") == true, "\(keys): \(String(describing: state.message))")
            #expect(state.message?.isError == true)
            state.overlay = nil
        }
        #expect(state.workspace == workspace && state.editing.unsavedCount == 1)
        // Once saved, edits work again.
        _ = App.update(&state, .host(.saved(path: "/data/workspace.json")))
        #expect(!EditFixture.recorded(try AppFixture.press("Lnafter the save<Enter>", &state)).isEmpty)
    }

    @Test("quitting while saving waits for the save and quits when it succeeds, says so")
    func quitWaitsForTheSave() throws {
        var state = try saving()
        #expect(try AppFixture.press("q", &state).isEmpty)
        #expect(state.overlay == nil, "no unsaved-changes question: the save is writing them")
        #expect(state.message?.text == "quitting once /data/workspace.json is saved...")
        #expect(App.update(&state, .host(.saved(path: "/data/workspace.json"))) == [.quit])

        var failing = try saving()
        try AppFixture.press(":q<Enter>", &failing)
        #expect(App.update(&failing, .host(.saveFailed("disk full"))).isEmpty)
        #expect(failing.message?.text.hasPrefix("not saved: disk full") == true)
        #expect(failing.editing.isModified)
    }

    @Test(":wq and \"save and quit\" still quit, once the background save has ended")
    func saveThenQuitFlows() throws {
        var state = try EditFixture.list()
        try AppFixture.press("Lnchecked<Enter>", &state)
        let effects = try AppFixture.press(":wq<Enter>", &state)
        #expect(!effects.contains(.quit) && state.editing.isSaving)
        #expect(try AppFixture.press("k", &state).isEmpty)
        #expect(App.update(&state, .host(.saved(path: "/data/workspace.json"))) == [.quit])

        var asked = try EditFixture.list()
        try AppFixture.press("Lnchecked<Enter>", &asked)
        #expect(!(try AppFixture.press("qs", &asked)).contains(.quit))
        #expect(App.update(&asked, .host(.saved(path: "/data/workspace.json"))) == [.quit])
    }

    @Test(":q! while saving quits once the save ended, dropping the edits only if it failed")
    func quitDiscardingWaits() throws {
        var state = try saving()
        #expect(try AppFixture.press(":q!<Enter>", &state).isEmpty)
        #expect(state.message?.text == "quitting once /data/workspace.json is saved...")
        #expect(App.update(&state, .host(.saveFailed("disk full"))) == [.discardUnsaved, .quit])

        var saved = try saving()
        try AppFixture.press(":q!<Enter>", &saved)
        #expect(App.update(&saved, .host(.saved(path: "/data/workspace.json"))) == [.quit])
    }
}
