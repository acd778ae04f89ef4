import KamModel
import Testing
@testable import KamUI

@Suite("Saving, save conflicts and quitting with unsaved edits")
struct EditSaveTests {
    /// The list with one unsaved edit (a logged note).
    func edited() throws -> AppState {
        var state = try EditFixture.list()
        try AppFixture.press("Lnchecked the contract<Enter>", &state)
        #expect(state.editing.isModified)
        return state
    }

    func saveRequest(_ effects: [Effect]) -> SaveRequest? {
        effects.compactMap { if case .save(let request) = $0 { request } else { nil } }.first
    }

    @Test("Ctrl-S asks the host to save the workspace to its file; the report marks it saved")
    func save() throws {
        var state = try edited()
        let request = try #require(saveRequest(try AppFixture.press("<C-s>", &state)))
        #expect(request == SaveRequest(workspace: state.workspace, path: "/data/workspace.json", mode: .checked))
        _ = App.update(&state, .host(.saved(path: "/data/workspace.json")))
        #expect(!state.editing.isModified)
        #expect(state.message?.text == "saved /data/workspace.json (1 edit)")
        #expect(!App.render(state).lines[0].contains("[+]"))
    }

    @Test(":w FILE saves as FILE, which becomes the workspace's file")
    func saveAs() throws {
        var state = try edited()
        let request = try #require(saveRequest(try AppFixture.press(":w /tmp/copy.json<Enter>", &state)))
        #expect(request.path == "/tmp/copy.json" && request.mode == .saveAs)
        _ = App.update(&state, .host(.saved(path: "/tmp/copy.json")))
        #expect(state.editing.path == "/tmp/copy.json")
    }

    @Test("a failed save shows the error and keeps every edit")
    func failedSave() throws {
        var state = try edited()
        let workspace = state.workspace
        try AppFixture.press("<C-s>", &state)
        _ = App.update(&state, .host(.saveFailed("could not write /data/.workspace.json.tmp: No space left on device")))
        #expect(state.message == AppMessage(
            "not saved: could not write /data/.workspace.json.tmp: No space left on device; your edits are kept",
            isError: true))
        #expect(state.workspace == workspace && state.editing.unsavedCount == 1)
    }

    @Test("the in-memory demo has no file: Ctrl-S asks for a path, then saves there")
    func demoAsksForPath() throws {
        var state = try AppFixture.state()
        try AppFixture.press("tg<Enter>", &state)
        try AppFixture.press("<C-s>", &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no path prompt"); return }
        #expect(prompt.kind == .saveAs)
        let request = try #require(saveRequest(try AppFixture.press("/tmp/demo.json<Enter>", &state)))
        #expect(request.path == "/tmp/demo.json" && request.mode == .saveAs)
    }

    @Test("a file changed on disk is never overwritten silently: the conflict offers reload, overwrite, save as")
    func conflictChoices() throws {
        var state = try edited()
        try AppFixture.press("<C-s>", &state)
        let conflict = HostReport.conflict(path: "/data/workspace.json",
                                           detail: "/data/workspace.json was changed on disk since it was loaded")
        _ = App.update(&state, .host(conflict))
        #expect(try EditFixture.question(state).choices.map(\.label) == ["Reload", "Overwrite", "Save as", "Cancel"])
        #expect(App.render(state).text.contains("was changed on disk"))

        // Overwrite: save again, overwriting.
        let overwrite = try #require(saveRequest(try AppFixture.press("o", &state)))
        #expect(overwrite.mode == .overwrite && overwrite.path == "/data/workspace.json")

        // Save as: asks for a path.
        _ = App.update(&state, .host(conflict))
        try AppFixture.press("s", &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no save-as prompt"); return }
        #expect(prompt.kind == .saveAs && prompt.line.text == "/data/workspace.json.mine")
        try AppFixture.press("<Esc>", &state)

        // Reload: asks again before dropping the local edits; n keeps them.
        _ = App.update(&state, .host(conflict))
        try AppFixture.press("r", &state)
        #expect(try EditFixture.question(state).title == "Reload")
        try AppFixture.press("n", &state)
        #expect(state.editing.isModified)
        _ = App.update(&state, .host(conflict))
        let effects = try AppFixture.press("ry", &state)
        #expect(effects == [.reload(path: "/data/workspace.json")])
        _ = App.update(&state, .host(.reloaded(AppFixture.workspace)))
        #expect(!state.editing.isModified && state.workspace == AppFixture.workspace)

        // Cancel leaves everything as it was.
        var other = try edited()
        try AppFixture.press("<C-s>", &other)
        _ = App.update(&other, .host(conflict))
        #expect(try AppFixture.press("c", &other).isEmpty)
        #expect(other.overlay == nil && other.editing.isModified)
    }

    @Test("q with unsaved edits asks: save and quit, discard and quit, or cancel")
    func quitAsks() throws {
        var state = try edited()
        #expect(try AppFixture.press("q", &state).isEmpty)
        let question = try EditFixture.question(state)
        #expect(question.text.contains("Logged a note on"))
        #expect(question.choices.map(\.key) == ["s", "d", "c"])
        #expect(try AppFixture.press("c", &state).isEmpty)
        #expect(try AppFixture.press("qd", &state) == [.discardUnsaved, .quit])
        var saving = try edited()
        let effects = try AppFixture.press("qs", &saving)
        #expect(saveRequest(effects) != nil && !effects.contains(.quit))
        #expect(App.update(&saving, .host(.saved(path: "/data/workspace.json"))) == [.quit])
    }

    @Test("a failed save before quitting does not quit")
    func failedSaveDoesNotQuit() throws {
        var state = try edited()
        try AppFixture.press(":wq<Enter>", &state)
        #expect(App.update(&state, .host(.saveFailed("disk full"))).isEmpty)
        #expect(state.editing.isModified)
        #expect(App.update(&state, .host(.saved(path: "/data/workspace.json"))).isEmpty)
    }

    @Test(":q! discards, ZZ saves and quits, :q asks as Q does, and an unmodified workspace quits at once")
    func quitCommands() throws {
        var state = try edited()
        #expect(try AppFixture.press(":q!<Enter>", &state) == [.discardUnsaved, .quit])
        var zz = try edited()
        #expect(try AppFixture.press("Z", &zz).isEmpty)
        #expect(zz.message?.text == "Z again saves and quits")
        #expect(saveRequest(try AppFixture.press("Z", &zz)) != nil)
        #expect(App.update(&zz, .host(.saved(path: "/data/workspace.json"))) == [.quit])
        var clean = try EditFixture.list()
        #expect(try AppFixture.press("q", &clean) == [.quit])
        #expect(try AppFixture.press("ZZ", &clean) == [.quit])
        #expect(try AppFixture.press(":q<Enter>", &clean) == [.quit])
        // :q with unsaved edits asks first, as Q does.
        var asked = try edited()
        #expect(try AppFixture.press(":q<Enter>", &asked).isEmpty)
        var byKey = try edited()
        try AppFixture.press("Q", &byKey)
        #expect(try EditFixture.question(asked).text == EditFixture.question(byKey).text)
    }
}
