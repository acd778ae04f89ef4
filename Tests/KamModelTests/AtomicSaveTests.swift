import Foundation
import Testing
@testable import KamModel

/// Saving: atomic replace, the .bak copy, permissions, and failures that leave the file intact.
@Suite struct AtomicSaveTests {
    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int) ?? -1
    }

    private func contents(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test func newWorkspaceIsCreatedWithMode0600() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/new.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        #expect(try mode(path) == 0o600)
        #expect(try Samples.listing(folder) == ["new.json"])
        #expect(try WorkspaceFile.load(path: path) == Samples.workspace)
    }

    @Test func saveKeepsThePreviousVersionAsBak() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/book.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        let first = try contents(path)
        var changed = Samples.workspace
        changed.name = "Renamed"
        try WorkspaceFile.save(changed, to: path)
        #expect(try contents(path + ".bak") == first)
        #expect(try WorkspaceFile.load(path: path).name == "Renamed")
        changed.name = "Third"
        try WorkspaceFile.save(changed, to: path)
        #expect(try WorkspaceFile.load(path: path + ".bak").name == "Renamed")
        #expect(try Samples.listing(folder) == ["book.json", "book.json.bak"])
    }

    @Test func savePreservesPermissionBits() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/shared.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try WorkspaceFile.save(Samples.workspace, to: path)
        #expect(try mode(path) == 0o640)
    }

    /// Every step a save takes, with and without reading back (the read-back's own step only with it).
    static let steps: [(FailingFileSystem.Step, SaveVerification)] = FailingFileSystem.Step.allCases
        .filter { $0 != .syncDirectory }
        .flatMap { step in [(step, .readBack)] + (step == .read ? [] : [(step, .flushed)]) }

    @Test(arguments: steps)
    func failureAtAnyStepLeavesTheFileIntactAndNoTemporaryFile(step: FailingFileSystem.Step, verification: SaveVerification) throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/book.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        try WorkspaceFile.save(Samples.workspace, to: path)
        let before = try contents(path)
        let backup = try contents(path + ".bak")
        var changed = Samples.workspace
        changed.name = "Changed"
        let error = #expect(throws: WorkspaceError.self) {
            try WorkspaceFile.save(changed, to: path, fileSystem: FailingFileSystem(failing: step), verification: verification)
        }
        #expect(error.map { "\($0)" }?.contains("No space left on device") == true, "\(String(describing: error))")
        #expect(error.map { "\($0)" }?.contains(folder) == true)
        #expect(try contents(path) == before)
        #expect(try Samples.listing(folder) == ["book.json", "book.json.bak"])
        if step != .renameBackup { #expect(try contents(path + ".bak") == backup) }
    }

    @Test func failedWriteReportsWhatFailedAndWhere() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/book.json"
        do {
            try WorkspaceFile.save(Samples.workspace, to: path, fileSystem: FailingFileSystem(failing: .write))
            Issue.record("save succeeded")
        } catch let error as WorkspaceError {
            guard case .fileSystem(let operation, let failedPath, let code) = error else { Issue.record("\(error)"); return }
            #expect(operation.hasPrefix("write"))
            #expect(failedPath.hasPrefix(folder + "/.book.json.tmp-"))
            #expect(code == ENOSPC)
        }
        #expect(try Samples.listing(folder).isEmpty)
    }

    @Test func fallsBackToCopyingWhenHardLinksAreNotSupported() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/book.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        let first = try contents(path)
        var changed = Samples.workspace
        changed.name = "Changed"
        try WorkspaceFile.save(changed, to: path, fileSystem: FailingFileSystem(failing: .link, code: EPERM))
        #expect(try contents(path + ".bak") == first)
        #expect(try WorkspaceFile.load(path: path).name == "Changed")
        #expect(try Samples.listing(folder) == ["book.json", "book.json.bak"])
    }

    @Test func refusesToSaveAWorkspaceWithProblems() throws {
        let folder = try Samples.temporaryFolder()
        var broken = Samples.workspace
        broken.accounts[1].manager = "nobody"
        let path = folder + "/book.json"
        #expect(throws: WorkspaceError.self) { try WorkspaceFile.save(broken, to: path) }
        #expect(try Samples.listing(folder).isEmpty)
    }

    @Test func saveIntoAReadOnlyFolderFailsCleanly() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/book.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        let before = try contents(path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        guard geteuid() != 0 else {
            // root ignores folder permissions; the read-only file system test below covers this case.
            return
        }
        let error = #expect(throws: WorkspaceError.self) { try WorkspaceFile.save(Samples.workspace, to: path) }
        #expect(error.map { "\($0)" }?.contains("Permission denied") == true)
        #expect(try contents(path) == before)
        #expect(try Samples.listing(folder) == ["book.json"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel"), "needs Linux sysfs, a folder nobody can create files in"))
    func saveIntoAReadOnlyFileSystemFailsCleanly() throws {
        let path = "/sys/kernel/kam-test-\(getpid()).json"
        let error = #expect(throws: WorkspaceError.self) { try WorkspaceFile.save(Samples.workspace, to: path) }
        guard case .fileSystem(let operation, _, _)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(operation == "create")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func loadOfAMissingFileSaysSo() {
        let problems = WorkspaceFile.problems(path: "/nonexistent/kam.json")
        #expect(problems.map(\.description) == ["/nonexistent/kam.json: could not read /nonexistent/kam.json: No such file or directory"])
    }
}
