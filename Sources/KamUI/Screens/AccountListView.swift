import KamAnalytics

/// How the account list draws itself and where a click lands.
extension AccountListScreen {
    var shownColumns: [AccountColumn] { columns.compactMap(AccountColumn.named) }

    /// The table's area and the totals line's, inside the screen's area, right of the
    /// one-cell gutter where the cursor mark goes (when there is room for one).
    func regions(_ area: Rect) -> (table: Rect, totals: Rect) {
        let totalsHeight = area.height >= 3 ? 1 : 0
        let gutter = Self.gutterWidth(area)
        return (Rect(x: area.x + gutter, y: area.y, width: area.width - gutter, height: area.height - totalsHeight),
                Rect(x: area.x + gutter, y: area.maxY - totalsHeight, width: area.width - gutter, height: totalsHeight))
    }

    /// The cursor mark's column: one cell, left of the table, unless the area is very narrow.
    ///
    /// Only the mark and the account's name take the selection style, not the whole row:
    /// a cursor move then rewrites two names on the terminal, not two full rows.
    static func gutterWidth(_ area: Rect) -> Int { area.width >= 20 ? 1 : 0 }

    /// The widths of the shown columns in `width` cells, with room for a scroll bar when needed.
    func columnWidths(tableWidth: Int) -> [Int] {
        TableColumn.widths(for: shownColumns.map { TableColumn($0.title, width: $0.width, alignment: $0.alignment) },
                           available: tableWidth)
    }

    public func draw(into buffer: inout ScreenBuffer, context: ScreenContext) {
        let area = context.area
        guard !area.isEmpty else { return }
        let (tableArea, totalsArea) = regions(area)
        let columns = shownColumns
        let tableColumns = columns.map { TableColumn($0.title, width: $0.width, alignment: $0.alignment) }
        let viewport = self.viewport(area)
        let lines = content.lines
        let offset = scroll.visibleOffset(rowCount: lines.count, viewport: viewport)
        // While loading, the list is known to be longer than the preview: keep the scroll
        // bar's column (so the columns do not move when it loads) but draw no thumb.
        let overflows = (lines.count > viewport || context.loading != nil) && area.width > 1
        let tableWidth = overflows ? tableArea.width - 1 : tableArea.width
        // Only the visible lines are formatted: cheap for large portfolios.
        let visible = lines[offset..<min(lines.count, offset + viewport)].map { tableRow($0, columns, context.format) }
        let sortIndex = sort.keys.first.flatMap { key in self.columns.firstIndex(of: key.column) }
        let gutter = Self.gutterWidth(area)
        let table = Table(columns: tableColumns, rows: visible,
                          sort: sortIndex.map { TableSort(column: $0, ascending: !(sort.keys.first?.descending ?? false)) },
                          scroll: TableScroll(selected: scroll.selected - offset, offset: 0),
                          highlight: gutter > 0 ? .firstCell : .row, glyphs: context.glyphs)
        table.render(in: Rect(x: tableArea.x, y: tableArea.y, width: tableWidth, height: tableArea.height),
                     buffer: &buffer)
        let markRow = scroll.selected - offset
        if gutter > 0 {
            buffer.fill(Rect(x: area.x, y: tableArea.y, width: gutter, height: 1), style: Style(.header, bold: true))
        }
        if gutter > 0, isSelectable(scroll.selected), markRow >= 0, markRow < viewport {
            buffer.write(String(context.glyphs.cursorMark), x: area.x, y: tableArea.y + 1 + markRow,
                         style: Style(.selection))
        }
        if overflows, context.loading == nil {
            ScrollBar(total: lines.count, offset: offset, glyphs: context.glyphs)
                .render(in: Rect(x: tableArea.maxX - 1, y: tableArea.y + 1, width: 1, height: viewport), buffer: &buffer)
        }
        // Underline the header of the column under the cursor.
        let widths = columnWidths(tableWidth: tableWidth)
        if widths.indices.contains(columnCursor) {
            let x = tableArea.x + widths[..<columnCursor].reduce(0) { $0 + $1 + 1 }
            buffer.restyle(Rect(x: x, y: tableArea.y, width: widths[columnCursor], height: 1)) { $0.underline = true }
        }
        if lines.isEmpty, tableArea.height > 1 {
            let note = filter.isEmpty ? "No accounts in this workspace" : "No account matches the filter (F clears it)"
            buffer.write(note, x: tableArea.x + 1, y: tableArea.y + 1, width: tableWidth - 1, style: Style(.muted),
                         ellipsis: context.glyphs.ellipsis)
        }
        if !totalsArea.isEmpty {
            // While the workspace loads the total is not known: the row says so, with no figures.
            let total = context.loading != nil ? TableRow.total(columns.map { _ in TableCell("") })
                : totalRow(content.total, columns, context.format)
            let totals = Table(columns: tableColumns, rows: [total], showsSelection: false, glyphs: context.glyphs)
            // Draw the totals as the body row of a one-row table whose header is hidden above.
            var scratch = ScreenBuffer(width: buffer.width, height: totalsArea.maxY)
            totals.render(in: Rect(x: totalsArea.x, y: totalsArea.y - 1, width: tableWidth, height: 2), buffer: &scratch)
            for x in totalsArea.x..<totalsArea.maxX { buffer[x, totalsArea.y] = scratch[x, totalsArea.y] }
            if let loading = context.loading {
                // The row has no figures while loading: its label may run across the columns.
                buffer.write(loading.totalLabel, x: totalsArea.x, y: totalsArea.y, width: tableWidth,
                             style: buffer[totalsArea.x, totalsArea.y].style, ellipsis: context.glyphs.ellipsis)
            }
        }
    }

    /// The table row for one line.
    func tableRow(_ line: AccountListLine, _ columns: [AccountColumn], _ format: Format) -> TableRow {
        switch line {
        case .account(let row):
            return .body(columns.map { column in
                let value = column.value(row)
                return TableCell(value.text(format), role: value.role)
            })
        case .group(let title, let rollUp):
            let count = rollUp.count == 1 ? "1 account" : "\(rollUp.count) accounts"
            return .group("\(title) \(format == .ascii ? "-" : "·") \(count)")
        case .subtotal(let rollUp):
            return totalRow(rollUp, columns, format, label: "Subtotal")
        }
    }

    /// A totals row: the roll-up's figure in every column that has one.
    func totalRow(_ rollUp: AccountRollUp, _ columns: [AccountColumn], _ format: Format, label: String? = nil) -> TableRow {
        .total(columns.enumerated().map { i, column in
            if i == 0, !column.isNumeric || column.total == nil {
                let name = label ?? "Total"
                return TableCell("\(name) (\(rollUp.count))", shorter: ["\(name) \(rollUp.count)", "(\(rollUp.count))"])
            }
            guard let total = column.total?(rollUp) else { return TableCell("") }
            return TableCell(total.text(format), role: total.role)
        })
    }

    public mutating func mouse(_ event: MouseEvent, context: inout ScreenContext) -> ScreenOutcome {
        let area = context.area
        let (tableArea, _) = regions(area)
        let rows = content.lines.count
        let page = viewport(area)
        switch event.action {
        case .wheelDown:
            scroll.scroll(by: 3, rowCount: rows, viewport: page, isSelectable: isSelectable)
        case .wheelUp:
            scroll.scroll(by: -3, rowCount: rows, viewport: page, isSelectable: isSelectable)
        case .press:
            guard tableArea.contains(x: event.x, y: event.y) else { return .handled }
            if event.y == tableArea.y {
                let overflows = rows > page
                let widths = columnWidths(tableWidth: overflows ? tableArea.width - 1 : tableArea.width)
                var x = tableArea.x
                for (i, width) in widths.enumerated() {
                    if event.x >= x && event.x < x + width {
                        columnCursor = i
                        return perform(Command("sort-by-column", help: ""), argument: nil, context: &context)
                    }
                    x += width + 1
                }
                return .handled
            }
            let offset = scroll.visibleOffset(rowCount: rows, viewport: page)
            let index = offset + event.y - tableArea.y - 1
            guard index < rows, isSelectable(index) else { return .handled }
            scroll.select(index, rowCount: rows, viewport: page, isSelectable: isSelectable)
        case .release:
            break
        }
        return .handled
    }
}
