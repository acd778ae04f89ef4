/// A horizontal fill from 0 to 100 percent with a label after it, in a status's role.
///
/// Drawn on the middle row of the area; when there is no room for a bar, only the label.
public struct Gauge: Widget {
    /// 0...100; values outside are clamped, a non-number counts as 0.
    public var percent: Double
    /// Already formatted, for example "72%" or "72 / 100".
    public var label: String
    /// The role of the filled part: `.good`, `.warning`, `.bad` for a status, or a chart role.
    public var role: Role
    public var glyphs: Glyphs

    public init(percent: Double, label: String, role: Role = .chart1, glyphs: Glyphs = .unicode) {
        self.percent = percent.isFinite ? min(100, max(0, percent)) : 0
        self.label = label
        self.role = role
        self.glyphs = glyphs
    }

    /// A bar narrower than this is not drawn.
    static let minimumBar = 3

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let y = area.y + (area.height - 1) / 2
        let labelWidth = SafeText.width(of: label)
        let barWidth = area.width - (labelWidth > 0 ? labelWidth + 1 : 0)
        guard barWidth >= Self.minimumBar else {
            buffer.write(label, x: area.x, y: y, width: area.width, style: Style(.text), ellipsis: glyphs.ellipsis,
                         clip: area)
            return
        }
        let levels = glyphs.horizontalBlocks.count
        let units = Int((percent / 100 * Double(barWidth * levels)).rounded())
        for column in 0..<barWidth {
            let filled = min(levels, max(0, units - column * levels))
            let x = area.x + column
            if filled > 0 {
                buffer.set(x, y, glyphs.horizontalBlocks[filled - 1], Style(role), clip: area)
            } else {
                buffer.set(x, y, glyphs.track, Style(.muted), clip: area)
            }
        }
        if labelWidth > 0 {
            buffer.write(label, x: area.x + barWidth + 1, y: y, style: Style(.text), clip: area)
        }
    }
}
