import Foundation
import Testing

/// The real `kam` on a large workspace file in tmux: its first accounts show while the
/// rest loads, keys typed meanwhile act once it has loaded, quitting early leaves no lock,
/// and a file found invalid at the end of the load is reported as an ordinary open does.
///
/// Checks the order of events with generous time-outs, never how long anything took.
@Suite("Opening a large workspace progressively (tmux)", .serialized,
       .enabled(if: Tmux.isAvailable, "tmux is not installed: end-to-end tests skipped"))
struct ProgressiveOpenEndToEndTests {
    /// Accounts in the large file: big enough that its load takes seconds in the build
    /// under test (a debug build decodes about 15 times slower than a release one), small
    /// enough to generate in seconds.
    #if DEBUG
    static let accounts = 4_000
    #else
    static let accounts = 60_000
    #endif

    /// The large demo file, generated once for the whole suite and removed when the test
    /// process exits; with the first account's name.
    static let large: Result<(path: String, firstName: String), RecoveryEndToEndTests.E2EError> = {
        let folder = NSTemporaryDirectory() + "kam-e2e-large-\(getpid())"
        let path = folder + "/portfolio.json"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "kam-e2e-large-\(getpid())") }
            let demo = try Subprocess.run(Tmux.kamBinary, ["demo", "--accounts", String(accounts), "--output", path])
            guard demo.status == 0 else { return .failure(RecoveryEndToEndTests.E2EError("kam demo failed: \(demo.output)")) }
            return .success((path, try firstAccountName(in: path)))
        } catch {
            return .failure(RecoveryEndToEndTests.E2EError("cannot generate the large file: \(error)"))
        }
    }()

    /// The name of the first account, from the file's first megabyte.
    static func firstAccountName(in path: String) throws -> String {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let head = String(decoding: try handle.read(upToCount: 1 << 20) ?? Data(), as: UTF8.self)
        guard let accounts = head.range(of: "\"accounts\": ["),
              let name = head.range(of: "\n      \"name\": \"", range: accounts.upperBound..<head.endIndex),
              let end = head[name.upperBound...].firstIndex(of: "\"") else { throw RecoveryEndToEndTests.E2EError("no first account in \(path)") }
        return String(head[name.upperBound..<end])
    }

    /// A copy of the large file in a folder of its own (so its lock and journal are its own).
    static func copyOfLarge() throws -> (file: String, firstName: String) {
        let large = try Self.large.get()
        let folder = NSTemporaryDirectory() + "kam-e2e-large-\(getpid())/\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/portfolio.json"
        try FileManager.default.linkItem(atPath: large.path, toPath: file)
        return (file, large.firstName)
    }

    /// kam on `file` in a fresh 80x24 tmux session.
    static func start(_ file: String) throws -> Tmux {
        try Tmux(width: 80, height: 24, command: CockpitEndToEndTests.command(Tmux.quote(file)),
                 environment: CockpitEndToEndTests.environment())
    }

    /// Waits for the first screen that shows account rows (the first account's name) and
    /// its totals line, and returns it.
    @discardableResult
    static func firstRows(_ tmux: Tmux, _ firstName: String) throws -> String {
        // The list cuts long names: look for the first ten characters. A frame can reach
        // the pane in parts, the rows before the totals line: wait for both.
        let name = String(firstName.prefix(10))
        return try tmux.waitUntil("the first rows and the totals line", timeout: 60) {
            $0.contains(name) && $0.contains("Total (")
        }
    }

    @Test("the first accounts show while loading, with no total; then the full list's total")
    func previewThenFullList() throws {
        let (file, firstName) = try Self.copyOfLarge()
        let tmux = try Self.start(file)
        let preview = try Self.firstRows(tmux, firstName)
        #expect(preview.contains("Total (loading"), "the first rows drawn say the list is loading:\n\(preview)")
        #expect(preview.contains("Loading portfolio.json"))
        #expect(!preview.contains("Total (\(Self.accounts))"))
        // The total and the status line can reach the pane in different frames: wait for both.
        let full = try tmux.waitUntil("the full list's total, nothing said to be loading", timeout: 180) {
            $0.contains("Total (\(Self.accounts))") && !$0.contains("loading")
        }
        #expect(full.contains(String(firstName.prefix(10))))
        #expect(full.contains("[1/\(Self.accounts)]"))
        try tmux.send("q")
        try CockpitEndToEndTests.expectRestored(tmux, status: 0)
        #expect(!FileManager.default.fileExists(atPath: file + ".lock"))
    }

    @Test("keys typed while loading act once it has loaded, in order: a sort, a move, screen 2, screen 1")
    func typeAheadActsAfterLoading() throws {
        let (file, firstName) = try Self.copyOfLarge()
        let tmux = try Self.start(file)
        try Self.firstRows(tmux, firstName)
        try tmux.send("j")
        try tmux.waitFor("Total (loading", timeout: 10)
        try tmux.send("s")
        try tmux.waitFor("1 key waits", timeout: 10)
        try tmux.send("j", "2")
        try tmux.waitFor("3 keys wait", timeout: 10)
        let scorecard = try tmux.waitUntil("the scorecard screen after loading", timeout: 180) {
            $0.contains("Scorecard") && $0.contains("Financial") && !$0.contains("Loading")
        }
        #expect(!scorecard.contains("Total (loading"))
        try tmux.send("1")
        let sorted = try tmux.waitUntil("the list sorted by name, with its total", timeout: 30) {
            $0.contains("Total (\(Self.accounts))") && $0.contains("Account▲") && $0.contains("/\(Self.accounts)]")
        }
        // The cursor moved to the second account, the list was sorted keeping it, then it moved one down.
        #expect(!sorted.contains("[1/\(Self.accounts)]"))
        try tmux.send("q")
        try CockpitEndToEndTests.expectRestored(tmux, status: 0)
    }

    @Test("q while loading exits at once with status 0 and leaves no lock behind")
    func quitWhileLoading() throws {
        let (file, firstName) = try Self.copyOfLarge()
        let tmux = try Self.start(file)
        let preview = try Self.firstRows(tmux, firstName)
        try #require(preview.contains("Total (loading"), "the load finished before q could be sent")
        try tmux.send("q")
        try CockpitEndToEndTests.expectRestored(tmux, status: 0)
        #expect(!FileManager.default.fileExists(atPath: file + ".lock"))
    }

    @Test("a large file found invalid by the full load: the terminal restored, every problem printed, status 1")
    func invalidLargeFile() throws {
        let folder = NSTemporaryDirectory() + "kam-e2e-large-\(getpid())/invalid-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/broken.json"
        // About 4.5 MB, just over the preview's threshold: quick to generate and to check.
        let demo = try Subprocess.run(Tmux.kamBinary, ["demo", "--accounts", "700", "--output", file])
        try #require(demo.status == 0, "kam demo failed: \(demo.output)")
        var text = try String(contentsOfFile: file, encoding: .utf8)
        let last = try #require(text.range(of: "\"id\": \"ACC-00700\""))
        text.replaceSubrange(last, with: "\"id\": \"ACC-00001\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)

        let tmux = try Self.start(file)
        // The pane wraps long lines at 80 columns: join them back.
        let screen = try tmux.waitFor("[kam exited 1]", timeout: 180).replacingOccurrences(of: "\n", with: "")
        #expect(screen.contains("\(file):"), "the problem carries FILE:LINE:COLUMN:\n\(screen)")
        #expect(screen.contains("duplicate account id \"ACC-00001\""))
        try CockpitEndToEndTests.expectRestored(tmux, status: 1)
        #expect(!FileManager.default.fileExists(atPath: file + ".lock"))
    }
}
