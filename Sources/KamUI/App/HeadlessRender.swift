import KamModel

/// `kam render`: draws a screen without a terminal, after replaying keys through the same
/// update function the cockpit uses.
public enum HeadlessRender {
    /// Why a headless render could not be made.
    public struct RenderError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The names `render` accepts, with the screens that need `account`.
    public static var screenNames: [String] { ScreenRegistry.standard.map(\.name) }

    /// Builds the state for `screen` at `size`, replays `keys` (see `KeyString`) and draws.
    ///
    /// `quarter` defaults to the workspace's latest quarter; `account` is the account id
    /// for screens that show one account; `scope` opens the scorecard on a scope
    /// (`portfolio`, `manager:ID`, `segment:NAME`, `account:ID`, or `manager "Anna Keller"`).
    /// Keys after a quit are ignored.
    public static func render(workspace: Workspace, screen: String, size: (width: Int, height: Int),
                              quarter: Quarter? = nil, account: String? = nil, scope: String? = nil, keys: String = "",
                              today: Day, glyphs: Glyphs = .unicode, keyMap: KeyMap = KeyMap(),
                              preferences: ViewPreferences = ViewPreferences(),
                              themeNames: [String] = []) throws(RenderError) -> ScreenBuffer {
        guard size.width > 0, size.height > 0 else {
            throw RenderError(message: "render: the size must be at least 1x1, not \(size.width)x\(size.height)")
        }
        if let entry = ScreenRegistry.entry(named: screen), entry.needsAccount, account == nil {
            throw RenderError(message: "render: the \(screen) screen needs --account ID")
        }
        if scope != nil, screen != ScorecardScreen.name {
            throw RenderError(message: "render: --scope applies to the scorecard screen only")
        }
        var state: AppState
        do {
            state = try AppState(workspace: workspace, today: today, quarter: quarter, width: size.width,
                                 height: size.height, screen: screen, account: scope ?? account, keyMap: keyMap,
                                 glyphs: glyphs, themeNames: themeNames, preferences: preferences)
        } catch {
            throw RenderError(message: "render: \(error.message)")
        }
        let parsed: [Key]
        do { parsed = try KeyString.parse(keys) } catch { throw RenderError(message: "render: \(error.message)") }
        for key in parsed {
            if state.handle(.key(key)).contains(.quit) { break }
        }
        return App.render(state)
    }
}
