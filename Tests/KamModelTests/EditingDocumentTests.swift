import Foundation
import Testing
@testable import KamModel

/// Opening, saving and locking a workspace document: conflicts, failed saves, locks.
@Suite struct EditingDocumentTests {
    static let me = LockOwner(pid: getpid(), host: "host1", user: "anna", started: 0)
    static let other = LockOwner(pid: 4242, host: "host1", user: "ben", started: 0)

    static func environment(_ owner: LockOwner = me, running: Bool = true,
                            fileSystem: any WorkspaceFileSystem = PosixFileSystem(), state: String? = nil) -> DocumentEnvironment {
        DocumentEnvironment(fileSystem: fileSystem, stateFolder: state, owner: owner, isRunning: { _ in running })
    }

    static func savedSample() throws -> String {
        let path = try Samples.temporaryFolder() + "/book.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        return path
    }

    private func renamed(_ document: WorkspaceDocument, _ name: String) throws {
        try document.apply(.updateDetails(WorkspaceDetails(name: name, currency: "EUR"), in: document.workspace))
    }

    @Test func savingAnUnchangedFileWritesTheEdits() throws {
        let path = try Self.savedSample()
        let document = try WorkspaceDocument.open(path: path, environment: Self.environment())
        try renamed(document, "Saved")
        #expect(try document.save() == .saved)
        #expect(!document.isModified)
        #expect(try WorkspaceFile.load(path: path).name == "Saved")
        try renamed(document, "Again")
        #expect(try document.save() == .saved)  // our own save is not an external change
        document.close(keepingUnsavedEdits: false)
    }

    @Test func aFileChangedOnDiskIsAConflictNotOverwritten() throws {
        let path = try Self.savedSample()
        let document = try WorkspaceDocument.open(path: path, environment: Self.environment())
        try renamed(document, "Mine")
        var theirs = Samples.workspace
        theirs.name = "Theirs"
        try WorkspaceFile.save(theirs, to: path)
        guard case .conflict(.changed)? = try? document.save() else {
            Issue.record("expected a conflict")
            return
        }
        #expect(try WorkspaceFile.load(path: path).name == "Theirs")
        #expect(document.isModified)
        #expect(try document.save(force: true) == .saved)
        #expect(try WorkspaceFile.load(path: path).name == "Mine")
        document.close(keepingUnsavedEdits: false)
    }

    @Test func reloadDropsTheEditsAndTakesTheFileAsItIsNow() throws {
        let path = try Self.savedSample()
        let document = try WorkspaceDocument.open(path: path, environment: Self.environment())
        try renamed(document, "Mine")
        var theirs = Samples.workspace
        theirs.name = "Theirs"
        try WorkspaceFile.save(theirs, to: path)
        try document.reload()
        #expect(document.workspace.name == "Theirs" && !document.isModified)
        #expect(try document.save() == .saved)
        document.close(keepingUnsavedEdits: false)
    }

    @Test(arguments: FailingFileSystem.Step.allCases.filter { $0 != .syncDirectory && $0 != .read })
    func aFailedSaveKeepsTheOldFileAndTheUnsavedEdits(step: FailingFileSystem.Step) throws {
        let path = try Self.savedSample()
        try WorkspaceFile.save(Samples.workspace, to: path)  // so that a .bak exists and is replaced
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let document = try WorkspaceDocument.open(path: path, environment: Self.environment(fileSystem: FailingFileSystem(failing: step)))
        try renamed(document, "Unsaved")
        #expect(throws: WorkspaceError.self) { try document.save() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(document.isModified && document.workspace.name == "Unsaved")
        #expect(document.history.unsavedDescriptions == ["Changed name of the workspace: Key accounts → Unsaved"])
        #expect(RecoveryJournal.find(for: path, stateFolder: nil) != nil)
        document.close(keepingUnsavedEdits: false)
    }

    @Test func saveAsRefusesAnExistingFileAndMovesTheLock() throws {
        let path = try Self.savedSample()
        let other = (path as NSString).deletingLastPathComponent + "/copy.json"
        let document = try WorkspaceDocument.open(path: path, environment: Self.environment())
        #expect(try document.save(as: path + ".bak-none") == .saved)
        #expect(document.path == path + ".bak-none")
        #expect(WorkspaceLock.holder(of: path) == nil)
        #expect(WorkspaceLock.holder(of: document.path) == Self.me)
        try WorkspaceFile.save(Samples.workspace, to: other)
        #expect(try document.save(as: other) == .conflict(.exists(other)))
        document.close(keepingUnsavedEdits: false)
        #expect(WorkspaceLock.holder(of: document.path) == nil)
    }

    @Test func aSecondSessionIsToldWhoHoldsTheLockAndGetsReadOnly() throws {
        let path = try Self.savedSample()
        let first = try WorkspaceDocument.open(path: path, environment: Self.environment(Self.other))
        let second = try WorkspaceDocument.open(path: path, environment: Self.environment())
        #expect(second.access == .readOnly(.lockedBy(Self.other)))
        #expect(second.access.description.hasPrefix("read-only: in use by ben on host1, pid 4242, since "))
        #expect(throws: EditError.self) { try renamed(second, "X") }
        #expect(throws: EditError.self) { try second.save() }
        #expect(second.takeLock(force: true) == .tookOver(from: Self.other))
        #expect(second.access == .editing)
        first.close(keepingUnsavedEdits: false)  // not its lock any more: must not remove it
        #expect(WorkspaceLock.holder(of: path) == Self.me)
        second.close(keepingUnsavedEdits: false)
        #expect(WorkspaceLock.holder(of: path) == nil)
        #expect(!FileManager.default.fileExists(atPath: WorkspaceLock.path(for: path)))
    }

    @Test func aStaleLockOnThisHostIsTakenOver() throws {
        let path = try Self.savedSample()
        _ = WorkspaceLock.acquire(path, as: Self.other)
        let document = try WorkspaceDocument.open(path: path, environment: Self.environment(running: false))
        #expect(document.access == .editing)
        #expect(WorkspaceLock.holder(of: path) == Self.me)
        document.close(keepingUnsavedEdits: false)
    }

    @Test func aLockFromAnotherHostIsNeverStale() throws {
        let path = try Self.savedSample()
        let remote = LockOwner(pid: 1, host: "host2", user: "ben", started: 0)
        _ = WorkspaceLock.acquire(path, as: remote)
        #expect(WorkspaceLock.acquire(path, as: Self.me, isRunning: { _ in false }) == .held(by: remote, stale: false))
        WorkspaceLock.release(path, as: remote)
    }

    @Test func aDeadProcessIsDetectedWithKill() {
        #expect(WorkspaceLock.isRunning(getpid()))
        #expect(!WorkspaceLock.isRunning(Int32.max - 1))
    }
}
