import KamAnalytics

/// Where the segmentation matrix's quadrants go: a 2x2 grid with attractive accounts on
/// top and strong relationships on the right, and a legend line under it.
struct SegmentationLayout {
    var area: Rect

    /// The grid and the legend line.
    var parts: (grid: Rect, legend: Rect) {
        let rows = Layout.rows(area, [.fill, .fixed(area.height >= 6 ? 1 : 0)])
        return (rows[0], rows[1])
    }

    /// The frame of each quadrant.
    func frame(_ quadrant: SegmentationMatrix.Quadrant) -> Rect {
        let halves = Layout.rows(parts.grid, [.fill, .fill])
        let index = SegmentationScreen.order.firstIndex(of: quadrant) ?? 0
        return Layout.columns(halves[index / 2], [.fill, .fill])[index % 2]
    }

    /// Body rows of a quadrant's list.
    func viewport(_ quadrant: SegmentationMatrix.Quadrant) -> Int {
        ScreenPaneList.viewport(Box.inner(of: frame(quadrant)))
    }
}

/// How the segmentation matrix draws itself.
extension SegmentationScreen {
    public func draw(into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard !context.area.isEmpty else { return }
        let layout = SegmentationLayout(area: context.area)
        let format = context.format, dot = context.dot
        for quadrant in Self.order {
            let frame = layout.frame(quadrant)
            let cell = matrix.cell(quadrant)
            let figures = "\(cell.count) \(dot) " + format.amount(cell.revenue.value, compact: true)
            let full = "\(quadrant.title): \(quadrant.meaning) \(dot) \(figures)"
            // The legend line says where the axes run; a narrow box drops the words.
            let title = SafeText.width(of: full) <= frame.width - 4 ? full : "\(quadrant.title) \(dot) \(figures)"
            Box(title: title, focused: quadrant == focus, glyphs: context.glyphs).render(in: frame, buffer: &buffer)
            lists[quadrant]?.render(in: Box.inner(of: frame), focused: quadrant == focus, glyphs: context.glyphs,
                                    empty: "No account here", buffer: &buffer)
        }
        let legend = layout.parts.legend
        guard !legend.isEmpty else { return }
        let high = format.number(SegmentationMatrix.highFrom, decimals: 0)
        let (up, right) = context.glyphs == .ascii ? ("^", "->") : ("↑", "→")
        var text = "\(up) attractive (\(high)+ of 5)   strong relationship (\(high)+ of 5) \(right)"
        if !matrix.unrated.isEmpty {
            text += "   \(matrix.unrated.count) unrated"
        }
        buffer.write(text, x: legend.x, y: legend.y, width: legend.width, style: Style(.muted),
                     ellipsis: context.glyphs.ellipsis, clip: legend)
    }
}

extension SegmentationMatrix.Quadrant {
    /// Where the quadrant lies, in a few words.
    var meaning: String {
        switch self {
        case .invest: "attractive, strong"
        case .develop: "attractive, weak"
        case .maintain: "less attractive, strong"
        case .streamline: "less attractive, weak"
        }
    }
}
