/// How the account page draws its panes.
extension AccountPageScreen {
    public func draw(into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard !context.area.isEmpty else { return }
        let layout = AccountPageLayout(area: context.area)
        for (pane, frame) in layout.frames(focus: focus) {
            let content = AccountPaneContent(pane: pane, accountID: accountID, context: context)
            drawPane(pane, content.lines, in: frame, focused: pane == focus, buffer: &buffer, glyphs: context.glyphs)
        }
    }

    func drawPane(_ pane: AccountPane, _ lines: [PaneLine], in frame: Rect, focused: Bool,
                  buffer: inout ScreenBuffer, glyphs: Glyphs) {
        let box = Box(title: pane.title, focused: focused, glyphs: glyphs)
        box.render(in: frame, buffer: &buffer)
        let inner = Box.inner(of: frame)
        let body = inner.width > 2 ? Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height) : inner
        guard !body.isEmpty else { return }
        let top = min(offsets[pane] ?? 0, max(0, lines.count - body.height))
        for (i, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            drawLine(line, in: Rect(x: body.x, y: body.y + i, width: body.width, height: 1),
                     buffer: &buffer, glyphs: glyphs)
        }
        if lines.count > body.height {
            let last = min(lines.count, top + body.height)
            let marks = (top > 0 ? String(glyphs.moreAbove) : "") + (last < lines.count ? String(glyphs.moreBelow) : "")
            box.renderFooter("\(marks) \(top + 1)-\(last)/\(lines.count)", in: frame, buffer: &buffer)
        }
    }

    func drawLine(_ line: PaneLine, in row: Rect, buffer: inout ScreenBuffer, glyphs: Glyphs) {
        let valueWidth = line.value.map { min(row.width / 2, SafeText.width(of: $0)) } ?? 0
        let labelWidth = line.spark == nil ? row.width - valueWidth - (valueWidth > 0 ? 1 : 0) : min(13, row.width)
        buffer.write(line.text, x: row.x, y: row.y, width: max(0, labelWidth), style: Style(line.role, bold: line.bold),
                     ellipsis: glyphs.ellipsis, clip: row)
        if let value = line.value, valueWidth > 0 {
            buffer.write(value, x: row.maxX - valueWidth, y: row.y, width: valueWidth, alignment: .right,
                         style: Style(line.valueRole ?? .text, bold: line.bold), ellipsis: glyphs.ellipsis, clip: row)
        }
        if let values = line.spark {
            let sparkX = row.x + labelWidth + 1
            let sparkWidth = min(values.count, row.maxX - valueWidth - 1 - sparkX)
            guard sparkWidth >= 3 else { return }
            Sparkline(values: Array(values.suffix(sparkWidth)), glyphs: glyphs)
                .render(in: Rect(x: sparkX, y: row.y, width: sparkWidth, height: 1), buffer: &buffer)
        }
    }
}
