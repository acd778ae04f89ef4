/// Vertical bars for positive and negative values standing on a zero axis, with labels.
///
/// Many values are fitted by narrowing the bars down to one column with no gap; beyond
/// that, neighbouring values are combined into buckets, and a caption says so.
public struct BarChart: Widget {
    /// How values in one bucket become one bar.
    public enum Aggregation: String, Sendable, Hashable {
        case sum, mean
    }

    public var bars: [ChartBar]
    /// The widest a bar is drawn.
    public var barWidth: Int
    public var gap: Int
    public var aggregation: Aggregation
    /// What one value is, for the bucket caption: "1 bar = 4 accounts (sum)".
    public var unitName: String
    public var showsLabels: Bool
    public var glyphs: Glyphs

    public init(bars: [ChartBar], barWidth: Int = 3, gap: Int = 1, aggregation: Aggregation = .sum,
                unitName: String = "values", showsLabels: Bool = true, glyphs: Glyphs = .unicode) {
        self.bars = bars
        self.barWidth = max(1, barWidth)
        self.gap = max(0, gap)
        self.aggregation = aggregation
        self.unitName = unitName
        self.showsLabels = showsLabels
        self.glyphs = glyphs
    }

    /// How the bars fit a width: which bars (after bucketing), how wide, how far apart.
    public struct Fit: Sendable, Hashable {
        public var bars: [ChartBar]
        public var barWidth: Int
        public var gap: Int
        /// Values per bar: 1 unless bucketed.
        public var bucketSize: Int
    }

    /// How `bars` fit in `width` columns.
    public func fit(width: Int) -> Fit {
        let n = bars.count
        guard n > 0, width > 0 else { return Fit(bars: [], barWidth: 1, gap: 0, bucketSize: 1) }
        for w in stride(from: barWidth, through: 1, by: -1) {
            for g in Set([gap, min(gap, 1), 0]).sorted(by: >) where n * w + (n - 1) * g <= width {
                return Fit(bars: bars, barWidth: w, gap: g, bucketSize: 1)
            }
        }
        let size = (n + width - 1) / width
        return Fit(bars: bucketed(size), barWidth: 1, gap: 0, bucketSize: size)
    }

    /// Neighbouring bars combined `size` at a time.
    func bucketed(_ size: Int) -> [ChartBar] {
        stride(from: 0, to: bars.count, by: size).map { start in
            let group = bars[start..<min(bars.count, start + size)]
            let total = group.reduce(0) { $0 + $1.value }
            let value = aggregation == .sum ? total : total / Double(group.count)
            let roles = Set(group.map(\.role))
            return ChartBar(group.first?.label ?? "", value: value, role: roles.count == 1 ? group.first?.role : nil)
        }
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let fit = fit(width: area.width)
        let captionRows = fit.bucketSize > 1 && area.height >= 4 ? 1 : 0
        let labelRows = showsLabels && fit.barWidth >= 2 && area.height - captionRows >= 3
            && fit.bars.contains { !$0.label.isEmpty } ? 1 : 0
        let chartHeight = area.height - captionRows - labelRows
        let plotHeight = chartHeight - 1
        let (maxPositive, maxNegative) = ChartBar.extent(of: fit.bars)
        let upHeight = ChartBar.rowsAboveAxis(height: plotHeight, positive: maxPositive, negative: maxNegative,
                                              lossRowsFrom: 1)
        let downHeight = plotHeight - upHeight
        let axisY = area.y + upHeight
        for x in area.x..<area.maxX { buffer.set(x, axisY, glyphs.horizontal, Style(.muted)) }
        let levels = glyphs.verticalBlocks.count
        for (i, bar) in fit.bars.enumerated() {
            let x0 = area.x + i * (fit.barWidth + fit.gap)
            let style = Style(bar.drawRole)
            if bar.value > 0 {
                let units = ChartBar.units(bar.value, of: maxPositive, cells: upHeight, levels: levels)
                for (step, level) in ChartBar.cellLevels(units: units, levels: levels).enumerated() {
                    for x in x0..<x0 + fit.barWidth {
                        buffer.set(x, axisY - 1 - step, glyphs.verticalBlocks[level - 1], style, clip: area)
                    }
                }
            } else if bar.value < 0 {
                let cells = ChartBar.units(bar.value, of: maxNegative, cells: downHeight, levels: 1)
                for step in 0..<cells {
                    for x in x0..<x0 + fit.barWidth {
                        buffer.set(x, axisY + 1 + step, glyphs.verticalBlocks[levels - 1], style, clip: area)
                    }
                }
            }
            if labelRows > 0 {
                buffer.write(bar.label, x: x0, y: area.y + chartHeight, width: fit.barWidth, alignment: .center,
                             style: Style(.muted), ellipsis: glyphs.ellipsis, clip: area)
            }
        }
        if captionRows > 0 {
            let caption = "1 bar = \(fit.bucketSize) \(unitName) (\(aggregation.rawValue))"
            buffer.write(caption, x: area.x, y: area.maxY - 1, width: area.width, style: Style(.muted),
                         ellipsis: glyphs.ellipsis, clip: area)
        }
    }
}
