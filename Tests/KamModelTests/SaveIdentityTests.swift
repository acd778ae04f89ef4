import Foundation
import Testing
@testable import KamModel

/// How a document tells that its file changed on disk without reading it every time: the
/// file's status first, the content hash only when the status differs.
@Suite struct SaveIdentityTests {
    /// The sample saved, then left alone long enough for its status to be trusted.
    private func settledSample() throws -> String {
        let path = try EditingDocumentTests.savedSample()
        usleep(UInt32(FileStatus.clockMargin / 1000) + 50_000)
        return path
    }

    private func open(_ path: String, _ fileSystem: HookedFileSystem) throws -> WorkspaceDocument {
        try WorkspaceDocument.open(path: path, environment: EditingDocumentTests.environment(fileSystem: fileSystem))
    }

    private func renamed(_ document: WorkspaceDocument, _ name: String) throws {
        try document.apply(.updateDetails(WorkspaceDetails(name: name, currency: "EUR"), in: document.workspace))
    }

    /// Sets the file's modification time (the status-change time becomes now).
    private func setModified(_ path: String, seconds: Int64, nanoseconds: Int64) {
        var times = [timespec(tv_sec: Int(seconds), tv_nsec: Int(nanoseconds)),
                     timespec(tv_sec: Int(seconds), tv_nsec: Int(nanoseconds))]
        _ = utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test("an untouched file is not read again before a save: its status proves it unchanged")
    func untouchedFileIsNotRead() throws {
        let path = try settledSample()
        let fileSystem = HookedFileSystem()
        let document = try open(path, fileSystem)
        #expect(fileSystem.reads == 1)
        #expect(document.identity?.status != nil)
        try renamed(document, "Saved")
        #expect(try document.save() == .saved)
        #expect(fileSystem.reads == 1)
        document.close(keepingUnsavedEdits: false)
    }

    @Test("a touch is read and hashed, is not a change, and the fresh status is kept")
    func touchIsNotAChange() throws {
        let path = try settledSample()
        let fileSystem = HookedFileSystem()
        let document = try open(path, fileSystem)
        let loaded = try #require(document.identity)
        setModified(path, seconds: loaded.modifiedSeconds + 60, nanoseconds: 0)
        #expect(document.externalChange() == nil)
        #expect(fileSystem.reads == 2)
        #expect(document.identity?.modifiedSeconds == loaded.modifiedSeconds + 60)
        #expect(document.identity?.hash == loaded.hash)
        document.close(keepingUnsavedEdits: false)
    }

    @Test("a rewrite in place with the same size and modification time is still caught")
    func sameSizeSameTimeRewriteIsCaught() throws {
        let path = try settledSample()
        let document = try open(path, HookedFileSystem())
        let loaded = try #require(document.identity)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let name = Array("Key accounts".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: name) })
        bytes[at] = UInt8(ascii: "J")  // same size
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data(bytes))
        handle.closeFile()
        setModified(path, seconds: loaded.modifiedSeconds, nanoseconds: loaded.modifiedNanoseconds)
        guard case .changed(_, _, let now)? = document.externalChange() else {
            Issue.record("the rewrite was not caught")
            return
        }
        #expect(now.size == loaded.size && now.modifiedSeconds == loaded.modifiedSeconds && now.inode == loaded.inode)
        #expect(now.hash != loaded.hash)
        document.close(keepingUnsavedEdits: false)
    }

    @Test("a status taken just after the file changed is not trusted: the file is hashed (racy clean)")
    func racyStatusIsNotTrusted() throws {
        let path = try settledSample()
        let fileSystem = HookedFileSystem()
        let document = try open(path, fileSystem)
        var identity = try #require(document.identity)
        var status = try #require(identity.status)
        let latest = max(status.modifiedSeconds * 1_000_000_000 + status.modifiedNanoseconds,
                         status.changedSeconds * 1_000_000_000 + status.changedNanoseconds)
        status.observedNanoseconds = latest + FileStatus.clockMargin / 2
        #expect(!status.isSettled)
        identity.status = status
        document.identity = identity
        #expect(document.externalChange() == nil)
        #expect(fileSystem.reads == 2, "an unsettled status must not spare the read")
        #expect(document.identity?.status?.isSettled == true, "the fresh status is kept")

        status.observedNanoseconds = latest + FileStatus.clockMargin + 1
        #expect(status.isSettled)
        status.modifiedNanoseconds = 0
        status.changedSeconds = status.modifiedSeconds
        status.changedNanoseconds = 0
        status.observedNanoseconds = status.modifiedSeconds * 1_000_000_000 + 1_500_000_000
        #expect(!status.isSettled, "whole-second time stamps need two seconds")
        document.close(keepingUnsavedEdits: false)
    }

    @Test("a save right after a save, whose status is too recent to trust, compares the content beside the writing and saves")
    func saveAfterSaveComparesBeside() throws {
        let path = try settledSample()
        let document = try open(path, HookedFileSystem())
        try renamed(document, "First")
        #expect(try document.save() == .saved)
        #expect(document.identity?.status?.isSettled == false)
        try renamed(document, "Second")
        #expect(try document.save() == .saved)
        #expect(try WorkspaceFile.load(path: path).name == "Second")
        #expect(!document.isModified)
        document.close(keepingUnsavedEdits: false)
    }

    @Test("a file rewritten in place after a save, same size and time, stops the next save before it replaces the file")
    func rewriteAfterSaveStopsTheNextSave() throws {
        let path = try settledSample()
        let folder = (path as NSString).deletingLastPathComponent
        let document = try open(path, HookedFileSystem())
        try renamed(document, "Ours")
        #expect(try document.save() == .saved)
        let saved = try #require(document.identity)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let name = Array("\"Ours\"".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: name) })
        bytes[at + 1] = UInt8(ascii: "X")  // same size
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data(bytes))
        handle.closeFile()
        setModified(path, seconds: saved.modifiedSeconds, nanoseconds: saved.modifiedNanoseconds)
        try renamed(document, "Ours again")
        guard case .conflict(.changed)? = try? document.save() else {
            Issue.record("the rewrite was not caught")
            return
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
        #expect(try Samples.listing(folder).allSatisfy { !$0.contains(".tmp-") })
        #expect(document.isModified)
        document.close(keepingUnsavedEdits: false)
    }

    @Test("the identity recorded by a save is the one reading the file gives, without reading it")
    func saveIdentityMatchesTheFile() throws {
        let path = try settledSample()
        let fileSystem = HookedFileSystem()
        let document = try open(path, fileSystem)
        try renamed(document, "New name")
        #expect(try document.save() == .saved)
        let saved = try #require(document.identity)
        let read = try FileIdentity.read(path).identity
        #expect(saved.hash == read.hash && saved.size == read.size && saved.inode == read.inode)
        #expect(saved.modifiedSeconds == read.modifiedSeconds && saved.modifiedNanoseconds == read.modifiedNanoseconds)
        #expect(fileSystem.reads == 1)
        document.close(keepingUnsavedEdits: false)
    }

    @Test("a file replaced while it was read keeps no status: it will be hashed before a save")
    func replacedWhileReadHasNoStatus() throws {
        let path = try settledSample()
        let before = try #require(FileStatus.of(path))
        var other = before
        other.inode += 1
        let bytes = try PosixFileSystem().read(path)
        #expect(FileIdentity.of(bytes, at: path, statusBefore: before).status != nil)
        #expect(FileIdentity.of(bytes, at: path, statusBefore: other).status == nil)
        #expect(FileIdentity.of(bytes, at: path, statusBefore: nil).status == nil)
        #expect(FileIdentity.of(Array(bytes.dropLast()), at: path, statusBefore: before).status == nil)
    }
}
