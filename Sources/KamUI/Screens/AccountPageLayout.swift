/// Where the account page's panes go: a grid that shows more panes side by side as the
/// window grows (2 at 80x24 per row, up to all six), paging to the focused pane.
struct AccountPageLayout {
    var area: Rect
    /// Panes across and down.
    var columns: Int
    var rows: Int

    /// The smallest pane height worth drawing (border, title and a few lines).
    static let minimumPaneHeight = 8

    init(area: Rect) {
        self.area = area
        columns = area.width >= 150 ? 3 : area.width >= 60 ? 2 : 1
        rows = min(3, max(1, area.height / Self.minimumPaneHeight))
    }

    /// How many panes fit at once.
    var slots: Int { columns * rows }

    /// Lines inside a pane's border.
    var innerHeight: Int { max(0, area.height / rows - 2) }

    /// The panes shown with `focus` among them, and their frames.
    func frames(focus: AccountPane) -> [(AccountPane, Rect)] {
        let all = AccountPane.allCases
        let page = (all.firstIndex(of: focus) ?? 0) / slots
        let shown = Array(all[(page * slots)..<min(all.count, (page + 1) * slots)])
        let usedRows = (shown.count + columns - 1) / columns
        let rowRects = Layout.rows(area, Array(repeating: .fill, count: max(1, usedRows)))
        var result: [(AccountPane, Rect)] = []
        for (i, pane) in shown.enumerated() {
            let row = rowRects[i / columns]
            let inRow = min(columns, shown.count - (i / columns) * columns)
            let cells = Layout.columns(row, Array(repeating: .fill, count: inRow))
            result.append((pane, cells[i % columns]))
        }
        return result
    }
}
