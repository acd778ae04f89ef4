/// A line over an x range with horizontal reference lines: made for cumulative-share
/// (Pareto) and whale curves, with references such as 80% or 100%.
///
/// Points are spread evenly from the left edge to the right. The curve is drawn in
/// braille dots with Unicode glyphs and with `plotPoint` characters in ASCII.
public struct LineChart: Widget {
    /// A horizontal line at `value`, labelled in the left margin ("80%").
    public struct Reference: Sendable, Hashable {
        public var value: Double
        public var label: String

        public init(_ value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var points: [Double]
    /// The values at the bottom and top; by default the data and references, including 0.
    public var yRange: ClosedRange<Double>?
    public var references: [Reference]
    public var role: Role
    public var glyphs: Glyphs

    public init(points: [Double], yRange: ClosedRange<Double>? = nil, references: [Reference] = [],
                role: Role = .chart1, glyphs: Glyphs = .unicode) {
        self.points = points.filter(\.isFinite)
        self.yRange = yRange
        self.references = references.filter { $0.value.isFinite }
        self.role = role
        self.glyphs = glyphs
    }

    /// The y range drawn: `yRange`, or everything shown plus zero.
    var range: (low: Double, high: Double) {
        let values = points + references.map(\.value) + [0]
        let low = yRange?.lowerBound ?? values.min() ?? 0
        let high = yRange?.upperBound ?? values.max() ?? 1
        return high > low ? (low, high) : (low, low + 1)
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let labelWidth = references.map { SafeText.width(of: $0.label) }.max() ?? 0
        let gutter = labelWidth > 0 ? min(labelWidth + 1, area.width / 3) : 0
        let plot = Rect(x: area.x + gutter, y: area.y, width: area.width - gutter, height: area.height)
        guard !plot.isEmpty else { return }
        let (low, high) = range
        func fromTop(_ value: Double, steps: Int) -> Int {
            Int(((high - min(max(value, low), high)) / (high - low) * Double(steps - 1)).rounded())
        }
        for reference in references {
            let y = plot.y + fromTop(reference.value, steps: plot.height)
            for x in plot.x..<plot.maxX { buffer.set(x, y, glyphs.referenceLine, Style(.muted)) }
            if gutter > 1 {
                buffer.write(reference.label, x: area.x, y: y, width: gutter - 1, alignment: .right,
                             style: Style(.muted), ellipsis: glyphs.ellipsis, clip: area)
            }
        }
        var canvas = DotCanvas(columns: plot.width, rows: plot.height, braille: glyphs.usesBraille)
        let last = max(1, points.count - 1)
        var previous: (x: Int, y: Int)?
        for (i, value) in points.enumerated() {
            let dot = (x: Int((Double(i * (canvas.dotWidth - 1)) / Double(last)).rounded()),
                       y: fromTop(value, steps: canvas.dotHeight))
            canvas.line(from: previous ?? dot, to: dot)
            previous = dot
        }
        for row in 0..<plot.height {
            for column in 0..<plot.width {
                if let character = canvas.character(column: column, row: row, point: glyphs.plotPoint) {
                    buffer.set(plot.x + column, plot.y + row, character, Style(role))
                }
            }
        }
    }
}
