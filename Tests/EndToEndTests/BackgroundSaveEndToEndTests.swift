import Foundation
import Testing

/// The real `kam` in tmux: Ctrl-S on a large workspace saves in the background, and the
/// cursor keeps moving while it does.
@Suite("Saving in the background, end to end", .serialized,
       .enabled(if: Tmux.isAvailable, "tmux is not installed: the end-to-end background save test is skipped"))
struct BackgroundSaveEndToEndTests {
    @Test("a cursor key is answered while a 20,000-account workspace is being saved; the save then finishes",
          .timeLimit(.minutes(5)))
    func cursorMovesWhileSaving() throws {
        guard FileManager.default.isExecutableFile(atPath: Tmux.kamBinary) else {
            Issue.record("no kam binary at \(Tmux.kamBinary); run swift build first")
            return
        }
        let folder = NSTemporaryDirectory() + "kam-save-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/large.json"
        let demo = try Subprocess.run(Tmux.kamBinary, ["demo", "--accounts", "20000", "--output", file])
        try #require(demo.status == 0, "kam demo failed: \(demo.output)")

        let tmux = try Tmux(width: 80, height: 24, command: CockpitEndToEndTests.command(Tmux.quote(file)),
                            environment: CockpitEndToEndTests.environment())
        try tmux.waitFor("Total (20000)", timeout: 120)
        try tmux.send("L")
        try tmux.waitFor("[m] Meeting")
        try tmux.send("m")
        try tmux.send("Background save check", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("[+] 1 unsaved")

        // The order of events, not their timing: the title says [saving] (the save has
        // started and the key loop drew a frame), then a cursor key moves the cursor while
        // the title still says [saving], and only later does the save report "saved".
        try tmux.send("C-s")
        try tmux.waitFor("[saving]", timeout: 60)
        try tmux.send("j")
        let moved = try tmux.waitUntil("the cursor on row 2", timeout: 60) { $0.contains("[2/20000]") }
        #expect(moved.contains("[saving]"), "the cursor moved only after the save ended:\n\(moved)")
        #expect(!moved.contains("saved \(file)"))
        let saved = try tmux.waitFor("saved \(file)", timeout: 180)
        #expect(!saved.contains("[saving]"))
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Background save check"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")

        try tmux.send("q")
        try CockpitEndToEndTests.expectRestored(tmux, status: 0)
    }
}
