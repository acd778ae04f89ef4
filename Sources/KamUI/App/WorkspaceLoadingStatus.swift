/// The cockpit while a large workspace loads behind a preview of its first accounts: what
/// it says about the load, which keys act at once, and how the full state takes over.
///
/// The preview is an ordinary `AppState` built from the first accounts (the preview's
/// workspace) with `loading` set. Its list shows those accounts in file order, which is
/// the order the full list will have, and no total (the total row and the status line
/// say how far the load is). When remembered view choices would order the list otherwise
/// (a sort, a grouping), it shows a loading frame instead: never a wrong number.
public struct WorkspaceLoadingStatus: Sendable, Equatable {
    /// The file's name, as the loading frame and the status line show it.
    public var fileName: String
    /// How far the load is, 0 to 100.
    public var percent: Int
    /// True when the screen shows the preview's accounts; false for a loading frame.
    public var showsPreview: Bool
    /// How many keys typed ahead wait for the full workspace.
    public var waitingEvents = 0

    public init(fileName: String, percent: Int = 0, showsPreview: Bool) {
        self.fileName = fileName
        self.percent = percent
        self.showsPreview = showsPreview
    }

    /// The status line's note, such as `Loading ws.json: 42%` or `Loading ws.json: 42%, 2 keys wait`.
    public var note: String {
        let waiting = waitingEvents == 0 ? "" : waitingEvents == 1 ? ", 1 key waits" : ", \(waitingEvents) keys wait"
        return "Loading \(fileName): \(percent)%\(waiting)"
    }

    /// The total row's label while the total is not known yet.
    public var totalLabel: String { "Total (loading \(percent)%)" }
}

extension AppState {
    /// Commands that act on the preview at once: they only move over rows that the full
    /// list has in the same places (not `bottom`: the last row is not loaded yet).
    static let previewMoves: Set<String> = ["cursor-down", "cursor-up", "page-down", "page-up",
                                            "half-page-down", "half-page-up", "top"]
    /// Commands that act at once on the preview and on the loading frame.
    static let loadingCommands: Set<String> = ["help", "back", "back-or-quit", "quit"]

    /// Marks this state as the preview of a loading workspace named `fileName`: it shows
    /// the accounts when the current screen is the account list in file order (no sort,
    /// grouping or filter), else a loading frame.
    public mutating func startLoading(fileName: String) {
        var fileOrder = false
        if stack.count == 1, let list = screen as? AccountListScreen {
            fileOrder = list.sort.keys.isEmpty && list.grouping == .none && list.filter.isEmpty
        }
        loading = WorkspaceLoadingStatus(fileName: fileName, showsPreview: fileOrder)
    }

    /// True when `event` acts on this loading state now; false when it must wait for the
    /// full workspace (type-ahead). Only moving over the preview, the help overlay, going
    /// back and quitting act at once; a resize always does.
    public func actsWhileLoading(_ event: InputEvent) -> Bool {
        guard let loading else { return true }
        let helpIsOpen = if case .help? = overlay { true } else { false }
        let movesHere = helpIsOpen || (overlay == nil && loading.showsPreview)
        switch event {
        case .resize:
            return true
        case .mouse(let mouse):
            return movesHere && (mouse.action == .wheelUp || mouse.action == .wheelDown)
        case .key:
            guard case .run(let name, _)? = action(for: event) else { return false }
            if Self.loadingCommands.contains(name) { return true }
            if helpIsOpen, name == "bottom" { return true }
            return movesHere && Self.previewMoves.contains(name)
        }
    }

    /// Takes over from `preview`, the state shown while this one was loading: its size,
    /// the account list's cursor and scroll (the rows are in the same file order) and an
    /// open help overlay. Call before replaying the keys typed ahead.
    public mutating func continueFrom(preview: AppState) {
        if preview.width != width || preview.height != height { resize(width: preview.width, height: preview.height) }
        if preview.loading?.showsPreview == true, stack.count == 1, preview.stack.count == 1,
           var list = stack[0] as? AccountListScreen, let shown = preview.stack[0] as? AccountListScreen {
            list.scroll = shown.scroll
            list.columnCursor = shown.columnCursor
            list.refresh(context: context())
            stack[0] = list
        }
        if case .help? = preview.overlay { overlay = preview.overlay }
    }
}

extension App {
    /// The loading frame: where a screen would be, the file's name and how far it has
    /// loaded, centred, and that keys typed now are kept for when it is loaded.
    static func drawLoadingFrame(_ loading: WorkspaceLoadingStatus, in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let lines = [loading.note, "", "Keys typed now act once it is loaded."]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            buffer.write(line, x: area.x, y: top + i, width: area.width, alignment: .center,
                         style: Style(i == 0 ? .header : .muted, bold: i == 0), clip: area)
        }
    }
}
