import Foundation
import Testing
@testable import KamModel

/// Saving by copying the text of unchanged accounts from the file last loaded or saved.
@Suite struct AccountSourceTests {
    /// A valid workspace with a few dozen accounts.
    private static var workspace: Workspace {
        var workspace = Samples.withManyAccounts(copies: 6)
        workspace.scorecard.overrides = []
        return workspace
    }

    /// A file holding each account's canonical text with `"id" : ` for `"id": ` (the same
    /// JSON, but not what the writer writes: text copied from it shows), and a source on it.
    private static func markedSource(for accounts: [Account], in folder: String) throws -> AccountSource {
        var bytes: [UInt8] = Array("junk before ".utf8)
        var spans: [AccountSpan] = []
        for account in accounts {
            var sink = ByteSink(capacity: 1_024)
            FastWorkspaceWriter.appendAccount(account, to: &sink)
            let text = String(decoding: UnsafeBufferPointer(start: sink.base, count: sink.count), as: UTF8.self)
            sink.free()
            let marked = Array(text.replacingOccurrences(of: "\"id\": ", with: "\"id\" : ").utf8)
            spans.append(AccountSpan(offset: bytes.count, length: marked.count,
                                     hash: marked.withUnsafeBytes { XXH64.hash($0) }))
            bytes += marked + Array(" , ".utf8)
        }
        let path = folder + "/source.txt"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try #require(AccountSource(path: path, accounts: accounts, spans: spans))
    }

    /// The number of accounts whose text in `bytes` was copied from a marked source.
    private static func copied(_ bytes: [UInt8]) -> Int {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "{\n      \"id\" : ").count - 1
    }

    @Test("unchanged accounts are copied from the source, changed ones encoded, and the file loads as the workspace")
    func copiesUnchangedAccounts() throws {
        let folder = try Samples.temporaryFolder()
        let original = Self.workspace
        let source = try Self.markedSource(for: original.accounts, in: folder)
        var edited = original
        edited.accounts[3].name = "Renamed"
        edited.accounts.insert(Account(id: "new-1", name: "New", manager: edited.accounts[0].manager, segment: "S"), at: 0)
        edited.accounts.remove(at: 10)
        let path = folder + "/ws.json"
        let saved = try WorkspaceFile.save(edited, to: path, source: source, accountSpans: true)
        let bytes = try PosixFileSystem().read(path)
        #expect(Self.copied(bytes) == original.accounts.count - 2, "all but the renamed and the removed one")
        #expect(try WorkspaceFile.load(path: path) == edited)
        // Each span names its account's text in the new file.
        #expect(saved.accountSpans.count == edited.accounts.count)
        for (account, span) in zip(edited.accounts, saved.accountSpans) {
            let text = Array(bytes[span.offset..<(span.offset + span.length)])
            #expect(text.withUnsafeBytes { XXH64.hash($0) } == span.hash)
            #expect(String(decoding: text, as: UTF8.self).contains("\"\(account.id)\""))
        }
    }

    @Test("a save not asked for account spans writes the same bytes, copying as before, and gives none")
    func saveWithoutSpans() throws {
        let folder = try Samples.temporaryFolder()
        let original = Self.workspace
        var edited = original
        edited.accounts[3].name = "Renamed"
        let with = folder + "/with.json", without = folder + "/without.json"
        let saved = try WorkspaceFile.save(edited, to: with, source: try Self.markedSource(for: original.accounts, in: folder),
                                           accountSpans: true)
        let bare = try WorkspaceFile.save(edited, to: without, source: try Self.markedSource(for: original.accounts, in: folder))
        #expect(saved.accountSpans.count == edited.accounts.count && bare.accountSpans.isEmpty)
        #expect(try PosixFileSystem().read(without) == PosixFileSystem().read(with))
        #expect(Self.copied(try PosixFileSystem().read(without)) == original.accounts.count - 1)
        #expect(bare.hash == saved.hash && bare.size == saved.size)
    }

    @Test("a save lets go of the source's loaded accounts once planned; saved again with it, every account is encoded")
    func sourceLetsGoOfItsAccounts() throws {
        let folder = try Samples.temporaryFolder()
        let original = Self.workspace
        let source = try Self.markedSource(for: original.accounts, in: folder)
        var edited = original
        edited.accounts[3].name = "Renamed"
        let path = folder + "/ws.json"
        try WorkspaceFile.save(edited, to: path, source: source)
        #expect(Self.copied(try PosixFileSystem().read(path)) == original.accounts.count - 1)
        #expect(source.accounts.isEmpty)
        try WorkspaceFile.save(edited, to: path, source: source)
        let bytes = try PosixFileSystem().read(path)
        #expect(Self.copied(bytes) == 0)
        #expect(bytes == WorkspaceFile.encodeReference(edited))
    }

    @Test("a source changed in place since is not copied from: every account is encoded")
    func changedSourceIsNotCopied() throws {
        let folder = try Samples.temporaryFolder()
        let original = Self.workspace
        let source = try Self.markedSource(for: original.accounts, in: folder)
        // Another program rewrites one account's text in place, same length.
        let sourcePath = folder + "/source.txt"
        var sourceBytes = try PosixFileSystem().read(sourcePath)
        let span = source.spans[5]
        let nameAt = try #require(String(decoding: sourceBytes[span.offset...], as: UTF8.self).range(of: "\"name\": \""))
        let position = span.offset + sourceBytes[span.offset...].count
            - String(decoding: sourceBytes[span.offset...], as: UTF8.self)[nameAt.upperBound...].utf8.count
        sourceBytes[position] = sourceBytes[position] == UInt8(ascii: "X") ? UInt8(ascii: "Y") : UInt8(ascii: "X")
        try Data(sourceBytes).write(to: URL(fileURLWithPath: sourcePath))
        let path = folder + "/ws.json"
        try WorkspaceFile.save(original, to: path, source: source)
        let bytes = try PosixFileSystem().read(path)
        #expect(bytes == WorkspaceFile.encode(original), "the canonical text, nothing copied")
    }

    @Test("a document's first save copies its accounts from the file opened and writes the canonical bytes")
    func documentSavesReuseTheirFile() throws {
        let path = try EditingDocumentTests.savedSample()
        let document = try WorkspaceDocument.open(path: path, environment: EditingDocumentTests.environment())
        defer { document.close(keepingUnsavedEdits: false) }
        let opened = try #require(document.accountSource, "the file read by the windowed loader is the source")
        #expect(opened.plan(for: document.workspace.accounts).allSatisfy { $0 >= 0 })
        try document.apply(.updateDetails(WorkspaceDetails(name: "First", currency: "EUR"), in: document.workspace))
        try document.save()
        #expect(try PosixFileSystem().read(path) == WorkspaceFile.encode(document.workspace))
        #expect(document.accountSource == nil, "a file just saved is not copied from")
        try document.apply(.updateDetails(WorkspaceDetails(name: "Second", currency: "EUR"), in: document.workspace))
        try document.save()
        #expect(try PosixFileSystem().read(path) == WorkspaceFile.encode(document.workspace))
        #expect(try WorkspaceFile.load(path: path) == document.workspace)
    }
}
