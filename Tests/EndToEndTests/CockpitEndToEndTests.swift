import Foundation
import Testing

/// Drives the real `kam` binary in tmux: open, navigate, resize, quit, and check that the
/// terminal was restored on every exit path.
@Suite("The cockpit in a real terminal (tmux)", .serialized,
       .enabled(if: Tmux.isAvailable, "tmux is not installed: end-to-end tests skipped"))
struct CockpitEndToEndTests {
    /// The shell command: kam, then its exit status and the terminal modes once it is gone.
    static func command(_ arguments: String) -> String {
        "\(Tmux.kamBinary) \(arguments); s=$?; echo \"[modes $(stty -a | grep -oE -- '-?(icanon|echo|isig) ' | tr -d '\\n')]\"; echo \"[kam exited $s]\"; sleep 60"
    }

    /// XDG folders of the test's own, so no user configuration or state leaks in.
    static func environment() -> [String: String] {
        let home = homes + "/" + UUID().uuidString
        return ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
                "XDG_DATA_HOME": home + "/data", "TERM": "tmux-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
    }

    /// The folder the tests' home folders are made in, removed when the tests end.
    static let homes: String = {
        atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "kam-e2e-homes-\(getpid())") }
        return NSTemporaryDirectory() + "kam-e2e-homes-\(getpid())"
    }()

    /// Checks that kam exited with `status` and left the terminal as it found it.
    static func expectRestored(_ tmux: Tmux, status: Int) throws {
        let screen = try tmux.waitFor("[kam exited \(status)]")
        #expect(try tmux.paneFormat("#{alternate_on}") == "0", "still on the alternate screen")
        #expect(try tmux.paneFormat("#{cursor_flag}") == "1", "the cursor is still hidden")
        let modes = screen.components(separatedBy: .whitespacesAndNewlines)
        #expect(modes.contains("icanon"), "canonical input was not restored:\n\(screen)")
        #expect(modes.contains("echo"), "echo was not restored:\n\(screen)")
    }

    @Test("at 80x24: open the demo, move, drill in and back, resize down and up, quit")
    func navigateResizeQuit() throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command("--demo"), environment: Self.environment())
        var screen = try tmux.waitFor("Accounts")
        #expect(screen.contains("Total (60)"))
        #expect(screen.contains("[1/60]"))

        try tmux.send("j", "j", "j")
        screen = try tmux.waitFor("[4/60]")
        try tmux.send("Enter")
        screen = try tmux.waitFor("Profile")
        #expect(screen.contains("Quarterly figures"))
        try tmux.send("Escape")
        screen = try tmux.waitFor("Total (60)")
        #expect(screen.contains("[4/60]"), "the cursor stays where it was after backing out")

        try tmux.resize(width: 120, height: 40)
        screen = try tmux.waitUntil("the list redrawn at 120 columns") { screen in
            screen.contains("Total (60)") && (screen.components(separatedBy: "\n").map(\.count).max() ?? 0) > 100
        }
        #expect(screen.contains("Relationship") || screen.contains("Segment") || screen.contains("Manager"))

        try tmux.resize(width: 30, height: 8)
        screen = try tmux.waitFor("small")
        try tmux.resize(width: 12, height: 4)
        screen = try tmux.waitFor("small")
        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor("Total (60)")

        try tmux.send("?")
        screen = try tmux.waitFor("Help")
        try tmux.send("Escape")
        try tmux.waitFor("Total (60)")
        try tmux.send("q")
        try Self.expectRestored(tmux, status: 0)
    }

    @Test("at 120x40: search, sort and open an account from a workspace file")
    func searchAndSortAt120x40() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kam-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("portfolio.json").path
        let demo = try Subprocess.run(Tmux.kamBinary, ["demo", "--output", file])
        #expect(demo.status == 0, "kam demo failed: \(demo.output)")

        let tmux = try Tmux(width: 120, height: 40, command: Self.command(Tmux.quote(file)), environment: Self.environment())
        try tmux.waitFor("Total (60)")
        try tmux.send("/")
        try tmux.send("Castellan", literal: true)
        try tmux.send("Enter")
        try tmux.send("Enter")
        let page = try tmux.waitFor("Profile")
        #expect(page.contains("Castellan"))
        try tmux.send("q")
        try tmux.waitFor("Total (60)")
        try tmux.send("q")
        try Self.expectRestored(tmux, status: 0)
    }

    @Test("SIGHUP, SIGTERM and SIGINT restore the terminal and exit with 128 + the signal", arguments: [
        ("HUP", 129), ("TERM", 143), ("INT", 130),
    ])
    func signalsRestoreTheTerminal(signal: String, status: Int) throws {
        let tmux = try Tmux(width: 80, height: 24,
                            command: Self.command("--demo --theme default --quarter 2026Q3 --no-mouse"),
                            environment: Self.environment())
        try tmux.waitFor("Total (60)")
        let pid = try Self.childPID(of: try tmux.panePID())
        let commandLine = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
        try #require(pid > 0 && commandLine.hasPrefix(Tmux.kamBinary), "found pid \(pid) running \(commandLine)")
        kill(pid, signal == "HUP" ? SIGHUP : signal == "TERM" ? SIGTERM : SIGINT)
        try Self.expectRestored(tmux, status: status)
    }

    /// The pid of the process the pane's shell started (kam).
    static func childPID(of parent: pid_t) throws -> pid_t {
        let text = try Subprocess.run("/usr/bin/pgrep", ["-P", String(parent)]).output
        return pid_t(text.split(separator: "\n").first.map(String.init) ?? "") ?? 0
    }
}

/// Walks through every screen of the real cockpit, at 80x24 and at 120x40.
@Suite("Every screen in a real terminal (tmux)", .serialized,
       .enabled(if: Tmux.isAvailable, "tmux is not installed: end-to-end tests skipped"))
struct ScreenWalkEndToEndTests {
    @Test("screens 1 to 5, drill-downs and back, then quit", arguments: [(80, 24), (120, 40)])
    func walkThroughEveryScreen(width: Int, height: Int) throws {
        let tmux = try Tmux(width: width, height: height, command: CockpitEndToEndTests.command("--demo"),
                            environment: CockpitEndToEndTests.environment())
        try tmux.waitFor("Total (60)")

        // Each screen is waited for by its title and its body: a frame can arrive in parts.
        try tmux.send("2")
        try tmux.waitUntil("the scorecard") { $0.contains("Scorecard") && $0.contains("Financial") }
        try tmux.send("r")
        try tmux.waitFor("Portfolio")
        try tmux.send("g", "Enter")
        try tmux.waitUntil("a manager's accounts") { $0.contains("Accounts of") && !$0.contains("Total (60)") }
        try tmux.send("q")
        try tmux.waitFor("Scorecard")

        try tmux.send("3")
        try tmux.waitUntil("the 80/20 view") {
            $0.contains("Profitability") && $0.contains("80%") && ($0.contains("Value destroyers") || $0.contains("80/20 figures"))
        }

        try tmux.send("4")
        try tmux.waitUntil("the segmentation matrix") {
            $0.contains("Segmentation") && $0.contains("Invest") && $0.contains("Streamline")
        }
        try tmux.send("Enter")
        try tmux.waitFor("Profile")
        try tmux.send("q")
        try tmux.waitFor("Segmentation")

        try tmux.send("5")
        try tmux.waitUntil("the pipeline") { $0.contains("Pipeline") && $0.contains("stale") }

        try tmux.send("1")
        try tmux.waitFor("Total (60)")
        try tmux.send("q")
        try CockpitEndToEndTests.expectRestored(tmux, status: 0)
    }
}
