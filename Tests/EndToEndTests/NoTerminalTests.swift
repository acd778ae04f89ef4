import Foundation
import Testing

/// kam refuses to start the cockpit without a terminal, and says what to use instead.
@Suite("Without a terminal")
struct NoTerminalTests {
    @Test("standard output that is not a terminal is refused with exit code 3 and a pointer to kam report")
    func pipedOutputIsRefused() throws {
        let result = try Subprocess.run(Tmux.kamBinary, ["--demo"])
        #expect(result.status == 3)
        #expect(result.output.contains("kam report"), "the message should point to kam report: \(result.output)")
        #expect(!result.output.contains("\u{1B}"), "no escape sequences may reach a file")
    }
}
