import KamAnalytics
import KamModel

/// One line of the scorecard's footer.
struct FooterLine: Sendable {
    var text: String
    var role: Role
    var bold = false
}

/// The footer under the panes: every override in force with its reason, author and expiry
/// (never hidden, so first), the selected KPI in words, and the legend.
extension ScorecardScreen {
    func footerLines(_ data: ScorecardData, _ context: ScreenContext) -> [FooterLine] {
        let symbols = ScorecardSymbols(glyphs: context.glyphs)
        var lines: [FooterLine] = []
        let kpis = data.card.kpis
        for kpi in kpis where kpi.isOverridden {
            guard let line = overrideLine(kpi, context) else { continue }
            lines.append(FooterLine(text: line, role: .override))
        }
        if kpis.indices.contains(selectedKPI) {
            lines.append(FooterLine(text: detail(kpis[selectedKPI], data, context), role: .text, bold: true))
        }
        lines.append(FooterLine(text: symbols.legend, role: .muted))
        return lines
    }

    /// The selected KPI in words: actual against target, how it is scored, status and trend.
    func detail(_ kpi: KPIResult, _ data: ScorecardData, _ context: ScreenContext) -> String {
        let symbols = ScorecardSymbols(glyphs: context.glyphs)
        let format = context.format
        let metric = kpi.kpi.metric
        let direction = kpi.kpi.direction == .higherIsBetter ? "higher is better" : "lower is better"
        var text = "\(kpi.kpi.name): \(KPIValueStyle.text(kpi.actual, metric: metric, format: format)) against "
            + "\(KPIValueStyle.text(kpi.kpi.target, metric: metric, format: format)) (\(direction), weight "
            + "\(format.number(kpi.kpi.weight, decimals: kpi.kpi.weight.rounded() == kpi.kpi.weight ? 0 : 1)), "
            + "amber within \(format.percent(kpi.kpi.tolerance * 100, decimals: 0))) \(context.dot) attainment "
            + "\(KPIValueStyle.attainment(kpi.score, format: format)) \(context.dot) \(symbols.statusWord(kpi.status))"
        if kpi.isOverridden { text += "*" }
        if kpi.previous != nil {
            text += " \(context.dot) \(symbols.arrow(kpi.trend)) from "
                + "\(KPIValueStyle.text(kpi.previous, metric: metric, format: format)) in \(data.quarter.previous)"
        }
        return text
    }

    /// `* NPS: Amber set by Lena Lehmann until 2026-12-31 (figures say Red): reason`.
    func overrideLine(_ kpi: KPIResult, _ context: ScreenContext) -> String? {
        guard let o = kpi.override else { return nil }
        let who = o.setBy.map { " by " + (context.workspace.manager(id: $0)?.name ?? $0) } ?? ""
        let computed = kpi.computedStatus?.title ?? "n/a"
        return "* \(kpi.kpi.name): \(o.status.title) set\(who) until \(o.expires) (figures say \(computed)): \(o.reason)"
    }

    /// Writes the footer lines, wrapped, as many as fit.
    func drawFooter(_ lines: [FooterLine], in area: Rect, buffer: inout ScreenBuffer, context: ScreenContext) {
        guard !area.isEmpty else { return }
        let inner = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 2), height: area.height)
        var y = inner.y
        for line in lines {
            let wrapped = TextFit.wrap(line.text, width: inner.width)
            // The legend and page notes keep one line; details and overrides wrap while there is room.
            for (i, part) in wrapped.enumerated() where y < inner.maxY {
                let isLast = i == wrapped.count - 1 || y == inner.maxY - 1
                let text = isLast && i < wrapped.count - 1
                    ? TextFit.truncate(part + " " + wrapped[(i + 1)...].joined(separator: " "), to: inner.width,
                                       ellipsis: context.glyphs.ellipsis)
                    : part
                buffer.write(text, x: inner.x, y: y, width: inner.width, style: Style(line.role, bold: line.bold),
                             ellipsis: context.glyphs.ellipsis, clip: inner)
                y += 1
            }
        }
    }
}
