import Foundation
import Testing
@testable import KamModel

/// What the save checks before it replaces a file, how it stops when asked, and journals
/// written before the content hash changed.
@Suite struct SaveVerificationTests {
    private func contents(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// The sample saved in a folder of its own; its bytes; the sample renamed, to save over it.
    private func savedBook() throws -> (folder: String, path: String, before: [UInt8], changed: Workspace) {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/book.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        var changed = Samples.workspace
        changed.name = "Changed"
        return (folder, path, try contents(path), changed)
    }

    @Test("with read-back asked for, a temporary file that does not read back as written never replaces the workspace")
    func corruptedWriteIsRefused() throws {
        let (folder, path, before, changed) = try savedBook()
        // A disk that does not keep what it is given: one byte changes on the way.
        let corrupting = HookedFileSystem { bytes in
            var changed = bytes
            changed[changed.count / 2] ^= 0x20
            return changed
        }
        let error = #expect(throws: WorkspaceError.self) {
            try WorkspaceFile.save(changed, to: path, fileSystem: corrupting, verification: .readBack)
        }
        guard case .verificationFailed? = error else { Issue.record("expected a verification failure: \(String(describing: error))"); return }
        #expect(try contents(path) == before)
        #expect(try Samples.listing(folder) == ["book.json"])
    }

    @Test("$KAM_READ_BACK_SAVES asks for read-back when set to anything but empty or 0")
    func readBackFromTheEnvironment() {
        #expect(SaveVerification.from(environmentValue: nil) == .flushed)
        #expect(SaveVerification.from(environmentValue: "") == .flushed)
        #expect(SaveVerification.from(environmentValue: "0") == .flushed)
        #expect(SaveVerification.from(environmentValue: "1") == .readBack)
        #expect(SaveVerification.from(environmentValue: "yes") == .readBack)
    }

    @Test("a document's saves read back exactly when its environment asks", arguments: [SaveVerification.flushed, .readBack])
    func documentSavesReadBackWhenAsked(verification: SaveVerification) throws {
        let path = try EditingDocumentTests.savedSample()
        let watched = HookedFileSystem()
        var environment = EditingDocumentTests.environment()
        environment.fileSystem = watched
        environment.saveVerification = verification
        let document = try WorkspaceDocument.open(path: path, environment: environment)
        try document.apply(.updateDetails(WorkspaceDetails(name: "Saved", currency: "EUR"), in: document.workspace))
        #expect(try document.save() == .saved)
        #expect((watched.readBacks > 0) == (verification == .readBack))
        #expect(try WorkspaceFile.load(path: path).name == "Saved")
        document.close(keepingUnsavedEdits: false)
    }

    @Test("the real file system's read-back compares every byte of a range, at any offset")
    func readBackComparesEveryByte() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/big.bin"
        var generator = SplitMix(seed: 3)
        let bytes = (0..<(3 << 20) / 8).flatMap { _ in withUnsafeBytes(of: generator.next()) { Array($0) } }
        let fileSystem = PosixFileSystem()
        let descriptor = try fileSystem.create(path, permissions: 0o600)
        try fileSystem.write(descriptor, bytes, path: path)
        try fileSystem.close(descriptor, path: path)
        #expect(try fileSystem.read(path) == bytes)
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 4_096, alignment: 4_096)
        defer { scratch.deallocate() }
        func equal(_ offset: Int, _ expected: [UInt8]) throws -> Bool {
            try expected.withUnsafeBytes { try fileSystem.contentEquals(path, at: offset, $0, scratch: scratch) }
        }
        for offset in [0, 4_096, 1 << 20, 12_345] {
            let range = offset..<min(bytes.count, offset + (1 << 20) + 17)
            #expect(try equal(offset, Array(bytes[range])), "from \(offset)")
        }
        #expect(try equal(0, bytes))
        for position in [0, 1 << 20, bytes.count / 2, bytes.count - 1] {
            var other = bytes
            other[position] ^= 1
            #expect(try !equal(0, other), "byte \(position)")
        }
        #expect(try !equal(1, Array(bytes.dropLast())), "shifted by one")
        #expect(try !equal(bytes.count - 10, Array(bytes.suffix(10)) + [0]), "past the end")
        fileSystem.remove(path)
    }

    @Test("a save asked to stop leaves the old file and no temporary file, at every step it checks")
    func cancelledSaveLeavesTheOldFile() throws {
        for stopAfter in 0..<3 {
            let (folder, path, before, changed) = try savedBook()
            var asked = 0
            #expect(throws: SaveCancelled(file: path)) {
                try WorkspaceFile.save(changed, to: path, cancelled: {
                    defer { asked += 1 }
                    return asked == stopAfter
                })
            }
            #expect(try contents(path) == before)
            #expect(try Samples.listing(folder) == ["book.json"], "stopped at check \(stopAfter)")
        }
    }

    @Test("a document whose save was stopped keeps its edits and their journal")
    func cancelledDocumentSaveKeepsTheJournal() throws {
        let path = try EditingDocumentTests.savedSample()
        let document = try WorkspaceDocument.open(path: path, environment: EditingDocumentTests.environment())
        try document.apply(.updateDetails(WorkspaceDetails(name: "Unsaved", currency: "EUR"), in: document.workspace))
        #expect(throws: SaveCancelled.self) { try document.save(cancelled: { true }) }
        #expect(document.isModified)
        #expect(RecoveryJournal.find(for: path, stateFolder: nil)?.descriptions.count == 1)
        #expect(try WorkspaceFile.load(path: path).name == Samples.workspace.name)
        document.close(keepingUnsavedEdits: true)
    }

    @Test("a journal from before the content hash (FNV-1a, no hash kind) is still checked against its base")
    func oldJournalsUseFNV1a() throws {
        let path = try EditingDocumentTests.savedSample()
        let bytes = try PosixFileSystem().read(path)
        let journalPath = RecoveryJournal.path(for: path, stateFolder: nil)
        let edit = JournalFile.Entry(.apply, .addManager(Manager(id: "q", name: "Q"), in: Samples.workspace)).line
        func writeOldJournal(baseHash: UInt64) throws {
            let header = "{\"kamJournal\": 1, \"workspace\": \"\(path)\", \"baseHash\": \"\(FileIdentity.hex(baseHash))\", "
                + "\"created\": 0, \"createdAt\": \"1970-01-01 00:00\", \"schemaVersion\": 2}\n"
            try Data(Array(header.utf8) + edit).write(to: URL(fileURLWithPath: journalPath))
        }
        try writeOldJournal(baseHash: FileIdentity.fnv1a(bytes))
        let current = try FileIdentity.read(path).identity
        let same = try #require(RecoveryJournal.find(for: path, stateFolder: nil, currentBase: current))
        #expect(same.baseHashKind == .fnv1a)
        #expect(same.baseUnchanged)
        #expect(same.descriptions == ["Added manager Q"])
        try writeOldJournal(baseHash: FileIdentity.fnv1a(bytes) ^ 1)
        #expect(RecoveryJournal.find(for: path, stateFolder: nil, currentBase: current)?.baseUnchanged == false)

        // A new journal names its hash and is checked with it.
        let document = try WorkspaceDocument.open(path: path, force: true, environment: EditingDocumentTests.environment())
        document.discardRecovery()
        try document.apply(.addManager(Manager(id: "r", name: "R"), in: document.workspace))
        let line = try #require(String(data: try Data(contentsOf: URL(fileURLWithPath: journalPath)), encoding: .utf8))
        #expect(line.contains("\"baseHashKind\": \"xxh64-blocks-1m\""))
        let fresh = try #require(RecoveryJournal.find(for: path, stateFolder: nil))
        #expect(fresh.baseHashKind == .blocks && fresh.baseUnchanged)
        document.close(keepingUnsavedEdits: false)
    }
}
