/// Where the scorecard screen's parts go at a given size.
///
/// The panes view: a header line with the overall score; at 100x36 and up the roll-up table
/// on top; the perspectives two across from 100 columns (one across below), as many rows as
/// fit, paged to the focused perspective; a footer with the selected KPI, overrides and a
/// legend in the rows left. The roll-up and compare views: a header line, a table, a footer line.
struct ScorecardLayout {
    /// Whether the panes view draws the roll-up table above the perspectives.
    static func hasRollUpOnTop(_ area: Rect) -> Bool { area.width >= 100 && area.height >= 36 }

    /// The table of the roll-up and compare views: between the header and the footer line.
    static func fullTable(_ area: Rect) -> Rect {
        let footer = area.height >= 4 ? 1 : 0
        return Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1 - footer))
    }

    /// The rows a pane needs: border, column header, the KPIs and the score gauge.
    static func paneHeight(kpis: Int) -> Int { kpis + 4 }

    let header: Rect
    let rollUp: Rect
    /// The perspectives shown (by index) and their frames.
    let panes: [(perspective: Int, frame: Rect)]
    let footer: Rect
    /// Perspectives per page; less than the count when Tab pages through them.
    let perPage: Int

    init(area: Rect, kpiCounts: [Int], focus: Int, rollUpRows: Int) {
        header = Rect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
        var top = area.y + header.height
        var left = area.height - header.height
        let count = kpiCounts.count
        let needed = Self.paneHeight(kpis: kpiCounts.max() ?? 0)
        let columns = area.width >= 100 ? 2 : 1
        let footerMinimum = left >= needed + 2 ? 2 : 0
        if Self.hasRollUpOnTop(area), rollUpRows > 0 {
            let height = min(rollUpRows + 3, max(0, left - footerMinimum - needed * ((count + columns - 1) / columns)))
            rollUp = height >= 5 ? Rect(x: area.x, y: top, width: area.width, height: height) : Rect(x: area.x, y: top, width: 0, height: 0)
            top += rollUp.height
            left -= rollUp.height
        } else {
            rollUp = Rect(x: area.x, y: top, width: 0, height: 0)
        }
        let available = max(0, left - footerMinimum)
        let gridRows = max(1, min((count + columns - 1) / columns, available / max(1, needed)))
        perPage = max(1, columns * gridRows)
        let page = count == 0 ? 0 : min(max(0, focus), count - 1) / perPage
        let shown = Array((page * perPage)..<min(count, (page + 1) * perPage))
        let usedRows = max(1, (shown.count + columns - 1) / columns)
        let rowHeight = min(available / usedRows, needed + 3)
        let paneHeight = max(0, min(left, rowHeight))
        var panes: [(Int, Rect)] = []
        for (i, perspective) in shown.enumerated() {
            let row = Rect(x: area.x, y: top + (i / columns) * paneHeight, width: area.width, height: paneHeight)
            let inRow = min(columns, shown.count - (i / columns) * columns)
            let cells = Layout.columns(row, Array(repeating: .fill, count: inRow))
            panes.append((perspective, cells[i % columns]))
        }
        self.panes = panes
        let used = paneHeight * usedRows
        footer = Rect(x: area.x, y: top + used, width: area.width, height: max(0, left - used))
    }
}
