/// A bordered frame with an optional title; focus changes the border's role.
///
/// Draw the box, then draw its content into `Box.inner(of:)`.
public struct Box: Widget {
    public var title: String?
    /// A focused box draws its border in `.focusBorder` and its title in bold.
    public var focused: Bool
    /// Whether to blank the inside first (for boxes drawn over other content).
    public var clearsInside: Bool
    public var glyphs: Glyphs

    public init(title: String? = nil, focused: Bool = false, clearsInside: Bool = false, glyphs: Glyphs = .unicode) {
        self.title = title
        self.focused = focused
        self.clearsInside = clearsInside
        self.glyphs = glyphs
    }

    /// The part of `area` inside the border.
    public static func inner(of area: Rect) -> Rect { area.inset(by: 1) }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        let border = Style(focused ? .focusBorder : .border)
        if clearsInside { buffer.fill(Box.inner(of: area), style: .plain) }
        let right = area.maxX - 1, bottom = area.maxY - 1
        for x in area.x + 1..<right {
            buffer.set(x, area.y, glyphs.horizontal, border)
            buffer.set(x, bottom, glyphs.horizontal, border)
        }
        for y in area.y + 1..<bottom {
            buffer.set(area.x, y, glyphs.vertical, border)
            buffer.set(right, y, glyphs.vertical, border)
        }
        buffer.set(area.x, area.y, glyphs.topLeft, border)
        buffer.set(right, area.y, glyphs.topRight, border)
        buffer.set(area.x, bottom, glyphs.bottomLeft, border)
        buffer.set(right, bottom, glyphs.bottomRight, border)
        if let title, !title.isEmpty, area.width >= 5 {
            let text = " " + TextFit.truncate(title, to: area.width - 4, ellipsis: glyphs.ellipsis) + " "
            buffer.write(text, x: area.x + 1, y: area.y, style: Style(.title, bold: focused),
                         clip: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1))
        }
    }

    /// Writes `text` into the bottom border, right-aligned: for notes such as "1-10 of 24".
    public func renderFooter(_ text: String, in area: Rect, buffer: inout ScreenBuffer) {
        guard area.width >= 5, area.height >= 2 else { return }
        let fitted = " " + TextFit.truncate(text, to: area.width - 4, ellipsis: glyphs.ellipsis) + " "
        let x = area.maxX - 1 - SafeText.width(of: fitted)
        buffer.write(fitted, x: x, y: area.maxY - 1, style: Style(.muted),
                     clip: Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 2, height: 1))
    }
}
