import KamModel

/// One screen of the cockpit (the account list, an account page, ...): its view state, how it
/// answers commands and how it draws itself.
///
/// A screen is a value; the app keeps a stack of them. Adding a screen takes one new file
/// with a type conforming to `Screen` and one `ScreenEntry` in `ScreenRegistry.standard`.
public protocol Screen: Sendable {
    /// The registered name (`accounts`, `account`): the scope of its commands.
    var name: String { get }
    /// What the title bar calls it, such as `Accounts` or the account's name.
    var title: String { get }
    /// Answers a command that the app did not handle itself.
    mutating func perform(_ command: Command, argument: String?, context: inout ScreenContext) -> ScreenOutcome
    /// Answers a mouse click or wheel turn inside `context.area`.
    mutating func mouse(_ event: MouseEvent, context: inout ScreenContext) -> ScreenOutcome
    /// Draws the screen into `context.area`.
    func draw(into buffer: inout ScreenBuffer, context: ScreenContext)
    /// The `[n/N]` position for the status line, if the screen has a cursor.
    func position(context: ScreenContext) -> (index: Int, count: Int)?
    /// The mode word the status line shows, such as `FILTER` or `GROUP`; nil for none.
    func mode(context: ScreenContext) -> String?
    /// Keeps the view state valid after the quarter or the area changed.
    mutating func refresh(context: ScreenContext)
    /// Rebuilds what the screen computed from the workspace, after an edit, undo or reload.
    mutating func workspaceChanged(context: ScreenContext)
    /// Lets go of what the screen computed from the workspace just before it changes, so
    /// that the memory is free before the new workspace is measured.
    ///
    /// The screen keeps its view state (cursor, sort, scroll) and holds what it derives from
    /// `empty` (the context without accounts) until `workspaceChanged`, which always comes
    /// before it is drawn or asked anything again.
    mutating func workspaceWillChange(empty: ScreenContext)
    /// Lets go of what the screen computed for the quarter just before it changes, as
    /// `workspaceWillChange` does (`refresh` then rebuilds it). A screen that shows nothing
    /// of the quarter keeps what it has.
    mutating func quarterWillChange(empty: ScreenContext)
}

extension Screen {
    public mutating func mouse(_ event: MouseEvent, context: inout ScreenContext) -> ScreenOutcome { .unhandled }
    public func position(context: ScreenContext) -> (index: Int, count: Int)? { nil }
    public func mode(context: ScreenContext) -> String? { nil }
    public mutating func refresh(context: ScreenContext) {}
    public mutating func workspaceChanged(context: ScreenContext) { refresh(context: context) }
    public mutating func workspaceWillChange(empty: ScreenContext) {}
    public mutating func quarterWillChange(empty: ScreenContext) {}
}

/// What a screen asks the app to do after a command.
public enum ScreenOutcome: Sendable {
    /// Done; nothing more to do.
    case handled
    /// The command does not apply here.
    case unhandled
    /// Open another screen on top.
    case push(any Screen)
    /// Open a pick list over the screen (column chooser, ...).
    case pick(PickList)
    /// Show a message in the status line.
    case message(String)
    /// Show an error in the status line.
    case error(String)
    /// Apply an edit to the workspace through the undo history, like every other edit.
    case edit(ScreenEdit)
}

/// What a screen reads while it handles a command or draws, and what it may change.
public struct ScreenContext: Sendable {
    public var workspace: Workspace
    public var quarter: Quarter
    public var today: Day
    /// The account measures of `quarter`, computed once per quarter.
    public var measures: AccountMeasuresTable
    public var glyphs: Glyphs
    /// Where the screen draws: the frame between the title bar and the status line.
    public var area: Rect
    /// The remembered view choices; a screen that changes them sets `preferencesChanged`.
    public var preferences: ViewPreferences
    public var preferencesChanged = false
    /// The workspace's edit count (`AppState.revision`): a screen rebuilds what it derived when it changes.
    public var revision = 0
    /// Set while the workspace is a preview whose full load is still running: no totals yet.
    public var loading: WorkspaceLoadingStatus?

    /// This context without accounts, and so with empty measures: what the screens hold
    /// while the workspace changes (see `Screen.workspaceWillChange`).
    var withoutAccounts: ScreenContext {
        var context = self
        context.workspace = Workspace(name: workspace.name, currency: workspace.currency, settings: workspace.settings,
                                      managers: workspace.managers, scorecard: workspace.scorecard)
        context.measures = AccountMeasuresTable(workspace: context.workspace, quarter: quarter, today: today)
        return context
    }

    public init(workspace: Workspace, quarter: Quarter, today: Day, measures: AccountMeasuresTable,
                glyphs: Glyphs, area: Rect, preferences: ViewPreferences) {
        self.workspace = workspace
        self.quarter = quarter
        self.today = today
        self.measures = measures
        self.glyphs = glyphs
        self.area = area
        self.preferences = preferences
    }
}
