/// A one-column vertical scroll bar: a track with a thumb showing which part is in view.
public struct ScrollBar: Widget {
    /// All lines or rows.
    public var total: Int
    /// The first one shown.
    public var offset: Int
    public var glyphs: Glyphs

    public init(total: Int, offset: Int, glyphs: Glyphs = .unicode) {
        self.total = total
        self.offset = offset
        self.glyphs = glyphs
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let track = area.height
        guard total > track else { return }
        let thumb = max(1, track * track / total)
        let hidden = total - track
        let start = min(track - thumb, (min(max(0, offset), hidden) * (track - thumb) + hidden / 2) / hidden)
        let x = area.maxX - 1
        for i in 0..<track {
            let onThumb = i >= start && i < start + thumb
            buffer.set(x, area.y + i, onThumb ? glyphs.scrollThumb : glyphs.vertical, Style(onThumb ? .border : .muted))
        }
    }
}
