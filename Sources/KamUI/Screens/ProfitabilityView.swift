import KamAnalytics

/// How the profitability screen draws its panes.
extension ProfitabilityScreen {
    public func draw(into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard !context.area.isEmpty else { return }
        let layout = ProfitabilityLayout(area: context.area, focus: focus)
        let ranking = content.view.ranking
        let basis = ranking.basis.title
        for (pane, frame) in layout.frames {
            guard let pane else {
                Box(title: "80/20 figures", glyphs: context.glyphs).render(in: frame, buffer: &buffer)
                drawLines(content.figures, in: Box.content(of: frame), glyphs: context.glyphs, buffer: &buffer)
                continue
            }
            let focused = pane == focus
            let tabs = layout.isWide ? "" : " (Tab \((ProfitabilityPane.allCases.firstIndex(of: pane) ?? 0) + 1)/4)"
            let title: String
            switch pane {
            case .pareto: title = "Pareto: \(basis) by account\(tabs)"
            case .whale: title = "Whale curve: cumulative profit\(tabs)"
            case .destroyers: title = "Value destroyers (\(ranking.valueDestroyers.count))\(tabs)"
            case .quadrants: title = "Revenue vs cost to serve\(tabs)"
            }
            let box = Box(title: title, focused: focused, glyphs: context.glyphs)
            box.render(in: frame, buffer: &buffer)
            let inner = Box.inner(of: frame)
            switch pane {
            case .pareto: drawPareto(in: inner, context: context, buffer: &buffer)
            case .whale: drawWhale(in: inner, context: context, buffer: &buffer)
            case .destroyers:
                destroyers.render(in: inner, focused: focused, glyphs: context.glyphs,
                                  empty: "No account loses money here", buffer: &buffer)
            case .quadrants:
                quadrants.render(in: inner, focused: focused, glyphs: context.glyphs,
                                 empty: "No account has revenue and cost to serve", buffer: &buffer)
            }
        }
    }

    /// A note in place of a chart when nothing can be ranked.
    var emptyNote: String? {
        content.view.ranking.ranked.isEmpty ? "No account has revenue and profit in \(content.period)" : nil
    }

    func drawPareto(in area: Rect, context: ScreenContext, buffer: inout ScreenBuffer) {
        if let note = emptyNote { return drawNote(note, in: area, context: context, buffer: &buffer) }
        let r = content.view.ranking
        ParetoChart(profits: content.profits, cumulativeShares: content.whaleCurve,
                    threshold: r.threshold * 100, paretoCount: r.paretoCount, glyphs: context.glyphs)
            .render(in: area, buffer: &buffer)
    }

    func drawWhale(in area: Rect, context: ScreenContext, buffer: inout ScreenBuffer) {
        if let note = emptyNote { return drawNote(note, in: area, context: context, buffer: &buffer) }
        let r = content.view.ranking
        guard let peak = r.whalePeak else {
            return drawNote("Total profit is not above 0: no whale curve", in: area, context: context, buffer: &buffer)
        }
        let format = context.format
        let captionRows = area.height >= 6 ? 1 : 0
        let chartArea = Rect(x: area.x, y: area.y, width: area.width, height: area.height - captionRows)
        let peakText = format.percent(peak.percent, decimals: 0)
        LineChart(points: content.whaleCurve, yRange: 0...max(100, peak.percent),
                  references: [LineChart.Reference(100, label: "100%"), LineChart.Reference(peak.percent, label: peakText)],
                  role: .chart2, glyphs: context.glyphs)
            .render(in: chartArea, buffer: &buffer)
        if captionRows > 0 {
            let after = r.accountsAfterPeak.count
            let caption = "peak \(peakText) at \(peak.rank) of \(r.ranked.count) accounts \(context.dot) "
                + "\(after) after it"
            buffer.write(caption, x: area.x, y: area.maxY - 1, width: area.width, style: Style(.muted),
                         ellipsis: context.glyphs.ellipsis, clip: area)
        }
    }

    func drawNote(_ note: String, in area: Rect, context: ScreenContext, buffer: inout ScreenBuffer) {
        buffer.write(note, x: area.x + 1, y: area.y, width: max(0, area.width - 1), style: Style(.muted),
                     ellipsis: context.glyphs.ellipsis, clip: area)
    }

    /// Draws label-and-value lines, the value right-aligned.
    func drawLines(_ lines: [PaneLine], in area: Rect, glyphs: Glyphs, buffer: inout ScreenBuffer) {
        for (i, line) in lines.prefix(area.height).enumerated() {
            let y = area.y + i
            let value = line.value ?? ""
            let valueWidth = min(area.width, SafeText.width(of: value))
            buffer.write(line.text, x: area.x, y: y, width: max(0, area.width - valueWidth - 1),
                         style: Style(line.role, bold: line.bold), ellipsis: glyphs.ellipsis, clip: area)
            if valueWidth > 0 {
                buffer.write(value, x: area.maxX - valueWidth, y: y, width: valueWidth, alignment: .right,
                             style: Style(line.valueRole ?? .text, bold: true), ellipsis: glyphs.ellipsis, clip: area)
            }
        }
    }
}

extension ProfitabilityPane {
    /// Whether the pane is a list with a cursor.
    var isList: Bool { self == .destroyers || self == .quadrants }
}
