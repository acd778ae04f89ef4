import Foundation
import Testing

/// The real `kam` in tmux: edits survive an SSH drop (SIGHUP) through the recovery journal.
@Suite("Recovery after SIGHUP, end to end", .serialized,
       .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end recovery test is skipped"))
struct RecoveryEndToEndTests {
    /// A folder of its own holding a demo workspace written by `kam demo`.
    struct RecoveryWorkspace {
        let folder: String
        var file: String { folder + "/portfolio.json" }
        var journal: String { folder + "/.portfolio.json.kam-journal" }
        var lock: String { file + ".lock" }

        init() throws {
            folder = NSTemporaryDirectory() + "kam-recovery-\(getpid())-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let demo = try Subprocess.run(Tmux.kamBinary, ["demo", "--output", folder + "/portfolio.json"])
            guard demo.status == 0 else { throw E2EError("kam demo failed: \(demo.output)") }
        }

        /// kam in a fresh tmux session at 80x24; the pane stays after kam exits and says how
        /// it exited and what the terminal modes are.
        func start() throws -> Tmux {
            try Tmux(width: 80, height: 24, command: CockpitEndToEndTests.command(Tmux.quote(file)),
                     environment: CockpitEndToEndTests.environment())
        }

        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

        func text() throws -> String { try String(contentsOfFile: file, encoding: .utf8) }

        /// The first account in the file that matches, as JSON.
        func account(where matches: ([String: Any]) -> Bool) throws -> [String: Any]? {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            return (root?["accounts"] as? [[String: Any]] ?? []).first(where: matches)
        }
    }

    /// A setup step that failed, in words.
    struct E2EError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test("an edit made before SIGHUP is restored on the next open, shown, saved, and the journal removed",
          .timeLimit(.minutes(2)))
    func sighupThenRestore() throws {
        guard FileManager.default.isExecutableFile(atPath: Tmux.kamBinary) else {
            Issue.record("no kam binary at \(Tmux.kamBinary); run swift build first")
            return
        }
        let workspace = try RecoveryWorkspace()
        defer { try? FileManager.default.removeItem(atPath: workspace.folder) }

        // First session: change the first account's tier and log a meeting, then lose the connection.
        var first: Tmux? = try workspace.start()
        try first?.waitFor("Total (60)")
        try first?.send("t")
        try first?.waitFor("Tier of")
        try first?.send("g", "Enter")
        try first?.waitFor("Changed tier of")
        try first?.send("L")
        try first?.waitFor("[m] Meeting")
        try first?.send("m")
        try first?.send("E2E recovery check", literal: true)
        try first?.send("Enter")
        try first?.waitFor("[+] 2 unsaved")
        #expect(workspace.exists(workspace.journal), "the edits are journalled as they are made")
        #expect(workspace.exists(workspace.lock))

        let session = try #require(first)
        let pid = try CockpitEndToEndTests.childPID(of: try session.panePID())
        let commandLine = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
        try #require(pid > 0 && commandLine.contains(workspace.file), "found pid \(pid) running \(commandLine)")
        kill(pid, SIGHUP)
        try CockpitEndToEndTests.expectRestored(session, status: 129)
        #expect(!(try session.capture()).contains("Total (60)"), "the cockpit's screen is gone")
        #expect(workspace.exists(workspace.journal), "the journal survives the signal")
        #expect(!workspace.exists(workspace.lock), "the lock is released on SIGHUP")
        #expect(!(try workspace.text()).contains("E2E recovery check"), "nothing was saved")
        first = nil

        // Second session: the recovered edits are offered, restored, shown and saved.
        let second = try workspace.start()
        let offer = try second.waitFor("Recover unsaved edits")
        #expect(offer.contains("Changed tier of"))
        #expect(offer.contains("Logged a meeting on"))
        try second.send("r")
        try second.waitFor("restored 2 edits")
        try second.send("Enter")
        let profile = try second.waitFor("Tier")
        #expect(profile.contains("Key"))
        for _ in 0..<5 { try second.send("Tab") }
        try second.waitFor("E2E recovery")
        try second.send(":w", literal: true)
        try second.send("Enter")
        try second.waitFor("saved /")
        let account = try workspace.account { account in
            (account["activities"] as? [[String: Any]] ?? []).contains { $0["text"] as? String == "E2E recovery check" }
        }
        #expect(account?["tier"] as? String == "key", "the tier change and the meeting are in the file")
        #expect(!workspace.exists(workspace.journal), "the journal is removed once its edits are saved")
        try second.send("q")
        try second.send("q")
        try CockpitEndToEndTests.expectRestored(second, status: 0)
        #expect(!workspace.exists(workspace.lock))
    }
}
