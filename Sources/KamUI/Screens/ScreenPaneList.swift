/// A scrolling list in a pane of a portfolio screen: table rows, some of them accounts the
/// cursor can stop on (`Enter` opens them), others group headers.
///
/// The rows are made when drawn (`PaneRows`); they are replaced when the model changes, and
/// the scroll state is kept.
struct ScreenPaneList: Sendable {
    var columns: [TableColumn]
    var rows: PaneRows
    var scroll = TableScroll()
    /// The account the cursor was on when the rows were let go of (`letGoOfRows`), until
    /// rows come back.
    private var heldCursor: String?

    init(columns: [TableColumn] = [], rows: PaneRows = PaneRows()) {
        self.columns = columns
        self.rows = rows
    }

    func isSelectable(_ index: Int) -> Bool { rows.account(at: index) != nil }

    /// The account under the cursor.
    var selectedAccount: String? { rows.account(at: scroll.selected) }

    /// Takes the rows of `other`, keeping the cursor on the same account when it is still listed.
    mutating func replaceRows(with other: ScreenPaneList, viewport: Int) {
        let keep = selectedAccount ?? heldCursor
        heldCursor = nil
        columns = other.columns
        rows = other.rows
        let target = keep.flatMap { id in rows.indices.first { rows.account(at: $0) == id } } ?? scroll.selected
        scroll.select(target, rowCount: rows.count, viewport: viewport, isSelectable: isSelectable)
    }

    /// Drops the rows (and what they read from), remembering the account under the cursor
    /// for the rows that `replaceRows` brings back.
    mutating func letGoOfRows() {
        if let account = selectedAccount { heldCursor = account }
        rows = PaneRows()
    }

    /// Keeps the cursor on a row it can stop on and in view after the rows or the viewport changed.
    mutating func fit(viewport: Int) {
        scroll.select(scroll.selected, rowCount: rows.count, viewport: viewport, isSelectable: isSelectable)
    }

    /// Answers a cursor command (down, up, pages, top, bottom); false for any other.
    mutating func move(_ command: String, viewport: Int) -> Bool {
        let n = rows.count, page = max(1, viewport)
        switch command {
        case "cursor-down": scroll.move(by: 1, rowCount: n, viewport: page, isSelectable: isSelectable)
        case "cursor-up": scroll.move(by: -1, rowCount: n, viewport: page, isSelectable: isSelectable)
        case "page-down": scroll.pageDown(rowCount: n, viewport: page, isSelectable: isSelectable)
        case "page-up": scroll.pageUp(rowCount: n, viewport: page, isSelectable: isSelectable)
        case "half-page-down": scroll.move(by: max(1, page / 2), rowCount: n, viewport: page, isSelectable: isSelectable)
        case "half-page-up": scroll.move(by: -max(1, page / 2), rowCount: n, viewport: page, isSelectable: isSelectable)
        case "top": scroll.home(rowCount: n, viewport: page, isSelectable: isSelectable)
        case "bottom": scroll.end(rowCount: n, viewport: page, isSelectable: isSelectable)
        default: return false
        }
        return true
    }

    /// Body rows shown in `area` (the table's header takes one).
    static func viewport(_ area: Rect) -> Int { Table.bodyHeight(in: area) }

    /// Draws the list as a table in `area`; the selection shows only when `focused`.
    func render(in area: Rect, focused: Bool, glyphs: Glyphs, empty: String, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        Table(columns: columns, rows: [], scroll: scroll, showsSelection: focused, glyphs: glyphs)
            .render(in: area, rows: rows, buffer: &buffer)
        if rows.isEmpty, area.height > 1 {
            buffer.write(empty, x: area.x, y: area.y + 1, width: area.width, style: Style(.muted),
                         ellipsis: glyphs.ellipsis, clip: area)
        }
    }
}

/// What the portfolio screens share: Tab order and opening an account.
enum PortfolioScreens {
    /// The item after (or before) `current` in `all`, wrapping round: Tab and Shift-Tab.
    static func cycle<T: Equatable>(_ all: [T], from current: T, forward: Bool) -> T {
        let step = forward ? 1 : all.count - 1
        return all[((all.firstIndex(of: current) ?? 0) + step) % all.count]
    }

    /// Opens the account page of `id` on top, or says why not.
    static func open(_ id: String?, _ context: ScreenContext) -> ScreenOutcome {
        guard let id else { return .error("no account under the cursor") }
        do { return .push(try AccountPageScreen.entry.open(context, id)) } catch { return .error(error.message) }
    }
}
