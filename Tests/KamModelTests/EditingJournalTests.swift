import Foundation
import Testing
@testable import KamModel

/// The recovery journal: edits survive a dropped session, a torn last line, a changed base,
/// and the journal goes away once the edits are saved or discarded.
@Suite struct EditingJournalTests {
    private func environment(_ state: String? = nil) -> DocumentEnvironment {
        EditingDocumentTests.environment(state: state)
    }

    /// Opens the sample, makes three edits (one undone, one redone) and drops the session
    /// without closing it, as a crash would: the lock is forced away by the next session.
    private func crashedSession(at path: String) throws -> [String] {
        let document = try WorkspaceDocument.open(path: path, environment: environment())
        let w = document.workspace
        try document.apply(.addContact(Contact(id: "c9", name: "Mo Diaz", extra: JSONObject([("nickname", .string("Mo"))])),
                                       to: "acme", in: w))
        try document.apply(try .moveOpportunity("o1", of: "acme", to: .won, on: Samples.day("2025-07-02"), in: document.workspace))
        try document.apply(.updateDetails(WorkspaceDetails(name: "Gone", currency: "EUR"), in: document.workspace))
        try document.undo()
        try document.undo()
        try document.redo()
        return document.history.unsavedDescriptions
    }

    @Test func editsOfACrashedSessionAreRestoredOntoAFreshLoad() throws {
        let path = try EditingDocumentTests.savedSample()
        let unsaved = try crashedSession(at: path)
        #expect(unsaved.count == 2)
        let found = try #require(RecoveryJournal.find(for: path, stateFolder: nil))
        #expect(found.descriptions == unsaved)
        #expect(found.baseUnchanged)
        #expect(found.skippedLines.isEmpty)
        let next = try WorkspaceDocument.open(path: path, force: true, environment: environment())
        #expect(next.pendingRecovery?.descriptions == unsaved)
        #expect(throws: EditError.self) { try next.apply(.addManager(Manager(id: "x", name: "X"), in: next.workspace)) }
        let report = try next.restoreRecovery()
        #expect(report.restored == unsaved && report.failed.isEmpty)
        let acme = try #require(next.workspace.account(id: "acme"))
        #expect(acme.contacts.last?.extra["nickname"] == .string("Mo"))
        #expect(acme.opportunities[0].stage == .won)
        #expect(next.workspace.name == "Key accounts")
        #expect(next.isModified)
        // Restored edits are journalled again: a second crash still loses nothing.
        #expect(RecoveryJournal.find(for: path, stateFolder: nil)?.descriptions == unsaved)
        #expect(try next.save() == .saved)
        #expect(RecoveryJournal.find(for: path, stateFolder: nil) == nil)
        next.close(keepingUnsavedEdits: false)
    }

    @Test func aTornLastLineIsIgnored() throws {
        let path = try EditingDocumentTests.savedSample()
        _ = try crashedSession(at: path)
        let journal = try #require(RecoveryJournal.find(for: path, stateFolder: nil))
        let complete = journal.edits.count
        let handle = try #require(FileHandle(forWritingAtPath: journal.journalPath))
        handle.seekToEndOfFile()
        let torn = JournalFile.Entry(.apply, .addManager(Manager(id: "z", name: "Z"), in: Samples.workspace)).line
        handle.write(Data(torn.prefix(torn.count / 2)))
        handle.closeFile()
        let found = try #require(RecoveryJournal.find(for: path, stateFolder: nil))
        #expect(found.edits.count == complete)
        #expect(found.skippedLines == ["the last line was cut short (written when the session ended) and was ignored"])
    }

    @Test func whenTheBaseChangedTheEditsThatStillFitAreRestoredAndTheOthersReported() throws {
        let path = try EditingDocumentTests.savedSample()
        _ = try crashedSession(at: path)
        var theirs = Samples.workspace
        theirs.accounts[0].opportunities[0].value = 1  // the moved opportunity changed meanwhile
        try WorkspaceFile.save(theirs, to: path)
        let next = try WorkspaceDocument.open(path: path, force: true, environment: environment())
        let pending = try #require(next.pendingRecovery)
        #expect(!pending.baseUnchanged)
        let report = try next.restoreRecovery()
        #expect(report.restored == ["Added contact Mo Diaz to Acme Corp"])
        #expect(report.failed.map(\.description) == ["Moved Line 3 retrofit (Acme Corp): proposal sent → won"])
        #expect(report.failed.first?.reason.contains("was changed since") == true)
        next.close(keepingUnsavedEdits: false)
    }

    @Test func discardingOrQuittingWithoutSavingRemovesTheJournal() throws {
        let path = try EditingDocumentTests.savedSample()
        _ = try crashedSession(at: path)
        let next = try WorkspaceDocument.open(path: path, force: true, environment: environment())
        next.discardRecovery()
        #expect(RecoveryJournal.find(for: path, stateFolder: nil) == nil)
        try next.apply(.addManager(Manager(id: "x", name: "X"), in: next.workspace))
        #expect(RecoveryJournal.find(for: path, stateFolder: nil) != nil)
        try next.undo()  // back at the saved state: nothing to recover
        #expect(RecoveryJournal.find(for: path, stateFolder: nil) == nil)
        try next.redo()
        next.close(keepingUnsavedEdits: true)  // an SSH drop: kept
        #expect(RecoveryJournal.find(for: path, stateFolder: nil) != nil)
        let third = try WorkspaceDocument.open(path: path, environment: environment())
        #expect(third.pendingRecovery != nil)
        third.discardRecovery()
        try third.apply(.addManager(Manager(id: "y", name: "Y"), in: third.workspace))
        third.close(keepingUnsavedEdits: false)  // quit without saving: dropped
        #expect(RecoveryJournal.find(for: path, stateFolder: nil) == nil)
    }

    @Test func aReadOnlyFolderKeepsTheJournalInTheStateFolder() throws {
        let folder = try Samples.temporaryFolder()
        let state = try Samples.temporaryFolder()
        let path = folder + "/book.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        let journalPath = RecoveryJournal.fallbackPath(for: path, stateFolder: state)
        #expect(journalPath.hasPrefix(state + "/journal/%2F"))
        #expect(journalPath.hasSuffix("%2Fbook.json.kam-journal"))
        // Writing the fallback journal works without the workspace folder.
        let file = try JournalFile(path: journalPath, header: .init(workspace: path, baseHash: 1, created: 0, schemaVersion: 2),
                                   entries: [.init(.apply, .addManager(Manager(id: "q", name: "Q"), in: Samples.workspace))])
        _ = file
        let found = try #require(RecoveryJournal.find(for: path, stateFolder: state, currentBase: nil))
        #expect(found.journalPath == journalPath)
        #expect(found.descriptions == ["Added manager Q"])
    }
}
