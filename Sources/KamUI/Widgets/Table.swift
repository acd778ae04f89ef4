/// A table: a fixed header row and body rows that scroll under it with a selected row.
///
/// Rows hold already-formatted strings. When rows are hidden a scroll bar takes the
/// rightmost column. Selection and offset come from the app's `TableScroll`.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    public var sort: TableSort?
    public var scroll: TableScroll
    /// Whether the selected row is highlighted (false when the table does not have focus).
    public var showsSelection: Bool
    /// How much of the selected row is highlighted.
    public var highlight: Highlight
    /// Cells between columns.
    public var spacing: Int
    public var glyphs: Glyphs

    /// How much of the selected row takes the selection style.
    public enum Highlight: Sendable {
        /// The whole row.
        case row
        /// Only the first cell, the rest of the row as it is: moving the cursor then
        /// rewrites one cell per row on the terminal instead of two whole rows. The caller
        /// marks the row at its left edge (see `Glyphs.cursorMark`).
        case firstCell
    }

    public init(columns: [TableColumn], rows: [TableRow], sort: TableSort? = nil, scroll: TableScroll = TableScroll(),
                showsSelection: Bool = true, highlight: Highlight = .row, spacing: Int = 1, glyphs: Glyphs = .unicode) {
        self.columns = columns
        self.rows = rows
        self.sort = sort
        self.scroll = scroll
        self.showsSelection = showsSelection
        self.highlight = highlight
        self.spacing = spacing
        self.glyphs = glyphs
    }

    /// The number of body rows a table drawn in `area` shows: the viewport for `TableScroll`.
    public static func bodyHeight(in area: Rect) -> Int { max(0, area.height - 1) }

    /// The row index a click at screen row `y` lands on, if any.
    public func row(atScreenY y: Int, in area: Rect) -> Int? {
        let viewport = Table.bodyHeight(in: area)
        let index = y - (area.y + 1) + scroll.visibleOffset(rowCount: rows.count, viewport: viewport)
        guard y > area.y, y < area.maxY, index < rows.count else { return nil }
        return index
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        render(in: area, rows: rows, buffer: &buffer)
    }

    /// Draws `rows` in place of the table's own: only the rows in view are read, so they
    /// can be made as they are drawn.
    func render<Rows: RandomAccessCollection<TableRow>>(in area: Rect, rows: Rows, buffer: inout ScreenBuffer)
    where Rows.Index == Int {
        guard !area.isEmpty else { return }
        let viewport = Table.bodyHeight(in: area)
        let overflows = viewport > 0 && rows.count > viewport && area.width > 1
        let tableWidth = overflows ? area.width - 1 : area.width
        let widths = TableColumn.widths(for: columns, available: tableWidth, spacing: spacing)
        renderHeader(widths: widths, in: Rect(x: area.x, y: area.y, width: tableWidth, height: 1), buffer: &buffer)
        let offset = scroll.visibleOffset(rowCount: rows.count, viewport: viewport)
        for line in 0..<viewport {
            let index = offset + line
            guard index < rows.count else { break }
            let rowArea = Rect(x: area.x, y: area.y + 1 + line, width: tableWidth, height: 1)
            renderRow(rows[index], selected: showsSelection && index == scroll.selected, widths: widths,
                      in: rowArea, buffer: &buffer)
        }
        if overflows {
            ScrollBar(total: rows.count, offset: offset, glyphs: glyphs)
                .render(in: Rect(x: area.maxX - 1, y: area.y + 1, width: 1, height: viewport), buffer: &buffer)
        }
    }

    func renderHeader(widths: [Int], in area: Rect, buffer: inout ScreenBuffer) {
        let style = Style(.header, bold: true)
        buffer.fill(area, style: style)
        var x = area.x
        for (i, column) in columns.enumerated() where i < widths.count {
            let width = widths[i]
            defer { x += width + spacing }
            guard width > 0 else { continue }
            var title = column.title
            if let sort, sort.column == i {
                let mark = String(sort.ascending ? glyphs.sortAscending : glyphs.sortDescending)
                title = width > 1 ? TextFit.truncate(title, to: width - 1, ellipsis: glyphs.ellipsis) + mark : mark
            }
            buffer.write(title, x: x, y: area.y, width: width, alignment: column.alignment, style: style,
                         ellipsis: glyphs.ellipsis, clip: area)
        }
    }

    func renderRow(_ row: TableRow, selected: Bool, widths: [Int], in area: Rect, buffer: inout ScreenBuffer) {
        if selected, highlight == .firstCell, row.kind != .group {
            renderRow(row, selected: false, widths: widths, in: area, buffer: &buffer)
            guard let width = widths.first, width > 0, let cell = row.cells.first, let column = columns.first else { return }
            let style = Style(.selection, bold: row.style.bold)
            buffer.fill(Rect(x: area.x, y: area.y, width: min(width, area.width), height: 1), style: style)
            buffer.write(cell.text(fitting: width), x: area.x, y: area.y, width: width, alignment: column.alignment, style: style,
                         ellipsis: glyphs.ellipsis, clip: area)
            return
        }
        let rowStyle = selected ? Style(.selection, bold: row.style.bold) : row.style
        buffer.fill(area, style: rowStyle)
        if row.kind == .group {
            let title = row.cells.first ?? TableCell("")
            buffer.write(title.text, x: area.x, y: area.y, width: area.width,
                         style: selected ? rowStyle : Style(title.role ?? rowStyle.role, bold: true),
                         ellipsis: glyphs.ellipsis, clip: area)
            return
        }
        var x = area.x
        for (i, column) in columns.enumerated() where i < widths.count {
            let width = widths[i]
            defer { x += width + spacing }
            guard width > 0, i < row.cells.count else { continue }
            let cell = row.cells[i]
            let style = selected ? rowStyle : Style(cell.role ?? rowStyle.role, bold: rowStyle.bold)
            buffer.write(cell.text(fitting: width), x: x, y: area.y, width: width, alignment: column.alignment, style: style,
                         ellipsis: glyphs.ellipsis, clip: area)
        }
    }
}
