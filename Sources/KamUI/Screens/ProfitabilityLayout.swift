/// Where the profitability screen's panes go: from 110x30 up, both charts on the left and
/// the figures, value destroyers and quadrants on the right; below that, the focused pane on
/// the left (Tab switches) beside the figures, and only the focused pane under 64 columns.
struct ProfitabilityLayout {
    var area: Rect
    var focus: ProfitabilityPane

    /// Width of the figures column in the narrow layout and of the right column in the wide one.
    static let figuresWidth = 30
    static let wideRightWidth = 48
    /// Height of the figures box in the wide layout.
    static let wideFiguresHeight = 17

    /// Whether every pane is shown at once.
    var isWide: Bool { area.width >= 110 && area.height >= 30 }

    /// The frame of each pane shown (the figures have no pane value: nil), in drawing order.
    var frames: [(pane: ProfitabilityPane?, frame: Rect)] {
        if isWide {
            let cols = Layout.columns(area, [.fill, .fixed(Self.wideRightWidth)])
            let left = Layout.rows(cols[0], [.fill, .fill])
            let right = Layout.rows(cols[1], [.fixed(Self.wideFiguresHeight), .fill, .fill])
            return [(.pareto, left[0]), (.whale, left[1]), (nil, right[0]), (.destroyers, right[1]),
                    (.quadrants, right[2])]
        }
        guard area.width >= 64 else { return [(focus, area)] }
        let cols = Layout.columns(area, [.fill, .fixed(Self.figuresWidth)])
        return [(focus, cols[0]), (nil, cols[1])]
    }

    /// The frame of `pane`, or nil when it is not shown.
    func frame(_ pane: ProfitabilityPane) -> Rect? { frames.first { $0.pane == pane }?.frame }

    /// Body rows of a list pane: its frame's inside less the table header; the focused
    /// pane's frame is used when the pane is not shown.
    func viewport(_ pane: ProfitabilityPane) -> Int {
        let frame = self.frame(pane) ?? ProfitabilityLayout(area: area, focus: pane).frame(pane) ?? area
        return ScreenPaneList.viewport(Box.inner(of: frame))
    }
}
