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
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return screen }
            usleep(50_000)
        }
        throw TmuxError.timeout(waitingFor: text, screen: screen)
    }

    /// Runs one tmux command and returns what it printed.
    ///
    /// Output goes through a temporary file, not a pipe: the tmux server started by
    /// `new-session` inherits the client's descriptors and would keep a pipe open forever.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        if arguments.contains("new-session") { return try spawnServer(arguments, output: outputPath) }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tmux.which("tmux") ?? "/usr/bin/tmux")
        process.arguments = ["-L", socket] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        try output.close()
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else { throw TmuxError.failed(arguments, text) }
        return text
    }

    /// Runs the `new-session` client with `posix_spawn` and reaps it with `waitpid`.
    ///
    /// Not with `Process`: the server the client starts inherits its descriptors, and
    /// Foundation's `Process` waits for a private descriptor to close, so `waitUntilExit`
    /// would hang until the server exits. The signal mask and the ending signals'
    /// dispositions are reset, so that the program in the pane can be signalled (the test
    /// runner blocks some signals in its threads).
    private func spawnServer(_ arguments: [String], output outputPath: String) throws -> String {
        let tmux = Tmux.which("tmux") ?? "/usr/bin/tmux"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGPIPE, SIGCHLD] { sigaddset(&signals, signal) }
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw TmuxError.failed(arguments, "could not start tmux (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { throw TmuxError.failed(arguments, text) }
        return text
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
