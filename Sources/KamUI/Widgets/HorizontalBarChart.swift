/// One bar per row, growing right from a label, with the value's text at the end:
/// for ranked lists. Negative values grow left from a zero column.
public struct HorizontalBarChart: Widget {
    public var bars: [ChartBar]
    /// The first bar shown, for lists longer than the area.
    public var offset: Int
    public var glyphs: Glyphs

    public init(bars: [ChartBar], offset: Int = 0, glyphs: Glyphs = .unicode) {
        self.bars = bars
        self.offset = offset
        self.glyphs = glyphs
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let labelWidth = min(bars.map { SafeText.width(of: $0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = min(bars.map { SafeText.width(of: $0.valueText) }.max() ?? 0, area.width / 4)
        let barX = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let barRoom = area.maxX - barX - valueWidth - (valueWidth > 0 ? 1 : 0)
        let (maxPositive, maxNegative) = ChartBar.extent(of: bars)
        let zero = maxNegative > 0 && barRoom > 0
            ? Int((Double(barRoom) * maxNegative / (maxPositive + maxNegative)).rounded()) : 0
        let levels = glyphs.horizontalBlocks.count
        let start = min(max(0, offset), bars.count)
        for (line, bar) in bars[start...].prefix(area.height).enumerated() {
            let y = area.y + line
            if labelWidth > 0 {
                buffer.write(bar.label, x: area.x, y: y, width: labelWidth, style: Style(.text),
                             ellipsis: glyphs.ellipsis, clip: area)
            }
            if valueWidth > 0 {
                buffer.write(bar.valueText, x: area.maxX - valueWidth, y: y, width: valueWidth, alignment: .right,
                             style: Style(.text), ellipsis: glyphs.ellipsis, clip: area)
            }
            guard barRoom > 0 else { continue }
            let style = Style(bar.drawRole)
            if bar.value > 0 {
                let units = ChartBar.units(bar.value, of: maxPositive, cells: barRoom - zero, levels: levels)
                for step in 0..<(units + levels - 1) / levels {
                    let level = min(levels, units - step * levels)
                    buffer.set(barX + zero + step, y, glyphs.horizontalBlocks[level - 1], style, clip: area)
                }
            } else if bar.value < 0 {
                let cells = ChartBar.units(bar.value, of: maxNegative, cells: zero, levels: 1)
                for step in 0..<cells {
                    buffer.set(barX + zero - 1 - step, y, glyphs.horizontalBlocks[levels - 1], style, clip: area)
                }
            }
        }
    }
}
