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
