import KamModel
import Testing
@testable import KamUI

@Suite("Read-only sessions and recovered edits")
struct EditLockAndRecoveryTests {
    func locked() throws -> AppState {
        var state = try EditFixture.list()
        state.openLocked(by: "anna on host1, pid 4242, since 09:14", path: "/data/workspace.json")
        return state
    }

    @Test("a workspace in use says who holds it and offers take over, quit or read-only")
    func lockQuestion() throws {
        var state = try locked()
        let screen = App.render(state).text
        #expect(screen.contains("in use by anna on host1,"))
        #expect(screen.contains("4242, since 09:14"))
        #expect(try EditFixture.question(state).choices.map(\.key) == ["f", "q", "r"])
        #expect(try AppFixture.press("q", &state) == [.quit])
    }

    @Test("read-only: the title bar says so and every edit is refused with a message")
    func readOnlyRefusesEdits() throws {
        var state = try locked()
        try AppFixture.press("r", &state)
        #expect(App.render(state).lines[0].contains("[read-only]"))
        let workspace = state.workspace
        for keys in ["e", "A", "d", "t", "L", "u", "<C-r>"] {
            let effects = try AppFixture.press(keys, &state)
            #expect(state.overlay == nil, "\(keys) opened \(String(describing: state.overlay))")
            #expect(state.message?.isError == true && state.message?.text.hasPrefix("read-only") == true)
            #expect(EditFixture.recorded(effects).isEmpty)
        }
        try AppFixture.press("<C-s>", &state)
        #expect(state.message?.text.hasPrefix("read-only") == true)
        #expect(state.workspace == workspace)
    }

    @Test("taking the lock over asks the host, and its report allows edits")
    func takeOver() throws {
        var state = try locked()
        #expect(try AppFixture.press("f", &state) == [.takeOverLock])
        _ = App.update(&state, .host(.lockTaken))
        #expect(state.editing.isWritable)
        try AppFixture.press("tg<Enter>", &state)
        #expect(state.editing.isModified)
        var again = try locked()
        try AppFixture.press("r", &again)
        #expect(try AppFixture.press(":take-over<Enter>", &again) == [.takeOverLock])
    }

    /// Two edits made in an earlier session, as the journal would return them.
    func recoveredEdits() throws -> [WorkspaceEdit] {
        let workspace = AppFixture.workspace
        let account = workspace.accounts[0]
        var changed = account
        changed.tier = .key
        let first = try WorkspaceEdit.updateAccount(changed, in: workspace)
        let activity = Activity(id: "\(account.id)-A99", date: AppFixture.today, kind: .call, text: "Recovered call")
        let second = try WorkspaceEdit.logActivity(activity, on: account.id, in: try first.applied(to: workspace))
        return [first, second]
    }

    @Test("recovered edits are listed by description; r restores them as unsaved edits")
    func restore() throws {
        var state = try EditFixture.list()
        let edits = try recoveredEdits()
        state.offerRecovery(edits, from: "/data/.workspace.json.kam-journal")
        let screen = App.render(state).text
        #expect(screen.contains("Changed tier of"))
        #expect(screen.contains("Logged a call on"))
        #expect(try EditFixture.question(state).choice(for: .escape) == nil)
        try AppFixture.press("e", &state)   // not an answer: edits wait
        #expect(state.message?.isError == true)
        #expect(try AppFixture.press("r", &state) == [.restoreRecovery])
        #expect(state.editing.unsavedCount == 2)
        #expect(state.workspace.accounts[0].tier == .key)
        #expect(state.workspace.accounts[0].activities.last?.text == "Recovered call")
        try AppFixture.press("u", &state)
        #expect(state.workspace.accounts[0].activities.last?.text != "Recovered call")
    }

    @Test("d discards the recovered edits and asks the host to remove the journal")
    func discard() throws {
        var state = try EditFixture.list()
        state.offerRecovery(try recoveredEdits(), from: "/data/.workspace.json.kam-journal")
        #expect(try AppFixture.press("d", &state) == [.discardRecovery])
        #expect(!state.editing.isModified && state.workspace == AppFixture.workspace)
        #expect(state.message?.text == "discarded 2 recovered edits")
    }
}
