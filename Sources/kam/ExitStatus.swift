import ArgumentParser

/// The exit codes kam documents in its README.
enum ExitStatus {
    /// The workspace or an input file has problems (validation, parsing, import).
    static let invalidInput = ExitCode(1)
    /// A file could not be read or written.
    static let fileError = ExitCode(2)
    /// The terminal cannot run the full-screen cockpit.
    static let terminalUnavailable = ExitCode(3)
}

/// Writes a message to standard error.
func printError(_ message: String) {
    var text = message
    if !text.hasSuffix("\n") { text += "\n" }
    FileHandleOutput.standardError.write(text)
}
