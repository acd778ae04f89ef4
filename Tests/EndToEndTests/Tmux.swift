import Foundation

/// A tmux server of its own that runs the real `kam` binary in a detached pane, for
/// end-to-end tests: type keys, read the screen, resize, and check what is left.
final class Tmux {
    /// True when a `tmux` binary is on the PATH.
    static let isAvailable: Bool = which("tmux") != nil

    /// The `kam` executable built next to the test bundle.
    static var kamBinary: String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [folder.appendingPathComponent("kam").path]
        // xctest bundles live one level deeper on some platforms.
        candidates.append(folder.deletingLastPathComponent().appendingPathComponent("kam").path)
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/kam").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    let socket: String
    let session = "kam"

    /// Starts the shell command `command` in a new detached session of `width` x `height` cells.
    init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        socket = "kam-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        var env = ""
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { env += "\(key)=\(Tmux.quote(value)) " }
        try run(["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height),
                 "-s", session, "env \(env)\(command)"])
    }

    deinit {
        _ = try? run(["kill-server"])
    }

    /// Sends tmux key names (`Down`, `Enter`, `q`, `C-d`) or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen as text lines.
    func capture(colors: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", session] + (colors ? ["-e"] : []))
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// A tmux format value of the pane, such as `#{alternate_on}` or `#{cursor_flag}`.
    func paneFormat(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the program running in the pane (the shell's child).
    func panePID() throws -> Int32 {
        Int32(try paneFormat("#{pane_pid}")) ?? 0
    }

    /// Waits until the screen contains `text`, returning the screen; throws after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(text, timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen, returning the screen; throws after
    /// `timeout` seconds, naming `what` it waited for.
    ///
    /// A frame can reach the pane in parts (tmux reads kam's output in pieces, and on a
    /// loaded machine the rest can come tens of milliseconds later): once the condition
    /// holds, the screen is read again a moment later, and that later screen is returned if
    /// the condition still holds, so that the callers' checks see the whole frame. If it
    /// no longer holds (a passing state, such as a load still running), the screen that met
    /// it is returned.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) {
                usleep(150_000)
                let settled = try capture()
                return condition(settled) ? settled : screen
            }
            usleep(50_000)
        }
        throw TmuxError.timeout(waitingFor: what, screen: screen)
    }

    /// Runs one tmux command and returns what it printed.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run(Tmux.which("tmux") ?? "/usr/bin/tmux", ["-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError.failed(arguments, result.output) }
        return result.output
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// What went wrong driving tmux.
enum TmuxError: Error, CustomStringConvertible {
    case failed([String], String)
    case timeout(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .failed(let arguments, let output): "tmux \(arguments.joined(separator: " ")) failed: \(output)"
        case .timeout(let text, let screen): "timed out waiting for \"\(text)\"; the screen was:\n\(screen)"
        }
    }
}
