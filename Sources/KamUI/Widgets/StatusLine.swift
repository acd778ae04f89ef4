/// A key and what it does, as a status line or help screen shows it: `q quit`.
public struct KeyHint: Sendable, Hashable {
    public var key: String
    public var label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}

/// The one-line bar at the bottom of the screen: context on the left, key hints after it,
/// and a note (position, period, mode) on the right.
///
/// When space runs out, hints go first (from the last), then the right text shrinks
/// and goes, and the left text is truncated last.
public struct StatusLine: Widget {
    public var left: String
    public var right: String
    public var hints: [KeyHint]
    public var glyphs: Glyphs

    public init(left: String = "", right: String = "", hints: [KeyHint] = [], glyphs: Glyphs = .unicode) {
        self.left = left
        self.right = right
        self.hints = hints
        self.glyphs = glyphs
    }

    /// Columns between the parts and between hints.
    static let gap = 2
    /// The right text is dropped rather than squeezing the left text below this.
    static let minimumLeft = 12
    /// A truncated right text narrower than this is dropped instead.
    static let minimumRight = 4

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        let bar = Style(.statusBar)
        buffer.fill(row, style: bar)
        let leftWidth = SafeText.width(of: left)
        var rightWidth = SafeText.width(of: right)
        var room = row.width - leftWidth - (rightWidth > 0 ? rightWidth + Self.gap : 0)
        var shown: [KeyHint] = []
        for hint in hints {
            let width = Self.gap + SafeText.width(of: hint.key) + 1 + SafeText.width(of: hint.label)
            let needed = leftWidth == 0 && shown.isEmpty ? width - Self.gap : width
            guard needed <= room else { break }
            shown.append(hint)
            room -= needed
        }
        if room < 0 {
            let spareForRight = row.width - min(leftWidth, Self.minimumLeft) - Self.gap
            let squeezed = leftWidth == 0 ? min(rightWidth, row.width) : min(rightWidth, max(0, spareForRight))
            rightWidth = squeezed == rightWidth || squeezed >= Self.minimumRight ? squeezed : 0
        }
        var x = row.x
        if leftWidth > 0 {
            let width = rightWidth > 0 ? max(0, row.width - rightWidth - Self.gap) : row.width
            x = buffer.write(TextFit.truncate(left, to: width, ellipsis: glyphs.ellipsis), x: x, y: row.y,
                             style: bar, clip: row)
        }
        for hint in shown {
            if x > row.x { x += Self.gap }
            x = buffer.write(hint.key, x: x, y: row.y, style: Style(.statusKey, bold: true), clip: row)
            x = buffer.write(" " + hint.label, x: x, y: row.y, style: bar, clip: row)
        }
        if rightWidth > 0 {
            let text = TextFit.truncate(right, to: rightWidth, ellipsis: glyphs.ellipsis)
            buffer.write(text, x: row.maxX - SafeText.width(of: text), y: row.y, style: bar, clip: row)
        }
    }
}
