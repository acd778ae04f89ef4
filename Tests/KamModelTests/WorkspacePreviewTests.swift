import Foundation
import Testing
@testable import KamModel

/// The preview of a large file (its first accounts, read from its head and tail) against
/// the full decode: the same members and the same first accounts, or no preview at all.
@Suite struct WorkspacePreviewTests {
    /// `workspace` with only its first `count` accounts: what a preview must equal.
    static func prefix(_ workspace: Workspace, _ count: Int) -> Workspace {
        var expected = workspace
        expected.accounts = Array(workspace.accounts.prefix(count))
        return expected
    }

    /// The sample with `copies` copies of its accounts, its override moved to the first copy.
    static func many(_ copies: Int) -> Workspace {
        var workspace = Samples.withManyAccounts(copies: copies)
        for i in workspace.scorecard.overrides.indices { workspace.scorecard.overrides[i].account? += "-0" }
        return workspace
    }

    /// Writes `bytes` to a new temporary file and returns its path.
    static func file(_ bytes: [UInt8]) throws -> String {
        let path = try Samples.temporaryFolder() + "/ws.json"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The preview of `bytes` read through a file, whatever its size.
    static func preview(of bytes: [UInt8]) throws -> WorkspacePreview? {
        let path = try file(bytes)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        return WorkspacePreview.read(path: path, minimumFileBytes: 0)
    }

    /// The canonical text with its members (each from its `  "name":` line to the next
    /// member's) in the order of `names` (members not named keep their order, after them),
    /// commas put right.
    static func reordered(_ text: String, _ names: [String]) throws -> String {
        let lines = text.components(separatedBy: "\n")
        let close = try #require(lines.lastIndex(of: "}"))
        var blocks: [[String]] = []
        for line in lines[1..<close] {
            if line.hasPrefix("  \"") || blocks.isEmpty { blocks.append([line]) } else { blocks[blocks.count - 1].append(line) }
        }
        for i in blocks.indices where blocks[i][blocks[i].count - 1].hasSuffix(",") { blocks[i][blocks[i].count - 1].removeLast() }
        func rank(_ block: [String]) -> Int {
            names.firstIndex { block[0].hasPrefix("  \"\($0)\":") } ?? names.count
        }
        blocks = blocks.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        for i in blocks.indices.dropLast() { blocks[i][blocks[i].count - 1] += "," }
        return (["{"] + blocks.flatMap { $0 } + lines[close...]).joined(separator: "\n")
    }

    static let canonicalOrder = ["schemaVersion", "name", "currency", "settings", "managers", "accounts", "scorecard"]

    @Test("the sample's preview has its first account and every other member, as the full decode")
    func sampleMatchesFullDecode() throws {
        let bytes = WorkspaceFile.encode(Samples.workspace)
        let preview = try #require(try Self.preview(of: bytes))
        // The head holds both accounts, but the last one starting in it is not read (it
        // could be cut off), so the preview has one.
        #expect(preview.workspace == Self.prefix(Samples.workspace, 1))
        #expect(preview.fileBytes == bytes.count)
    }

    @Test("a 2,000-account file previews its first accounts, capped, with the scorecard from its end")
    func largeFileMatchesFullDecode() throws {
        var workspace = Samples.withManyAccounts(copies: 1000)
        // Enough overrides that the members after the accounts are longer than the first tail read.
        let override = workspace.scorecard.overrides[0]
        workspace.scorecard.overrides = (0..<800).map { i in
            var copy = override
            copy.account = "acme-\(i)"
            copy.reason = "Survey had only \(i) answers, a long enough reason to make the tail grow past its first read"
            return copy
        }
        let bytes = WorkspaceFile.encode(workspace)
        #expect(bytes.count > WorkspacePreview.headBytes)
        let full = try WorkspaceFile.decode(bytes: bytes, fileName: "ws.json")
        let preview = try #require(try Self.preview(of: bytes))
        let count = preview.workspace.accounts.count
        #expect(count > 20 && count <= WorkspacePreview.maximumAccounts)
        #expect(preview.workspace == Self.prefix(full, count))
    }

    @Test("members in another order give the full decode's first accounts, or no preview")
    func reorderedMembersMatchOrGiveNothing() throws {
        let workspace = Self.many(40)
        let text = String(decoding: WorkspaceFile.encode(workspace), as: UTF8.self)
        #expect(try Self.reordered(text, Self.canonicalOrder) == text)
        let orders: [(order: [String], previews: Bool?)] = [
            (["scorecard", "schemaVersion", "name", "currency", "settings", "accounts", "managers"], true),
            (["schemaVersion", "accounts"], true),  // name, settings, managers after the accounts
            (["schemaVersion", "name", "accounts", "managers", "scorecard"], true),
            (["schemaVersion", "name", "accounts", "scorecard", "managers"], true),
            (["accounts"], nil),  // the tail may or may not reach back to the accounts' end
        ]
        for (order, previews) in orders {
            let bytes = Array(try Self.reordered(text, order).utf8)
            let full = try WorkspaceFile.decode(bytes: bytes, fileName: "ws.json")
            #expect(full == workspace, "the test's reordering \(order) broke the file")
            let preview = try Self.preview(of: bytes)
            if let previews { #expect((preview != nil) == previews, "\(order)") }
            if let preview {
                #expect(preview.workspace == Self.prefix(full, preview.workspace.accounts.count), "\(order)")
            }
        }
    }

    @Test("no preview when the accounts come last, the JSON is minified or the version is older")
    func oddShapesGiveNoPreview() throws {
        let workspace = Self.many(40)
        let text = String(decoding: WorkspaceFile.encode(workspace), as: UTF8.self)
        let accountsLast = try Self.reordered(text, Self.canonicalOrder.filter { $0 != "accounts" } + ["accounts"])
        #expect(try WorkspaceFile.decode(bytes: Array(accountsLast.utf8), fileName: "ws.json") == workspace)
        #expect(try Self.preview(of: Array(accountsLast.utf8)) == nil)
        let minified = JSONWriter.inline(try JSONParser.parse(Array(text.utf8)))
        #expect(try Self.preview(of: minified) == nil)
        let older = text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 1")
        #expect(older != text)
        #expect(try Self.preview(of: Array(older.utf8)) == nil)
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try Self.preview(of: Array(crlf.utf8)) == nil)
    }

    @Test("a broken first account gives no preview, and the full load reports it")
    func brokenFirstAccountGivesNoPreview() throws {
        let text = String(decoding: WorkspaceFile.encode(Self.many(40)), as: UTF8.self)
        let broken = text.replacingOccurrences(of: "\"id\": \"acme-0\"", with: "\"id\": 12")
        #expect(broken != text)
        #expect(try Self.preview(of: Array(broken.utf8)) == nil)
        #expect(!Samples.problems(in: Array(broken.utf8)).isEmpty)
        let truncated = text.replacingOccurrences(of: "\"name\": \"Acme Corp\",", with: "\"name\": \"Acme Corp\"", options: [],
                                                  range: text.range(of: "\"name\": \"Acme Corp\","))
        #expect(try Self.preview(of: Array(truncated.utf8)) == nil)
    }

    @Test("a problem after the previewed accounts leaves the preview, and the full load reports it")
    func laterProblemIsLeftToTheFullLoad() throws {
        let text = String(decoding: WorkspaceFile.encode(Self.many(40)), as: UTF8.self)
        let broken = text.replacingOccurrences(of: "\"id\": \"bolt-39\"", with: "\"id\": \"acme-0\"")
        #expect(broken != text)
        let preview = try #require(try Self.preview(of: Array(broken.utf8)))
        #expect(preview.workspace.accounts.first?.id == "acme-0")
        #expect(!Samples.problems(in: Array(broken.utf8)).isEmpty)
    }

    @Test("a small file has no preview at the default threshold")
    func smallFileHasNoPreview() throws {
        let path = try Self.file(WorkspaceFile.encode(Samples.workspace))
        #expect(WorkspacePreview.read(path: path) == nil)
        #expect(WorkspacePreview.read(path: path + ".missing", minimumFileBytes: 0) == nil)
    }

    @Test("load progress only moves forward and reaches 100 when done")
    func progressMovesForward() throws {
        let bytes = WorkspaceFile.encode(Self.many(400))
        let progress = LoadProgress(totalBytes: bytes.count)
        #expect(progress.percent == 0)
        let workspace = try WorkspaceFile.decode(bytes: bytes, fileName: "ws.json", progress: progress)
        #expect(workspace.accounts.count == 800)
        #expect(progress.currentStage == .checking)
        let checked = progress.percent
        #expect(checked == 70)
        progress.enter(.decoding)
        #expect(progress.percent == checked, "a stage never goes back")
        progress.enter(.done)
        #expect(progress.percent == 100)
    }
}

extension WorkspacePreview: Equatable {
    public static func == (a: WorkspacePreview, b: WorkspacePreview) -> Bool {
        a.workspace == b.workspace && a.fileBytes == b.fileBytes
    }
}
