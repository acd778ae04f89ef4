/// A one-line input: a prompt, the text with its cursor, scrolled sideways to keep the
/// cursor in view, and completion candidates on the row below when there is one.
public struct TextInputLine: Widget {
    public var prompt: String
    public var input: TextInput
    public var completions: [String]
    /// The highlighted candidate, if any.
    public var selectedCompletion: Int?
    public var glyphs: Glyphs

    public init(prompt: String, input: TextInput, completions: [String] = [], selectedCompletion: Int? = nil,
                glyphs: Glyphs = .unicode) {
        self.prompt = prompt
        self.input = input
        self.completions = completions
        self.selectedCompletion = selectedCompletion
        self.glyphs = glyphs
    }

    /// Where the cursor is drawn in `area`, for a backend that shows the terminal cursor.
    public func cursorPosition(in area: Rect) -> (x: Int, y: Int)? {
        guard !area.isEmpty else { return nil }
        let layout = layout(width: area.width)
        return (min(area.maxX - 1, area.x + layout.textX + layout.cursorColumn), area.y)
    }

    /// Where the text starts, the first character shown and the cursor's column in the text field.
    struct LineLayout {
        var textX: Int
        var firstShown: Int
        var cursorColumn: Int
        var fieldWidth: Int
    }

    func layout(width: Int) -> LineLayout {
        let promptWidth = min(SafeText.width(of: prompt), max(0, width - 1))
        let field = width - promptWidth
        let characters = Array(input.text)
        let widths = characters.map(SafeText.width(of:))
        var first = 0
        var column = widths[0..<input.cursor].reduce(0, +)
        if column + 1 > field {
            // Scrolled: one column goes to the "more on the left" mark, one to the cursor.
            let room = field >= 2 ? field - 1 : field
            while first < input.cursor && column + 1 > room {
                column -= widths[first]
                first += 1
            }
        }
        let mark = first > 0 && field >= 2 ? 1 : 0
        return LineLayout(textX: promptWidth, firstShown: first, cursorColumn: mark + column, fieldWidth: field)
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: Style(.input))
        let layout = layout(width: area.width)
        buffer.write(prompt, x: row.x, y: row.y, width: layout.textX, style: Style(.header, bold: true),
                     ellipsis: glyphs.ellipsis, clip: row)
        let field = Rect(x: row.x + layout.textX, y: row.y, width: layout.fieldWidth, height: 1)
        var x = field.x
        if layout.firstShown > 0 && layout.fieldWidth >= 2 {
            buffer.set(x, row.y, glyphs.ellipsis, Style(.muted), clip: field)
            x += 1
        }
        let shown = String(input.text.dropFirst(layout.firstShown))
        buffer.write(shown, x: x, y: row.y, style: Style(.input), clip: field)
        let cursorX = field.x + layout.cursorColumn
        if cursorX < field.maxX {
            buffer.restyle(Rect(x: cursorX, y: row.y, width: 1, height: 1)) { $0.reverse = true }
        }
        guard area.height > 1, !completions.isEmpty else { return }
        renderCompletions(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), buffer: &buffer)
    }

    func renderCompletions(in row: Rect, buffer: inout ScreenBuffer) {
        var x = row.x + min(SafeText.width(of: prompt), max(0, row.width - 1))
        for (i, candidate) in completions.enumerated() {
            if x >= row.maxX { break }
            let room = row.maxX - x
            let style = i == selectedCompletion ? Style(.selection) : Style(.muted)
            x = buffer.write(TextFit.truncate(candidate, to: room, ellipsis: glyphs.ellipsis), x: x, y: row.y,
                             style: style, clip: row) + 2
        }
    }
}
