import KamAnalytics

/// How the pipeline screen draws its panes.
extension PipelineScreen {
    public func draw(into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard !context.area.isEmpty else { return }
        let layout = PipelineLayout(area: context.area, focus: focus)
        let format = context.format, dot = context.dot
        for (pane, frame) in layout.frames {
            let tabs = layout.isWide ? "" : " (Tab \((PipelinePane.allCases.firstIndex(of: pane) ?? 0) + 1)/3)"
            let title: String
            let empty: String
            switch pane {
            case .opportunities:
                title = "Opportunities \(dot) \(content.openCount) open \(dot) "
                    + format.amount(content.openValue, compact: true) + " \(dot) \(content.staleCount) stale" + tabs
                empty = "No opportunities"
            case .activities:
                title = "Recent activities" + tabs
                empty = "No activities on record"
            case .quiet:
                title = "No contact in \(content.noContactDays)+ days \(dot) \(content.quietCount)" + tabs
                empty = "Every account was contacted in the last \(content.noContactDays) days"
            }
            Box(title: title, focused: pane == focus, glyphs: context.glyphs).render(in: frame, buffer: &buffer)
            lists[pane]?.render(in: Box.inner(of: frame), focused: pane == focus, glyphs: context.glyphs,
                                empty: empty, buffer: &buffer)
        }
    }
}
