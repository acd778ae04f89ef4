import Foundation
import Testing

/// kam refuses to start the cockpit without a terminal, and says what to use instead.
@Suite("Without a terminal")
struct NoTerminalTests {
    @Test("standard output that is not a terminal is refused with exit code 3 and a pointer to kam report")
    func pipedOutputIsRefused() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tmux.kamBinary)
        process.arguments = ["--demo"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        #expect(process.terminationStatus == 3)
        #expect(message.contains("kam report"), "the message should point to kam report: \(message)")
        #expect(printed.isEmpty, "nothing may be printed to the pipe")
    }
}
