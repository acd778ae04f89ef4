/// A centred box asking a question, with the answers' keys: `[y] Yes  [n] No`.
public struct ConfirmDialog: Widget {
    public var title: String
    public var question: String
    /// The answers; `KeyHint.key` is the key that picks one.
    public var choices: [KeyHint]
    public var glyphs: Glyphs

    public init(title: String = "Confirm", question: String,
                choices: [KeyHint] = [KeyHint("y", "Yes"), KeyHint("n", "No")], glyphs: Glyphs = .unicode) {
        self.title = title
        self.question = question
        self.choices = choices
        self.glyphs = glyphs
    }

    /// The widest the box grows; longer questions wrap.
    static let maximumWidth = 60

    var choicesWidth: Int {
        choices.map { SafeText.width(of: "[\($0.key)] \($0.label)") }.reduce(0, +) + max(0, choices.count - 1) * 2
    }

    /// The box the dialog draws in `area`.
    public func box(in area: Rect) -> Rect {
        let natural = max(SafeText.width(of: question), choicesWidth, SafeText.width(of: title) + 2) + 4
        let width = min(natural, Self.maximumWidth, area.width)
        let lines = TextFit.wrap(question, width: max(1, width - 4)).count
        return area.centered(width: width, height: lines + 4)
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let box = box(in: area)
        buffer.fill(box, style: .plain)
        Box(title: title, focused: true, glyphs: glyphs).render(in: box, buffer: &buffer)
        let inside = Box.inner(of: box)
        let content = inside.width > 2 ? Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
            : inside
        guard !content.isEmpty else { return }
        let lines = TextFit.wrap(question, width: content.width)
        for (i, line) in lines.prefix(max(0, content.height - 2)).enumerated() {
            buffer.write(line, x: content.x, y: content.y + i, style: Style(.text), clip: content)
        }
        let y = content.maxY - 1
        var x = content.x + max(0, (content.width - choicesWidth) / 2)
        for (i, choice) in choices.enumerated() {
            if i > 0 { x += 2 }
            x = buffer.write("[\(choice.key)]", x: x, y: y, style: Style(.statusKey, bold: true), clip: content)
            x = buffer.write(" " + choice.label, x: x, y: y, style: Style(.text), clip: content)
        }
    }
}
