/// A group of key bindings on the help screen, such as "Navigation".
public struct HelpSection: Sendable, Hashable {
    public var title: String
    public var entries: [KeyHint]

    public init(_ title: String, _ entries: [KeyHint]) {
        self.title = title
        self.entries = entries
    }
}

/// A centred box listing sections of key -> description, scrolling when it does not fit.
///
/// The app keeps `offset` (the first content line shown) and clamps it with `maxOffset(in:)`.
public struct HelpOverlay: Widget {
    public var title: String
    public var sections: [HelpSection]
    public var offset: Int
    public var glyphs: Glyphs

    public init(title: String = "Help", sections: [HelpSection], offset: Int = 0, glyphs: Glyphs = .unicode) {
        self.title = title
        self.sections = sections
        self.offset = offset
        self.glyphs = glyphs
    }

    /// One line of content: a section title, a binding, or a blank between sections.
    enum Line: Hashable {
        case section(String)
        case entry(KeyHint)
        case blank
    }

    var contentLines: [Line] {
        var lines: [Line] = []
        for section in sections {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.section(section.title))
            lines += section.entries.map(Line.entry)
        }
        return lines
    }

    var keyWidth: Int {
        sections.flatMap(\.entries).map { SafeText.width(of: $0.key) }.max() ?? 0
    }

    /// The box the overlay draws in `area`: as big as the content, at most the area.
    public func box(in area: Rect) -> Rect {
        let keyWidth = keyWidth
        let widths = contentLines.map { line -> Int in
            switch line {
            case .section(let title): return SafeText.width(of: title)
            case .entry(let hint): return 2 + keyWidth + 2 + SafeText.width(of: hint.label)
            case .blank: return 0
            }
        }
        let width = max(widths.max() ?? 0, SafeText.width(of: title) + 2) + 4
        return area.centered(width: width, height: contentLines.count + 2)
    }

    /// The largest useful offset: the content lines that do not fit in the box.
    public func maxOffset(in area: Rect) -> Int {
        max(0, contentLines.count - max(0, box(in: area).height - 2))
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let box = box(in: area)
        buffer.fill(box, style: .plain)
        let frame = Box(title: title, focused: true, glyphs: glyphs)
        frame.render(in: box, buffer: &buffer)
        let inside = Box.inner(of: box)
        let content = inside.width > 2 ? Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
            : inside
        guard !content.isEmpty else { return }
        let lines = contentLines
        let start = min(max(0, offset), maxOffset(in: area))
        let keyWidth = keyWidth
        for (row, line) in lines[start...].prefix(content.height).enumerated() {
            let y = content.y + row
            switch line {
            case .section(let title):
                buffer.write(title, x: content.x, y: y, width: content.width, style: Style(.header, bold: true),
                             ellipsis: glyphs.ellipsis, clip: content)
            case .entry(let hint):
                buffer.write(hint.key, x: content.x + 2, y: y, width: keyWidth, style: Style(.statusKey, bold: true),
                             ellipsis: glyphs.ellipsis, clip: content)
                let x = content.x + 2 + keyWidth + 2
                buffer.write(hint.label, x: x, y: y, width: content.maxX - x, style: Style(.text),
                             ellipsis: glyphs.ellipsis, clip: content)
            case .blank:
                break
            }
        }
        if lines.count > content.height {
            let last = min(lines.count, start + content.height)
            let marks = (start > 0 ? String(glyphs.moreAbove) : "") + (last < lines.count ? String(glyphs.moreBelow) : "")
            frame.renderFooter("\(marks) \(start + 1)-\(last) of \(lines.count)", in: box, buffer: &buffer)
        }
    }
}
