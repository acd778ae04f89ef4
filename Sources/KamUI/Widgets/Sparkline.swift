/// A small history drawn with block levels: one column per value, gaps for missing values.
///
/// With more values than columns it shows the most recent ones. Taller areas stack
/// levels over several rows.
public struct Sparkline: Widget {
    public var values: [Double?]
    /// The values that map to the lowest and highest level; by default the data's own range.
    public var range: ClosedRange<Double>?
    public var role: Role
    public var glyphs: Glyphs

    public init(values: [Double?], range: ClosedRange<Double>? = nil, role: Role = .chart1, glyphs: Glyphs = .unicode) {
        self.values = values
        self.range = range
        self.role = role
        self.glyphs = glyphs
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width).map { value in value.flatMap { $0.isFinite ? $0 : nil } }
        let present = shown.compactMap { $0 }
        guard let low = range?.lowerBound ?? present.min(), let high = range?.upperBound ?? present.max() else { return }
        let levels = glyphs.verticalBlocks.count
        let total = area.height * levels
        for (column, value) in shown.enumerated() {
            guard let value else { continue }
            let units: Int
            if high > low {
                let share = (min(max(value, low), high) - low) / (high - low)
                units = 1 + Int((share * Double(total - 1)).rounded())
            } else {
                units = (total + 1) / 2
            }
            for row in 0..<(units + levels - 1) / levels {
                let level = min(levels, units - row * levels)
                buffer.set(area.x + column, area.maxY - 1 - row, glyphs.verticalBlocks[level - 1], Style(role), clip: area)
            }
        }
    }
}
