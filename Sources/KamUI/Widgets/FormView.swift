/// Draws a form in a centred box: a label and a value per field, the focused field's
/// cursor, each touched field's problem under it, and the keys at the bottom.
///
/// Long forms scroll to keep the focused field in view.
public struct FormView: Widget {
    public var form: EditForm
    public var glyphs: Glyphs

    public init(form: EditForm, glyphs: Glyphs = .unicode) {
        self.form = form
        self.glyphs = glyphs
    }

    /// The widest the box grows.
    static let maximumWidth = 76
    /// Columns of the value of a typed field.
    static let inputWidth = 34

    /// One row inside the box: a field, or the problem under the field `index`.
    enum Row: Equatable {
        case field(Int)
        case problem(Int, String)
    }

    var rows: [Row] {
        form.fields.indices.flatMap { i -> [Row] in
            [.field(i)] + (form.message(at: i).map { [.problem(i, $0)] } ?? [])
        }
    }

    /// The box in `area`: wide enough for the longest label and value, tall enough for the
    /// rows and the key line, within the area.
    public func box(in area: Rect) -> Rect {
        let width = min(Self.maximumWidth, area.width)
        let height = min(area.height, rows.count + 4)
        return area.centered(width: width, height: height)
    }

    var labelWidth: Int {
        min(18, (form.fields.map { SafeText.width(of: $0.label) }.max() ?? 0) + 1)
    }

    /// The rows shown in a body `height` high, starting so the focused field is in view.
    func visibleRows(height: Int) -> ArraySlice<Row> {
        let all = rows
        guard all.count > height, height > 0 else { return all[...] }
        let focusRow = all.firstIndex(of: .field(form.focus)) ?? 0
        let lastOfFocus = all.lastIndex { row in
            if case .problem(let i, _) = row { return i == form.focus }
            return row == .field(form.focus)
        } ?? focusRow
        let first = min(max(0, lastOfFocus - height + 1), focusRow)
        return all[first..<min(all.count, first + height)]
    }

    /// The body: the rows, above the key line.
    func body(of box: Rect) -> Rect {
        let content = Box.content(of: box)
        return Rect(x: content.x, y: content.y, width: content.width, height: max(0, content.height - 2))
    }

    /// The rectangle of a field's value on row `y` of `body`.
    func valueRect(_ body: Rect, y: Int) -> Rect {
        let x = body.x + labelWidth + 1
        return Rect(x: x, y: y, width: max(0, min(Self.inputWidth, body.maxX - x)), height: 1)
    }

    /// Where the terminal cursor goes: in the focused typed field.
    public func cursorPosition(in area: Rect) -> (x: Int, y: Int)? {
        guard let field = form.focused, field.kind.isTyped else { return nil }
        let body = body(of: box(in: area))
        for (offset, row) in visibleRows(height: body.height).enumerated() where row == .field(form.focus) {
            let rect = valueRect(body, y: body.y + offset)
            return TextInputLine(prompt: "", input: field.input, glyphs: glyphs).cursorPosition(in: rect)
        }
        return nil
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let box = box(in: area)
        buffer.fill(box, style: .plain)
        Box(title: form.title, focused: true, glyphs: glyphs).render(in: box, buffer: &buffer)
        let body = body(of: box)
        guard !body.isEmpty else { return }
        let shown = visibleRows(height: body.height)
        for (offset, row) in shown.enumerated() {
            let y = body.y + offset
            switch row {
            case .field(let i): drawField(i, y: y, body: body, buffer: &buffer)
            case .problem(_, let message):
                let rect = Rect(x: body.x + labelWidth + 1, y: y, width: max(0, body.maxX - body.x - labelWidth - 1),
                                height: 1)
                buffer.write("! " + message, x: rect.x, y: y, width: rect.width, style: Style(.bad, bold: true),
                             ellipsis: glyphs.ellipsis, clip: rect)
            }
        }
        let total = rows.count
        if total > body.height, let first = shown.first.flatMap({ rows.firstIndex(of: $0) }) {
            let marks = (first > 0 ? String(glyphs.moreAbove) : "") + (first + shown.count < total ? String(glyphs.moreBelow) : "")
            Box(glyphs: glyphs).renderFooter(marks, in: box, buffer: &buffer)
        }
        let keys = "Tab next \(dot) Enter save \(dot) Esc cancel"
        buffer.write(keys, x: body.x, y: body.maxY + 1, width: body.width, style: Style(.muted),
                     ellipsis: glyphs.ellipsis, clip: Box.content(of: box))
    }

    var dot: String { glyphs == .ascii ? "-" : "·" }

    func drawField(_ index: Int, y: Int, body: Rect, buffer: inout ScreenBuffer) {
        let field = form.fields[index]
        let focused = index == form.focus
        let marker = field.isRequired ? "*" : ""
        buffer.write(field.label + marker, x: body.x, y: y, width: labelWidth, style: Style(focused ? .header : .muted, bold: focused),
                     ellipsis: glyphs.ellipsis, clip: body)
        let rect = valueRect(body, y: y)
        guard !rect.isEmpty else { return }
        var end = rect.x
        switch field.kind {
        case .choice(let choices):
            let title = choices.first { $0.id == field.text }?.title ?? field.text
            let text = glyphs == .ascii ? "< \(title) >" : "‹ \(title) ›"
            end = buffer.write(TextFit.truncate(text, to: rect.width, ellipsis: glyphs.ellipsis), x: rect.x, y: y,
                               style: Style(.input, reverse: focused), clip: rect)
        case .yesNo:
            let text = field.text == "yes" ? "[x] yes" : "[ ] no"
            end = buffer.write(text, x: rect.x, y: y, style: Style(.input, reverse: focused), clip: rect)
        default:
            if focused {
                TextInputLine(prompt: "", input: field.input, glyphs: glyphs).render(in: rect, buffer: &buffer)
            } else {
                buffer.fill(rect, style: Style(.input))
                buffer.write(field.text, x: rect.x, y: y, width: rect.width, style: Style(.input),
                             ellipsis: glyphs.ellipsis, clip: rect)
            }
            end = rect.maxX
        }
        if let note = field.note, end + 2 < body.maxX {
            buffer.write(note, x: end + 1, y: y, width: body.maxX - end - 1, style: Style(.muted),
                         ellipsis: glyphs.ellipsis, clip: body)
        }
    }
}
