import KamAnalytics
import KamModel

/// How the scorecard draws its panes view: the overall score, one pane per perspective and
/// a footer with the selected KPI, the overrides in force and a legend.
extension ScorecardScreen {
    public func draw(into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard !context.area.isEmpty else { return }
        let data = currentData(context)
        switch view {
        case .panes: drawPanes(data, into: &buffer, context: context)
        case .rollUp: drawRollUpView(data, into: &buffer, context: context)
        case .compare: drawCompareView(data, into: &buffer, context: context)
        }
    }

    func layout(_ data: ScorecardData, _ context: ScreenContext) -> ScorecardLayout {
        let rollUpRows = ScorecardLayout.hasRollUpOnTop(context.area) ? currentRollUp(context).current.rows.count + 1 : 0
        return ScorecardLayout(area: context.area, kpiCounts: data.card.perspectives.map(\.kpis.count),
                               focus: focusedPerspective, rollUpRows: rollUpRows)
    }

    func drawPanes(_ data: ScorecardData, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let layout = layout(data, context)
        drawHeader(data, in: layout.header, buffer: &buffer, context: context)
        if !layout.rollUp.isEmpty {
            let box = Box(title: "Roll-up by \(grouping.rawValue) (r opens it, = by \(grouping == .manager ? "segment" : "manager"))",
                          glyphs: context.glyphs)
            box.render(in: layout.rollUp, buffer: &buffer)
            drawRollUpTable(currentRollUp(context), in: Box.content(of: layout.rollUp), highlight: scope,
                            buffer: &buffer, context: context)
        }
        var first = 0
        for (i, perspective) in data.card.perspectives.enumerated() {
            defer { first += perspective.kpis.count }
            guard let frame = layout.panes.first(where: { $0.perspective == i })?.frame else { continue }
            let selected = selectedKPI - first
            drawPane(perspective, data: data, in: frame, selected: perspective.kpis.indices.contains(selected) ? selected : nil,
                     buffer: &buffer, context: context)
        }
        let lines = footerLines(data, context)
        if layout.perPage < data.card.perspectives.count, let last = layout.panes.last {
            let shown = layout.panes.map(\.perspective)
            let note = "\(context.glyphs.moreBelow) \((shown.first ?? 0) + 1)\(context.dash)\((shown.last ?? 0) + 1)"
                + " of \(data.card.perspectives.count), Tab"
            Box(glyphs: context.glyphs).renderFooter(note, in: last.frame, buffer: &buffer)
        }
        drawFooter(lines, in: layout.footer, buffer: &buffer, context: context)
    }

    /// The first line: the scope, its accounts, and the overall score as a gauge.
    func drawHeader(_ data: ScorecardData, in row: Rect, buffer: inout ScreenBuffer, context: ScreenContext) {
        guard !row.isEmpty else { return }
        let symbols = ScorecardSymbols(glyphs: context.glyphs)
        let card = data.card
        let accounts = card.accounts == 1 ? "1 account" : "\(card.accounts) accounts"
        let kind = ScorecardScopeKind(scope)
        let left = (kind == .portfolio ? "Portfolio" : "\(kind.rawValue.capitalized) \(scopeTitle)")
            + (kind == .account ? "" : " \(context.dot) \(accounts)")
        var x = buffer.write(TextFit.truncate(left, to: max(0, row.width / 2), ellipsis: context.glyphs.ellipsis),
                             x: row.x, y: row.y, style: Style(.title, bold: true), clip: row)
        x += 2
        let trend = data.overallTrend
        let label = context.format.score(card.overall) + " " + symbols.statusWord(card.overallStatus)
        let previous = " " + symbols.arrow(trend) + " from " + context.format.score(data.previous.overall)
        let title = "Overall "
        guard x + SafeText.width(of: title) < row.maxX else { return }
        x = buffer.write(title, x: x, y: row.y, style: Style(.text, bold: true), clip: row)
        let room = row.maxX - x
        let tail = SafeText.width(of: label) + (data.previous.overall == nil ? 0 : SafeText.width(of: previous))
        let barWidth = min(24, room - tail - 1)
        if barWidth >= 6 {
            Gauge(percent: card.overall ?? 0, label: "", role: ScorecardSymbols.role(card.overallStatus),
                  glyphs: context.glyphs).render(in: Rect(x: x, y: row.y, width: barWidth, height: 1), buffer: &buffer)
            x += barWidth + 1
        }
        x = buffer.write(label, x: x, y: row.y, style: Style(ScorecardSymbols.role(card.overallStatus), bold: true),
                         clip: row)
        if data.previous.overall != nil {
            buffer.write(previous, x: x, y: row.y, style: Style(ScorecardSymbols.role(trend)), clip: row)
        }
    }

    /// One perspective: a row per KPI and its score as a gauge.
    func drawPane(_ perspective: PerspectiveResult, data: ScorecardData, in frame: Rect, selected: Int?,
                  buffer: inout ScreenBuffer, context: ScreenContext) {
        let box = Box(title: perspective.perspective.name, focused: selected != nil, glyphs: context.glyphs)
        box.render(in: frame, buffer: &buffer)
        let body = Box.content(of: frame)
        guard body.height >= 1, body.width >= 1 else { return }
        let columns = KPIRowColumns(width: body.width, history: data.card.historyQuarters.count)
        var y = body.y
        if body.height >= perspective.kpis.count + 2 {
            columns.drawHeader(at: y, x: body.x, buffer: &buffer, context: context)
            y += 1
        }
        for (i, kpi) in perspective.kpis.enumerated() where y < body.maxY - (body.height > perspective.kpis.count ? 1 : 0) {
            columns.draw(kpi, at: y, x: body.x, selected: i == selected, buffer: &buffer, context: context)
            y += 1
        }
        guard body.height > perspective.kpis.count else { return }
        let symbols = ScorecardSymbols(glyphs: context.glyphs)
        let trend = data.trend(of: perspective)
        let label = context.format.score(perspective.score) + " " + symbols.status(perspective.status)
            + " " + symbols.arrow(trend)
        let gaugeRow = Rect(x: body.x, y: body.maxY - 1, width: body.width, height: 1)
        let x = buffer.write("Score ", x: gaugeRow.x, y: gaugeRow.y, style: Style(.muted), clip: gaugeRow)
        Gauge(percent: perspective.score ?? 0, label: label, role: ScorecardSymbols.role(perspective.status),
              glyphs: context.glyphs)
            .render(in: Rect(x: x, y: gaugeRow.y, width: min(40, gaugeRow.maxX - x), height: 1), buffer: &buffer)
        let arrowX = min(40, gaugeRow.maxX - x) + x - 1
        if trend != nil, arrowX < gaugeRow.maxX {
            buffer.restyle(Rect(x: arrowX, y: gaugeRow.y, width: 1, height: 1)) { $0.role = ScorecardSymbols.role(trend) }
        }
        if perspective.score == nil {
            buffer.write("no KPI has data", x: x, y: gaugeRow.y, width: gaugeRow.maxX - x, style: Style(.muted),
                         clip: gaugeRow)
        }
    }
}

/// The columns of a KPI row in a pane: name, actual, target, attainment, status, trend and
/// a sparkline of recent quarters; the previous quarter's actual when there is room.
struct KPIRowColumns {
    var name: Int
    var previous: Int
    var spark: Int
    static let value = 7, attainment = 4, status = 2, arrow = 1

    init(width: Int, history: Int) {
        let fixed = Self.value * 2 + Self.attainment + Self.status + Self.arrow + 5
        spark = min(history, max(0, width - fixed - 1 - 21))
        if spark < 4 { spark = 0 }
        let rest = width - fixed - (spark > 0 ? spark + 1 : 0)
        previous = rest >= 24 + Self.value + 1 ? Self.value : 0
        name = max(0, rest - (previous > 0 ? previous + 1 : 0))
    }

    func drawHeader(at y: Int, x: Int, buffer: inout ScreenBuffer, context: ScreenContext) {
        let style = Style(.header, bold: true)
        let quarter = context.quarter
        var cells: [(String, Int, HorizontalAlignment)] = [("KPI", name, .left)]
        if previous > 0 { cells.append((quarter.previous.description, previous, .right)) }
        cells += [("Actual", Self.value, .right), ("Target", Self.value, .right), ("Att.", Self.attainment, .right),
                  ("", Self.status, .left), ("", Self.arrow, .left)]
        if spark > 0 { cells.append(("Trend", spark, .left)) }
        write(cells, y: y, x: x, style: style, buffer: &buffer, context: context)
    }

    func draw(_ kpi: KPIResult, at y: Int, x: Int, selected: Bool, buffer: inout ScreenBuffer, context: ScreenContext) {
        let symbols = ScorecardSymbols(glyphs: context.glyphs)
        let format = context.format
        let metric = kpi.kpi.metric
        var cells: [(String, Int, HorizontalAlignment)] = [(kpi.kpi.name, name, .left)]
        if previous > 0 { cells.append((KPIValueStyle.text(kpi.previous, metric: metric, format: format), previous, .right)) }
        cells += [
            (KPIValueStyle.text(kpi.actual, metric: metric, format: format), Self.value, .right),
            (KPIValueStyle.text(kpi.kpi.target, metric: metric, format: format), Self.value, .right),
            (KPIValueStyle.attainment(kpi.score, format: format), Self.attainment, .right),
            (symbols.status(kpi.status, overridden: kpi.isOverridden), Self.status, .left),
            (symbols.arrow(kpi.trend), Self.arrow, .left),
        ]
        let base = selected ? Style(.selection) : Style(.text)
        let ends = write(cells, y: y, x: x, style: base, buffer: &buffer, context: context)
        if !selected {
            let statusX = ends[ends.count - 2], arrowX = ends[ends.count - 1]
            let statusRole = kpi.isOverridden ? Role.override : ScorecardSymbols.role(kpi.status)
            buffer.restyle(Rect(x: statusX, y: y, width: Self.status, height: 1)) { $0 = Style(statusRole, bold: true) }
            buffer.restyle(Rect(x: arrowX, y: y, width: Self.arrow, height: 1)) {
                $0 = Style(ScorecardSymbols.role(kpi.trend), bold: true)
            }
            if kpi.isOverridden {
                buffer.restyle(Rect(x: statusX, y: y, width: 1, height: 1)) { $0 = Style(ScorecardSymbols.role(kpi.status), bold: true) }
            }
        }
        if spark > 0 {
            let sparkX = (ends.last ?? x) + Self.arrow + 1
            if selected { buffer.fill(Rect(x: sparkX - 1, y: y, width: spark + 1, height: 1), style: base) }
            let values = Array(kpi.history.drop { $0 == nil })
            Sparkline(values: values, role: selected ? .selection : .chart1, glyphs: context.glyphs)
                .render(in: Rect(x: sparkX, y: y, width: spark, height: 1), buffer: &buffer)
        }
    }

    /// Writes the cells with one space between them; returns where each began.
    @discardableResult
    func write(_ cells: [(String, Int, HorizontalAlignment)], y: Int, x: Int, style: Style,
               buffer: inout ScreenBuffer, context: ScreenContext) -> [Int] {
        var starts: [Int] = []
        var cursor = x
        let total = cells.reduce(0) { $0 + $1.1 } + max(0, cells.count - 1)
        buffer.fill(Rect(x: x, y: y, width: total, height: 1), style: style)
        for (text, width, alignment) in cells {
            starts.append(cursor)
            buffer.write(text, x: cursor, y: y, width: width, alignment: alignment, style: style,
                         ellipsis: context.glyphs.ellipsis)
            cursor += width + 1
        }
        return starts
    }
}

extension ScorecardScreen {
    /// The KPI (counted over all perspectives) whose row is at the click, if any.
    func kpiIndex(at event: MouseEvent, _ context: ScreenContext) -> Int? {
        let data = currentData(context)
        let layout = layout(data, context)
        var first = 0
        for (i, perspective) in data.card.perspectives.enumerated() {
            defer { first += perspective.kpis.count }
            guard let frame = layout.panes.first(where: { $0.perspective == i })?.frame,
                  frame.contains(x: event.x, y: event.y) else { continue }
            let body = Box.content(of: frame)
            let top = body.y + (body.height >= perspective.kpis.count + 2 ? 1 : 0)
            let row = event.y - top
            return perspective.kpis.indices.contains(row) ? first + row : nil
        }
        return nil
    }
}
