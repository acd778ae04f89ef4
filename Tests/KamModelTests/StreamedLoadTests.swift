import Foundation
import Testing
@testable import KamModel

/// The workspace read in windows (`StreamedWorkspaceDecoder`) against the whole file read
/// at once: the same workspace, the same content hash, spans that point at each account,
/// and on files with problems the same problems.
@Suite struct StreamedLoadTests {
    /// The sample's accounts copied many times, with strings that need escapes and
    /// non-ASCII letters (so that such strings straddle window edges).
    static let workspace: Workspace = {
        var workspace = Samples.withManyAccounts(copies: 60)
        workspace.accounts[0].id = "acme"  // the account the scorecard's override names
        for index in workspace.accounts.indices where index % 3 == 0 {
            workspace.accounts[index].notes = "Line one\nsaid \"héllo\" \\ to Zoë 🚀 \(index)"
        }
        return workspace
    }()
    static let bytes = WorkspaceFile.encode(workspace)

    /// Options with windows of `window` bytes read in steps of `alignment`, `parts` parts.
    static func options(window: Int, alignment: Int, parts: Int) -> StreamedWorkspaceDecoder.Options {
        var options = StreamedWorkspaceDecoder.Options()
        options.windowBytes = window
        options.alignment = alignment
        options.parts = parts
        options.splitBytes = 0
        return options
    }

    /// `bytes` written to `ws.json` in a new temporary folder.
    static func written(_ bytes: [UInt8]) throws -> (folder: String, path: String) {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/ws.json"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    /// Checks that each span's bytes are its account's text: they start with `{`, end
    /// with `}`, decode alone to that account, and hash to the span's hash.
    static func checkSpans(_ spans: [AccountSpan]?, of accounts: [Account], in bytes: [UInt8]) throws {
        let spans = try #require(spans)
        #expect(spans.count == accounts.count)
        bytes.withUnsafeBytes { file in
            for (span, account) in zip(spans, accounts) {
                let text = UnsafeRawBufferPointer(rebasing: file[span.offset..<(span.offset + span.length)])
                #expect(text.first == UInt8(ascii: "{") && text.last == UInt8(ascii: "}"))
                #expect(XXH64.hash(text) == span.hash)
                var scanner = JSONScanner(text)
                let decoded = try? scanner.readAccount()
                #expect(decoded == account)
                #expect(scanner.pos == text.count, "the span holds exactly one account")
            }
        }
    }

    @Test("tiny windows, accounts and strings across their edges, 1 to 7 parts: the workspace read whole")
    func windowsOfAnySizeGiveTheWholeFileResult() throws {
        let whole = try #require(Self.bytes.withUnsafeBytes { FastWorkspaceDecoder.decode($0) })
        #expect(whole == Self.workspace)
        for (window, alignment) in [(64, 16), (300, 7), (1000, 64), (5000, 1), (1 << 16, 4096)] {
            for parts in [1, 2, 3, 7] {
                let options = Self.options(window: window, alignment: alignment, parts: parts)
                let loaded = try #require(StreamedWorkspaceDecoder.decode(BytePieces(Self.bytes), options: options),
                                          "window \(window), \(parts) parts")
                #expect(loaded.workspace == whole, "window \(window), \(parts) parts")
                #expect(loaded.hash == ContentHash.of(Self.bytes), "window \(window), \(parts) parts")
                try Self.checkSpans(loaded.spans, of: whole.accounts, in: Self.bytes)
            }
        }
    }

    @Test("the content hash comes from the windows as they read the file, equal to ContentHash.of")
    func hashIsComputedFromThePiecesRead() throws {
        // Large enough for several 1 MiB blocks and a window that holds fewer than all.
        let big = WorkspaceFile.encode(Samples.withManyAccounts(copies: 1800))
        #expect(big.count > 3 << 20)
        for parts in [1, 2, 3] {
            let options = Self.options(window: 2 << 20, alignment: ContentHash.blockSize, parts: parts)
            let loaded = try #require(StreamedWorkspaceDecoder.decode(BytePieces(big), options: options))
            #expect(loaded.hash == ContentHash.of(big), "\(parts) parts")
            #expect(loaded.blocksReadAgain == 0, "every block hashed as read, \(parts) parts")
        }
        // A file smaller than a block, and an empty workspace without accounts.
        let small = WorkspaceFile.encode(Samples.workspace)
        #expect(StreamedWorkspaceDecoder.decode(BytePieces(small))?.hash == ContentHash.of(small))
        var empty = Samples.workspace
        empty.accounts = []
        let none = WorkspaceFile.encode(empty)
        let loaded = try #require(StreamedWorkspaceDecoder.decode(BytePieces(none)))
        #expect(loaded.workspace == empty && loaded.hash == ContentHash.of(none) && loaded.spans == [])
    }

    @Test("a file read through the real file system: identity, spans re-read from the file, document")
    func realFileGivesIdentityAndSpans() throws {
        let (folder, path) = try Self.written(Self.bytes)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let options = Self.options(window: 4096, alignment: 512, parts: 2)
        let loaded = try WorkspaceFile.read(path: path, fileSystem: PosixFileSystem(), options: options)
        #expect(loaded.workspace == Self.workspace)
        #expect(loaded.identity?.hash == ContentHash.of(Self.bytes))
        #expect(loaded.identity?.size == Self.bytes.count)
        let reread = try PosixFileSystem().read(path)
        try Self.checkSpans(loaded.accountSpans, of: Self.workspace.accounts, in: reread)

        let document = try WorkspaceDocument.open(path: path, readOnly: true)
        #expect(document.identity?.hash == ContentHash.of(Self.bytes))
        #expect(try document.identity?.sameContent(as: FileIdentity.read(path).identity) == true)
        try Self.checkSpans(document.accountSource?.spans, of: document.workspace.accounts, in: reread)
        #expect(try WorkspaceFile.load(path: path) == Self.workspace)
        #expect(WorkspaceFile.problems(path: path).isEmpty)
    }

    @Test("files with problems give the same problems as reading them whole, through tiny windows")
    func brokenFilesGiveTheWholeFileProblems() throws {
        var variants: [(String, JSONValue)] = []
        FastLoaderTests.variants(of: try Samples.document, rebuild: { $0 }, into: &variants)
        let text = Samples.text
        var inputs = variants.enumerated().filter { $0.offset % 7 == 0 }.map { ($0.element.0, JSONWriter.inline($0.element.1)) }
        inputs += [
            ("truncated", Array(text.dropLast(40).utf8)), ("trailing garbage", Array((text + "x").utf8)),
            ("older version", Array(text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 1").utf8)),
            ("newer version", Array(text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 3").utf8)),
            ("empty", []), ("canonical", Array(text.utf8)),
        ]
        // Canonical files of many accounts broken late, so that windows cut them at account lines.
        let many = String(decoding: Self.bytes, as: UTF8.self)
        func lastReplaced(_ old: String, _ new: String) -> [UInt8] {
            guard let range = many.range(of: old, options: .backwards) else { return [] }
            return Array(many.replacingCharacters(in: range, with: new).utf8)
        }
        inputs += [
            ("a late name that is a number", lastReplaced("\"name\": \"Bolt GmbH\"", "\"name\": 7")),
            ("a late retention out of range", lastReplaced("\"retention\": 0.92", "\"retention\": 1.5")),
            ("a late repeated id", lastReplaced("\"id\": \"bolt-59\"", "\"id\": \"acme-59\"")),
            ("a late unknown member", lastReplaced("\"segment\": \"Retail\"", "\"segment\": \"Retail\", \"zz\": [1]")),
            ("a late missing brace", lastReplaced("\n    },\n", "\n    ,\n")),
            ("cut in the middle", Array(Self.bytes.prefix(Self.bytes.count / 2))),
        ]
        let options = Self.options(window: 64, alignment: 16, parts: 2)
        for (label, bytes) in inputs {
            let files = MemoryFileSystem(files: ["ws.json": bytes])
            let streamed = Result { try WorkspaceFile.read(path: "ws.json", fileSystem: files, options: options).workspace }
            let whole = Result { try WorkspaceFile.decode(bytes: bytes, fileName: "ws.json") }
            #expect(Self.describe(streamed) == Self.describe(whole), "\(label)")
            #expect(WorkspaceFile.problems(path: "ws.json", fileSystem: files) == Self.wholeFileProblems(bytes), "\(label)")
        }
    }

    /// The problems `WorkspaceFile.problems` gave before it read files in windows.
    static func wholeFileProblems(_ bytes: [UInt8]) -> [WorkspaceProblem] {
        let result = WorkspaceReader.read(bytes, fileName: "ws.json")
        if let version = result.newerVersion {
            return [WorkspaceProblem(path: .root, message: WorkspaceError.newerSchema(file: "ws.json", version: version).description)]
        }
        return result.problems
    }

    /// A load's outcome as text: the workspace's accounts, or the error's description.
    static func describe(_ result: Result<Workspace, any Error>) -> String {
        switch result {
        case .success(let workspace): "loaded \(workspace.name) with \(workspace.accounts.map(\.id))"
        case .failure(let error): "failed: \(error)"
        }
    }

    @Test("a migrated file or a layout the windows cannot cut loads whole, without spans")
    func otherLayoutsLoadWholeWithoutSpans() throws {
        // Nested objects on lines that look like account starts: cuts fall inside accounts.
        let misleading = Array(String(decoding: Self.bytes, as: UTF8.self)
            .replacingOccurrences(of: "\"quarters\": {\n", with: "\"quarters\":\n    {\n").utf8)
        let options = Self.options(window: 2000, alignment: 100, parts: 3)
        #expect(StreamedWorkspaceDecoder.decode(BytePieces(misleading), options: options) == nil)
        let files = MemoryFileSystem(files: ["a.json": misleading,
                                             "old.json": Array(Samples.text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 1").utf8)])
        let loaded = try WorkspaceFile.read(path: "a.json", fileSystem: files, options: options)
        #expect(loaded.workspace == Self.workspace)
        #expect(loaded.accountSpans == nil)
        #expect(loaded.identity?.hash == ContentHash.of(misleading))
        let migrated = try WorkspaceFile.read(path: "old.json", fileSystem: files)
        #expect(migrated.workspace.accounts == Samples.workspace.accounts)
        #expect(migrated.accountSpans == nil)
    }

    @Test("a file's current identity, hashed in windows, is the one of its bytes read whole")
    func currentIdentityEqualsTheWholeFileOne() throws {
        let big = WorkspaceFile.encode(Samples.withManyAccounts(copies: 1800))
        let (folder, path) = try Self.written(big)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = try FileIdentity.read(path).identity
        for window in [1 << 20, 2 << 20, 64 << 20] {
            let current = try FileIdentity.current(path, fileSystem: PosixFileSystem(), windowBytes: window)
            #expect(current.hash == ContentHash.of(big) && current.size == big.count, "window \(window)")
            #expect(current.sameContent(as: whole))
        }
        #expect(try FileIdentity.current(path, fileSystem: HookedFileSystem()).hash == whole.hash)
    }

    @Test("a file that ends before its size says gives up the streamed path instead of crashing")
    func shrunkFileGivesUp() {
        let cut = Array(Self.bytes.prefix(Self.bytes.count / 2))
        let options = Self.options(window: 4096, alignment: 512, parts: 2)
        #expect(StreamedWorkspaceDecoder.decode(ShrunkPieces(bytes: cut, size: Self.bytes.count), options: options) == nil)
    }

    @Test("fake file systems still work: the pieces come from their whole-file read, failures are theirs")
    func fakeFileSystemsStillWork() throws {
        let (folder, path) = try Self.written(Self.bytes)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let hooked = HookedFileSystem()
        #expect(try WorkspaceFile.load(path: path, fileSystem: hooked) == Self.workspace)
        #expect(hooked.reads == 1, "one whole-file read, through the default pieces")
        #expect(throws: WorkspaceError.self) { try WorkspaceFile.load(path: path, fileSystem: FailingFileSystem(failing: .read)) }
        let problems = WorkspaceFile.problems(path: path, fileSystem: FailingFileSystem(failing: .read))
        #expect(problems.count == 1 && problems[0].message.contains("injected"))
    }

    @Test("progress counts each account's bytes once")
    func progressCountsTheAccountsOnce() throws {
        let progress = LoadProgress(totalBytes: 2 * Self.bytes.count)
        progress.enter(.decoding)
        let options = Self.options(window: 1000, alignment: 64, parts: 3)
        #expect(StreamedWorkspaceDecoder.decode(BytePieces(Self.bytes), options: options, progress: progress) != nil)
        // About half of the doubled size: 5 + 65 / 2.
        #expect((36...37).contains(progress.percent), "\(progress.percent)")
    }
}
