/// What the screen shows instead of a view when the terminal is smaller than it needs:
/// as much of "Window too small" and the sizes as fits, centred.
public struct TooSmallMessage: Widget {
    /// The smallest size the view needs.
    public var requiredWidth: Int
    public var requiredHeight: Int

    public init(requiredWidth: Int, requiredHeight: Int) {
        self.requiredWidth = requiredWidth
        self.requiredHeight = requiredHeight
    }

    /// The message lines for an area of `width` x `height`, wrapped to `width`, at most `height`.
    public func lines(width: Int, height: Int) -> [String] {
        let parts = [
            "Window too small",
            "\(width)x\(height), need \(requiredWidth)x\(requiredHeight)",
            "Enlarge the terminal",
        ]
        var lines = parts.flatMap { TextFit.wrap($0, width: width) }
        if lines.count > height {
            lines = Array(lines.prefix(height))
        }
        return lines
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: .plain)
        let lines = lines(width: area.width, height: area.height)
        let top = area.y + (area.height - lines.count) / 2
        for (i, line) in lines.enumerated() {
            let style = i == 0 ? Style(.warning, bold: true) : Style(.text)
            buffer.write(line, x: area.x, y: top + i, width: area.width, alignment: .center, style: style, clip: area)
        }
    }
}
