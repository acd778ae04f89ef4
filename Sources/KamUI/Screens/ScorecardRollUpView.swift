import KamAnalytics
import KamModel

/// How the scorecard draws its roll-up table: one row per manager (or segment), a column per
/// perspective and the overall score, each with its status symbol and trend arrow, and the
/// portfolio as the last row.
extension ScorecardScreen {
    /// Body rows the roll-up view's table shows.
    func rollUpViewport(_ area: Rect) -> Int { Table.bodyHeight(in: ScorecardLayout.fullTable(area)) }

    func drawRollUpView(_ data: ScorecardData, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let area = context.area
        let title = "Roll-up by \(grouping.rawValue) \(context.dot) \(context.quarter) \(context.dot) trend against "
            + "\(context.quarter.previous)"
        buffer.write(title, x: area.x, y: area.y, width: area.width, style: Style(.title, bold: true),
                     ellipsis: context.glyphs.ellipsis, clip: area)
        let tableArea = ScorecardLayout.fullTable(area)
        drawRollUpTable(currentRollUp(context), in: tableArea, scroll: rollUpScroll, buffer: &buffer, context: context)
        guard area.height >= 4 else { return }
        let table = currentRollUp(context).current
        let selected = table.rows.indices.contains(rollUpScroll.selected) ? table.rows[rollUpScroll.selected].title
            : "the portfolio"
        let note = "Enter: accounts of \(selected) \(context.dot) = by \(grouping == .manager ? "segment" : "manager")"
            + " \(context.dot) " + ScorecardSymbols(glyphs: context.glyphs).legend
        buffer.write(note, x: area.x, y: area.maxY - 1, width: area.width, style: Style(.muted),
                     ellipsis: context.glyphs.ellipsis, clip: area)
    }

    /// The table itself, in `area`: with a cursor (`scroll`) in the roll-up view, or with the
    /// row of `highlight` marked when drawn above the panes.
    func drawRollUpTable(_ rollUp: ScorecardRollUpData, in area: Rect, scroll: TableScroll? = nil,
                         highlight: ScorecardScope? = nil, buffer: inout ScreenBuffer, context: ScreenContext) {
        let table = rollUp.current
        let perspectives = table.portfolio.perspectives
        var columns = [TableColumn(grouping == .manager ? "Manager" : "Segment", width: .flexible(min: 10, max: 24)),
                       TableColumn("Accts", width: .fixed(5), alignment: .right)]
        columns += perspectives.map {
            TableColumn($0.perspective.name, width: .flexible(min: 7, max: 20), alignment: .right)
        }
        columns.append(TableColumn("Overall", width: .flexible(min: 8, max: 12), alignment: .right))
        let wide = area.width >= 100
        if wide { columns.append(TableColumn(context.quarter.previous.description, width: .fixed(7), alignment: .right)) }
        var rows = table.rows.map { row in
            tableRow(title: row.title, card: row.scorecard, previous: rollUp.previousCard(row.scope), wide: wide,
                     kind: .body, context: context)
        }
        rows.append(tableRow(title: "Portfolio", card: table.portfolio, previous: rollUp.previous.portfolio, wide: wide,
                             kind: .total, context: context))
        let selection: Int?
        if let scroll { selection = scroll.selected } else if let highlight {
            selection = highlight == .portfolio ? table.rows.count : table.rows.firstIndex { $0.scope == highlight }
        } else { selection = nil }
        Table(columns: columns, rows: rows,
              scroll: scroll ?? TableScroll(selected: selection ?? 0, offset: 0),
              showsSelection: selection != nil, glyphs: context.glyphs)
            .render(in: area, buffer: &buffer)
    }

    /// One row: the group's accounts, each perspective's score, the overall score.
    func tableRow(title: String, card: ScorecardResult, previous: ScorecardResult?, wide: Bool,
                  kind: TableRow.Kind, context: ScreenContext) -> TableRow {
        let symbols = ScorecardSymbols(glyphs: context.glyphs)
        func cell(_ score: Double?, _ status: RAGStatus?, _ before: Double?) -> TableCell {
            let trend = Trend(current: score, previous: before, direction: .higherIsBetter)
            let text = context.format.score(score) + " " + symbols.status(status) + " " + symbols.arrow(trend)
            return TableCell(text, role: ScorecardSymbols.role(status))
        }
        var cells = [TableCell(title), TableCell(context.format.number(Double(card.accounts), decimals: 0))]
        for p in card.perspectives {
            cells.append(cell(p.score, p.status, previous?.perspectives.first { $0.id == p.id }?.score))
        }
        cells.append(cell(card.overall, card.overallStatus, previous?.overall))
        if wide { cells.append(TableCell(context.format.score(previous?.overall), role: .muted)) }
        return TableRow(kind: kind, cells: cells)
    }
}
