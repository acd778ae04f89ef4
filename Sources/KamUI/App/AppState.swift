import KamModel

/// Everything the cockpit shows and remembers while it runs: the workspace, the screens,
/// the quarter, the open overlay and the message line.
public struct AppState: Sendable {
    public private(set) var workspace: Workspace
    /// The quarter every screen shows.
    public private(set) var quarter: Quarter
    /// Today's date, for days since last contact and stale opportunities.
    public var today: Day
    /// The terminal size in cells.
    public private(set) var width: Int
    public private(set) var height: Int
    /// The open screens, the current one last. Never empty.
    public internal(set) var stack: [any Screen]
    /// Top-level screens left with `1`..`9`, kept with their cursor and sort.
    var parked: [String: ParkedScreen] = [:]
    /// When each top-level screen was last parked or shown again (a count of switches): a
    /// warm-up started before that has nothing to say about it.
    var parkMarks: [String: Int] = [:]
    private var switches = 0
    /// The screens opened ahead on another thread for this state, if any (the cockpit's).
    public var screenWarmUp: ScreenWarmUp?
    public internal(set) var overlay: Overlay?
    /// The status-line message, shown until the next key.
    public internal(set) var message: AppMessage?
    public var keyMap: KeyMap
    public var glyphs: Glyphs
    /// The theme in use and the themes the picker offers.
    public internal(set) var themeName: String
    public var themeNames: [String]
    public internal(set) var preferences: ViewPreferences
    /// The account measures of `quarter`.
    public private(set) var measures: AccountMeasuresTable
    /// The undo history, the file and whether edits are allowed.
    public var editing: EditSession
    /// The first key of a two-key command (`ZZ`), waiting for the second.
    var pendingKey: Key?
    /// Counts the changes to the workspace (edits, undos, reloads), so screens know to
    /// rebuild what they derived from it.
    public private(set) var revision = 0
    /// Set while this state previews a large workspace whose full load is still running.
    public var loading: WorkspaceLoadingStatus?
    /// True while there are edits not yet saved; the title bar shows `[+]`.
    public var hasUnsavedChanges: Bool { editing.isModified }

    /// A state showing the top-level screen `screen` (default the account list).
    ///
    /// `quarter` defaults to the workspace's latest quarter with figures, else today's.
    public init(workspace: Workspace, today: Day, quarter: Quarter? = nil, width: Int = 80, height: Int = 24,
                screen: String = AccountListScreen.name, account: String? = nil,
                keyMap: KeyMap = KeyMap(), glyphs: Glyphs = .unicode, themeName: String = "dark",
                themeNames: [String] = [], preferences: ViewPreferences = ViewPreferences()) throws(ScreenOpenError) {
        let quarter = quarter ?? workspace.latestQuarter ?? today.quarter
        self.workspace = workspace
        self.quarter = quarter
        self.today = today
        self.width = max(0, width)
        self.height = max(0, height)
        self.keyMap = keyMap
        self.glyphs = glyphs
        self.themeName = preferences.theme ?? themeName
        self.themeNames = themeNames
        self.preferences = preferences
        self.measures = AccountMeasuresTable(workspace: workspace, quarter: quarter, today: today)
        self.editing = EditSession(workspace: workspace)
        self.stack = []
        guard let entry = ScreenRegistry.entry(named: screen) else {
            let names = ScreenRegistry.standard.map(\.name).joined(separator: ", ")
            throw ScreenOpenError("no screen named \(screen) (screens: \(names))")
        }
        if entry.needsAccount {
            // A screen about one account opens over the account list, so `q` goes back to it.
            let list = try AccountListScreen.entry.open(context(), nil)
            stack = [list]
            stack.append(try entry.open(context(), account))
        } else {
            stack = [try entry.open(context(), account)]
        }
    }

    /// The current screen.
    public var screen: any Screen { stack[stack.count - 1] }

    /// The scope keys are looked up in: the overlay's, else the current screen's name.
    public var scope: String { overlay?.scope ?? screen.name }

    /// The frame's layout at the current size.
    public var layout: FrameLayout { FrameLayout(width: width, height: height) }

    /// What a screen reads, with its drawing area.
    func context() -> ScreenContext {
        var context = ScreenContext(workspace: workspace, quarter: quarter, today: today, measures: measures,
                                    glyphs: glyphs, area: layout.content, preferences: preferences)
        context.revision = revision
        context.loading = loading
        return context
    }

    /// Shows `quarter` on every screen, recomputing the measures once.
    mutating func setQuarter(_ quarter: Quarter) {
        guard quarter != self.quarter else { return }
        letGoOfResults { screen, empty in screen.quarterWillChange(empty: empty) }
        self.quarter = quarter
        measures = AccountMeasuresTable(workspace: workspace, quarter: quarter, today: today)
        refreshScreens()
    }

    /// Sets the terminal size and lets every screen fit its view to it.
    mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        refreshScreens()
    }

    /// Shows `workspace` (after an edit, undo or reload): recomputes the measures, closes
    /// account pages whose account is gone and lets the open screens rebuild (parked ones
    /// rebuild when shown again).
    mutating func replaceWorkspace(_ workspace: Workspace) {
        letGoOfResults { screen, empty in screen.workspaceWillChange(empty: empty) }
        self.workspace = workspace
        revision += 1
        measures = AccountMeasuresTable(workspace: workspace, quarter: quarter, today: today)
        let ids = Set(workspace.accounts.map(\.id))
        stack.removeAll { ($0 as? AccountPageScreen).map { !ids.contains($0.accountID) } ?? false }
        if stack.isEmpty, let list = try? AccountListScreen.entry.open(context(), nil) { stack = [list] }
        let ctx = context()
        for i in stack.indices { stack[i].workspaceChanged(context: ctx) }
    }

    /// Lets the measures, the warm-up and every screen, open or parked, let go of what they
    /// computed (each screen through `letGo`), before the workspace or the quarter changes:
    /// the old results are freed before the new ones are computed instead of living beside them.
    private mutating func letGoOfResults(_ letGo: (inout any Screen, ScreenContext) -> Void) {
        screenWarmUp?.cancel()
        screenWarmUp = nil
        let empty = context().withoutAccounts
        measures = empty.measures
        for i in stack.indices { letGo(&stack[i], empty) }
        for name in Array(parked.keys) { letGo(&parked[name]!.screen, empty) }
    }

    /// Lets the open screens fit the quarter, the size and the day (parked ones do when shown).
    mutating func refreshScreens() {
        let ctx = context()
        for i in stack.indices { stack[i].refresh(context: ctx) }
    }

    /// Parks the screens the warm-up has finished, if it was made for this state.
    public mutating func adoptWarmedScreens() {
        screenWarmUp?.adopt(into: &self)
    }

    /// What the parked screens' look depends on (see `ScreenWarmUp`).
    public var warmUpKey: ScreenWarmUpKey {
        ScreenWarmUpKey(revision: revision, quarter: quarter, today: today, width: width, height: height,
                        glyphs: glyphs, preferences: preferences)
    }

    /// Parks the shown top-level screen and shows `next` (a parked one, caught up, or a new one).
    mutating func show(_ next: any Screen) {
        let root = stack[0]
        switches += 1
        parked[root.name] = ParkedScreen(screen: root, revision: revision)
        parked[next.name] = nil
        parkMarks[root.name] = switches
        parkMarks[next.name] = switches
        stack = [next]
        refreshScreens()
    }
}

/// A line for the status bar: information or an error.
public struct AppMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Where the parts of the frame go at a given terminal size.
public struct FrameLayout: Sendable, Equatable {
    /// The smallest size the cockpit is designed for; below it the frame degrades.
    public static let comfortable = (width: 80, height: 24)
    /// Below this size only a "window too small" note is drawn.
    public static let minimum = (width: 20, height: 6)

    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// True when the window is below the minimum and only a note fits.
    public var isTooSmall: Bool { width < Self.minimum.width || height < Self.minimum.height }

    public var titleBar: Rect { Rect(x: 0, y: 0, width: width, height: isTooSmall ? 0 : 1) }
    public var statusLine: Rect { Rect(x: 0, y: height - 1, width: width, height: isTooSmall ? 0 : 1) }
    /// The prompt line, just above the status line when a prompt is open.
    public var promptLine: Rect { Rect(x: 0, y: height - 2, width: width, height: isTooSmall ? 0 : 1) }
    /// The screen's area, between the title bar and the status line.
    public var content: Rect {
        isTooSmall ? Rect(x: 0, y: 0, width: 0, height: 0) : Rect(x: 0, y: 1, width: width, height: height - 2)
    }
}
