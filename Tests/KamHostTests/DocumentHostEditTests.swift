import Foundation
import KamModel
import KamUI
import Testing
@testable import kam

/// The host repeating the cockpit's edits on the document: each is journalled, and the
/// document takes the cockpit's workspace after it instead of making its own copy.
@Suite struct DocumentHostEditTests {
    /// The cockpit's state and the host, both on a fresh document of `folder`'s file.
    private func open(_ folder: DocumentHostSaveTests.Folder) throws -> (AppState, DocumentHost, WorkspaceDocument) {
        let document = try WorkspaceDocument.open(path: folder.file, environment: DocumentHostSaveTests.environment)
        var state = try AppState(workspace: document.workspace, today: try #require(Day(year: 2026, month: 9, day: 30)))
        CockpitLauncher.prepareEditing(&state, document)
        return (state, DocumentHost(document: document, environment: DocumentHostSaveTests.environment), document)
    }

    /// Presses `keys` in the cockpit and carries out the effects on the host, as the cockpit does.
    private func press(_ keys: String, _ state: inout AppState, _ host: inout DocumentHost) throws {
        for key in try KeyString.parse(keys) {
            for effect in state.handle(.key(key)) {
                #expect(host.perform(effect, app: state.workspace) == nil, "no warning for \(effect)")
            }
        }
    }

    /// Where the buffer of `accounts` starts: equal for two arrays that share it.
    private func storage(_ accounts: [Account]) -> UnsafeRawPointer? {
        accounts.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test("an edit, an undo and a redo are journalled, and the document shares the cockpit's accounts after each")
    func documentFollowsTheCockpit() throws {
        let folder = try DocumentHostSaveTests.Folder(accounts: 300)
        defer { folder.remove() }
        var (state, host, document) = try open(folder)
        let first = try #require(state.workspace.accounts.first)
        for (keys, tier) in [(":tier other<Enter>", Tier.other), ("u", first.tier), ("<C-r>", Tier.other)] {
            try press(keys, &state, &host)
            #expect(state.workspace.accounts[0].tier == tier, "after \(keys)")
            #expect(document.workspace == state.workspace, "after \(keys)")
            #expect(storage(document.workspace.accounts) == storage(state.workspace.accounts), "after \(keys)")
            #expect(document.history.undoCount == state.editing.history.undoCount, "after \(keys)")
            #expect(document.isModified == state.editing.isModified, "after \(keys)")
        }
        // The journal holds the three steps: opening the file again offers the edit back.
        document.close(keepingUnsavedEdits: true)
        let reopened = try WorkspaceDocument.open(path: folder.file, environment: DocumentHostSaveTests.environment)
        #expect(reopened.pendingRecovery?.edits.map(\.description) == [try #require(document.history.nextUndo).description])
        reopened.discardRecovery()
        reopened.close(keepingUnsavedEdits: false)
    }

    @Test("without the cockpit's workspace the document applies the edit itself")
    func documentAppliesAlone() throws {
        let folder = try DocumentHostSaveTests.Folder(accounts: 300)
        defer { folder.remove() }
        var (state, host, document) = try open(folder)
        for effect in state.handle(.key(.character("t"))) + (try KeyString.parse("g<Enter>")).flatMap({ state.handle(.key($0)) }) {
            #expect(host.perform(effect) == nil)
        }
        #expect(document.workspace == state.workspace)
        #expect(storage(document.workspace.accounts) != storage(state.workspace.accounts))
        document.close(keepingUnsavedEdits: false)
    }
}
