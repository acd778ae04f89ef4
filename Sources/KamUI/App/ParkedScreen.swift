import KamModel

/// A top-level screen left with `1`..`9`, kept with its cursor and sort until it is shown again.
///
/// A parked screen is not rebuilt while it is out of sight: after an edit, a change of quarter
/// or a resize it catches up when it is shown again (or earlier, on another thread, through
/// `ScreenWarmUp`). `revision` is the workspace revision it last saw.
struct ParkedScreen: Sendable {
    var screen: any Screen
    var revision: Int

    /// The screen brought up to `context`: rebuilt if the workspace changed since it was parked,
    /// else refreshed (a screen refreshes only what the quarter or the area made stale).
    func caughtUp(_ context: ScreenContext) -> any Screen {
        var screen = screen
        if revision != context.revision {
            screen.workspaceChanged(context: context)
        } else {
            screen.refresh(context: context)
        }
        return screen
    }
}

/// What the screens' look depends on besides their own view state: a warm-up made for one
/// key is taken only by a state with the same key.
public struct ScreenWarmUpKey: Sendable, Equatable {
    var revision: Int
    var quarter: Quarter
    var today: Day
    var width: Int
    var height: Int
    var glyphs: Glyphs
    var preferences: ViewPreferences
}
