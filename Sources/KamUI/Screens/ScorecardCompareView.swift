import KamAnalytics
import KamModel

/// One line of the compare view: a section title or a KPI with its status change, if any.
struct CompareLine: Sendable {
    var title: String?
    var kpi: KPIResult?
    var change: KPIStatusChange.Kind?
}

/// How the scorecard draws its compare view: what changed status first (new reds, recovered
/// greens, then the rest), then every KPI with last quarter's and this quarter's actual and status.
extension ScorecardScreen {
    /// The order changes are listed in: the ones a review acts on first.
    static let changeOrder: [KPIStatusChange.Kind] = [.newRed, .recovered, .slipped, .improved, .newData, .lostData]

    /// Body rows the compare view's table shows.
    func compareViewport(_ area: Rect) -> Int { Table.bodyHeight(in: ScorecardLayout.fullTable(area)) }

    /// Words for a kind of change.
    static func words(_ kind: KPIStatusChange.Kind) -> String {
        switch kind {
        case .newRed: "new red"
        case .recovered: "recovered"
        case .slipped: "slipped"
        case .improved: "improved"
        case .newData: "new data"
        case .lostData: "no data now"
        }
    }

    /// The compare view's lines: the changes, then each perspective's KPIs.
    func compareLines(_ data: ScorecardData, _ context: ScreenContext) -> [CompareLine] {
        let comparison = data.comparison
        var kindOf: [String: KPIStatusChange.Kind] = [:]
        for change in comparison.changes { kindOf[change.kpi.id] = change.kind }
        var lines: [CompareLine] = []
        let changes = comparison.changes.sorted {
            (Self.changeOrder.firstIndex(of: $0.kind) ?? 0) < (Self.changeOrder.firstIndex(of: $1.kind) ?? 0)
        }
        let reds = comparison.newReds.count, greens = comparison.recoveredGreens.count
        lines.append(CompareLine(title: changes.isEmpty ? "No KPI changed status"
            : "Changed status: \(changes.count) (\(reds) new red, \(greens) recovered)"))
        for change in changes {
            lines.append(CompareLine(kpi: comparison.current.kpi(id: change.kpi.id), change: change.kind))
        }
        for perspective in comparison.current.perspectives {
            lines.append(CompareLine(title: perspective.perspective.name))
            lines += perspective.kpis.map { CompareLine(kpi: $0, change: kindOf[$0.kpi.id]) }
        }
        return lines
    }

    func drawCompareView(_ data: ScorecardData, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let area = context.area
        let symbols = ScorecardSymbols(glyphs: context.glyphs)
        let before = data.quarter.previous, now = data.quarter
        let arrow = context.glyphs == .ascii ? "->" : "→"
        let overall = "overall \(context.format.score(data.previous.overall)) \(symbols.status(data.previous.overallStatus))"
            + " \(arrow) \(context.format.score(data.card.overall)) \(symbols.status(data.card.overallStatus))"
        let title = "\(scope == .portfolio ? "Portfolio" : scopeTitle) \(context.dot) \(before) \(arrow) \(now) \(context.dot) \(overall)"
        buffer.write(title, x: area.x, y: area.y, width: area.width, style: Style(.title, bold: true),
                     ellipsis: context.glyphs.ellipsis, clip: area)
        let lines = compareLines(data, context)
        let columns = [
            TableColumn("KPI", width: .flexible(min: 12, max: 30)),
            TableColumn(before.description, width: .fixed(7), alignment: .right),
            TableColumn("", width: .fixed(2)),
            TableColumn(now.description, width: .fixed(7), alignment: .right),
            TableColumn("", width: .fixed(2)),
            TableColumn("", width: .fixed(1)),
            TableColumn("Target", width: .fixed(7), alignment: .right),
            TableColumn("Change", width: .flexible(min: 9, max: 14)),
        ]
        let previous = data.previous
        let rows = lines.map { line -> TableRow in
            guard let kpi = line.kpi else { return .group(line.title ?? "") }
            let metric = kpi.kpi.metric
            let earlier = previous.kpi(id: kpi.kpi.id)
            let changeRole: Role = switch line.change {
            case .newRed?, .slipped?: .bad
            case .recovered?, .improved?: .good
            default: .muted
            }
            return .body([
                TableCell(kpi.kpi.name),
                TableCell(KPIValueStyle.text(earlier?.actual, metric: metric, format: context.format)),
                TableCell(symbols.status(earlier?.status, overridden: earlier?.isOverridden ?? false),
                          role: ScorecardSymbols.role(earlier?.status)),
                TableCell(KPIValueStyle.text(kpi.actual, metric: metric, format: context.format)),
                TableCell(symbols.status(kpi.status, overridden: kpi.isOverridden), role: ScorecardSymbols.role(kpi.status)),
                TableCell(symbols.arrow(kpi.trend), role: ScorecardSymbols.role(kpi.trend)),
                TableCell(KPIValueStyle.text(kpi.kpi.target, metric: metric, format: context.format), role: .muted),
                TableCell(line.change.map(Self.words) ?? "", role: changeRole),
            ])
        }
        Table(columns: columns, rows: rows, scroll: compareScroll, glyphs: context.glyphs)
            .render(in: ScorecardLayout.fullTable(area), buffer: &buffer)
        guard area.height >= 4 else { return }
        var note = symbols.legend
        if lines.indices.contains(compareScroll.selected), let kpi = lines[compareScroll.selected].kpi,
           let line = overrideLine(kpi, context) {
            note = line
        }
        buffer.write(note, x: area.x, y: area.maxY - 1, width: area.width,
                     style: Style(note == symbols.legend ? .muted : .override), ellipsis: context.glyphs.ellipsis, clip: area)
    }
}
