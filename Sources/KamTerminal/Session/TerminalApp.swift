import KamUI

/// An application the terminal session runs: it handles events and draws frames.
///
/// Implemented in KamUI by the app; the session calls `draw` after every event it
/// handled and after a resize, never on an idle timeout.
public protocol TerminalApp {
    /// Updates the state for `event`; `.quit` ends the session.
    mutating func handle(_ event: InputEvent) -> AppControl
    /// Draws the whole frame into `buffer`, which has the terminal's current size.
    func draw(into buffer: inout ScreenBuffer)
    /// Where to show the text cursor (a text input has focus), or nil to hide it.
    var cursor: (x: Int, y: Int)? { get }
    /// The theme that colours the frame.
    var theme: Theme { get }
    /// True while work runs beside the key loop (a save, the rest of a large workspace
    /// loading): the session then checks `takeFinishedWork()` every few milliseconds.
    var hasBackgroundWork: Bool { get }
    /// Takes the results of background work that finished since the last call: nil when
    /// none did, else what the app wants next (the session draws a frame after it).
    mutating func takeFinishedWork() -> AppControl?
}

extension TerminalApp {
    public var hasBackgroundWork: Bool { false }
    public mutating func takeFinishedWork() -> AppControl? { nil }
}

/// What the app wants after handling an event.
public enum AppControl: Sendable, Equatable {
    case `continue`
    case quit
}

/// How a session ended.
public enum SessionEnd: Sendable, Equatable {
    /// The app asked to quit.
    case quit
    /// An ending signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) arrived; the terminal is
    /// already restored. The app should save what it must (a recovery file) and exit,
    /// by convention with status 128 + the signal number.
    case signal(Int32)
}
