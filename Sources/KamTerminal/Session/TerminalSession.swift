import CNcurses
import KamUI

/// The full-screen terminal while kam runs: sets it up, runs an app's event loop, and
/// restores the terminal on every way out.
///
/// Restoring happens when `run` returns (quit or an ending signal), in `close()` and
/// `deinit` (a thrown error unwinding past the session), in an `atexit` hook if the
/// process exits with the screen still up, and in a crash handler (`CrashGuard`).
public final class TerminalSession {
    /// What the terminal can do: the app reads it to pick glyphs before `run`.
    public let capabilities: TerminalCapabilities
    private let options: TerminalOptions
    private var signals: SignalTrap?
    private var screen: CursesScreen?

    /// Checks the terminal and takes it over.
    ///
    /// - Throws: `TerminalUnavailable` when standard input or output is not a terminal,
    ///   `TERM` is unset or cannot do full-screen, or ncurses fails to start; its
    ///   description says so and points to `kam report` and `kam render`.
    public init(options: TerminalOptions = TerminalOptions()) throws {
        self.options = options
        let unicode = TerminalCheck.adoptLocale()
        let facts = TerminalCheck.probe()
        if let refusal = TerminalCheck.refusal(for: facts) { throw refusal }
        Self.installExitHook()

        let signals = SignalTrap()
        if let term = facts.term { CrashGuard.arm(term: term, mouse: options.mouse) }
        do {
            let screen = try CursesScreen(terminalType: nil, output: kam_stdout(), input: kam_stdin(),
                                          unicode: unicode, mouse: options.mouse,
                                          colorTerm: getenv("COLORTERM").map { String(cString: $0) })
            screen.disableFlowControl(fileDescriptor: STDIN_FILENO)
            self.screen = screen
            capabilities = TerminalCapabilities(colorMode: screen.colorMode, unicode: unicode, mouse: screen.mouse)
        } catch {
            CrashGuard.disarm()
            signals.restore()
            throw error
        }
        self.signals = signals
    }

    deinit { close() }

    /// Runs `app` until it quits or an ending signal arrives, then restores the terminal.
    ///
    /// Draws a frame at the start, after each event and after a resize; waits for
    /// input in slices of `pollMilliseconds`, so an idle app costs no CPU; while the app
    /// has background work, in slices of 10 ms, taking its results after each. Ctrl-Z
    /// suspends to the shell and repaints everything on `fg`. A session runs once:
    /// a second call returns `.quit` at once.
    public func run<App: TerminalApp>(_ app: inout App) -> SessionEnd {
        defer { close() }
        guard let screen, let signals else { return .quit }
        var needsFrame = true
        while true {
            if let signal = signals.endSignal { return .signal(signal) }
            if signals.takeSuspendRequest() {
                screen.suspend { signals.stopUntilContinued() }
                needsFrame = true
            }
            if needsFrame {
                let (width, height) = screen.size
                var buffer = ScreenBuffer(width: width, height: height)
                app.draw(into: &buffer)
                screen.paint(buffer, theme: app.theme, cursor: app.cursor.map { CursorPosition(x: $0.x, y: $0.y) })
                needsFrame = false
            }
            let wait = app.hasBackgroundWork ? min(options.pollMilliseconds, Self.backgroundPollMilliseconds)
                : options.pollMilliseconds
            if let event = screen.readEvent(timeoutMilliseconds: wait) {
                if app.handle(event) == .quit { return .quit }
                needsFrame = true
            }
            if let control = app.takeFinishedWork() {
                if control == .quit { return .quit }
                needsFrame = true
            }
        }
    }

    /// How often the loop checks for finished background work while some runs.
    static let backgroundPollMilliseconds = 10

    /// Restores the terminal and the previous signal handlers; safe to call more than once.
    public func close() {
        screen?.end()
        screen = nil
        CrashGuard.disarm()
        signals?.restore()
        signals = nil
    }

    /// Registers, once per process, an exit hook that ends a screen still active.
    private static func installExitHook() {
        guard !exitHookInstalled.exchange(true, ordering: .sequentiallyConsistent) else { return }
        atexit {
            if cursesScreenIsActive.exchange(false, ordering: .sequentiallyConsistent) {
                endwin()
            }
        }
    }
}
