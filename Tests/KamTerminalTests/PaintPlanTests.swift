@testable import KamTerminal
import KamUI
import Testing

@Suite("Paint plan")
struct PaintPlanTests {
    @Test("the first paint writes every cell but skips wide-character continuations")
    func firstPaint() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.write("日a", x: 0, y: 0, style: .plain)
        let writes = PaintPlan.writes(from: nil, to: buffer)
        #expect(writes.count == 7)
        #expect(writes.first == CellWrite(x: 0, y: 0, character: "日", style: .plain, isWide: true))
        #expect(!writes.contains { $0.x == 1 && $0.y == 0 })
    }

    @Test("an unchanged buffer needs no writes; a changed cell needs one")
    func diff() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        buffer.write("hello", x: 0, y: 1, style: .plain)
        #expect(PaintPlan.writes(from: buffer, to: buffer).isEmpty)
        var next = buffer
        next.restyle(Rect(x: 1, y: 1, width: 1, height: 1)) { $0.bold = true }
        #expect(PaintPlan.writes(from: buffer, to: next) == [CellWrite(x: 1, y: 1, character: "e", style: Style(bold: true), isWide: false)])
    }

    @Test("a buffer of a new size is written whole")
    func newSize() {
        let small = ScreenBuffer(width: 3, height: 1), large = ScreenBuffer(width: 4, height: 2)
        #expect(PaintPlan.writes(from: small, to: large).count == 8)
    }

    @Test("replacing a wide character by two narrow ones writes both cells")
    func wideToNarrow() {
        var before = ScreenBuffer(width: 4, height: 1)
        before.write("日", x: 0, y: 0, style: .plain)
        var after = ScreenBuffer(width: 4, height: 1)
        after.write("ab", x: 0, y: 0, style: .plain)
        #expect(PaintPlan.writes(from: before, to: after).map(\.x) == [0, 1])
    }

    @Test("a wide character whose continuation was overwritten draws as a space, never spilling over")
    func brokenWide() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("日", x: 0, y: 0, style: .plain)
        buffer.set(1, 0, "x", .plain)
        let writes = PaintPlan.writes(from: nil, to: buffer)
        #expect(writes[0] == CellWrite(x: 0, y: 0, character: " ", style: .plain, isWide: false))
        #expect(writes[1].character == "x")
    }
}

@Suite("Glyphs and appearance")
struct GlyphTests {
    @Test("with UTF-8 characters draw as themselves")
    func unicode() {
        #expect(Glyph.forCharacter("日", unicode: true) == .text(["日"]))
        #expect(Glyph.forCharacter("─", unicode: true) == .text(["─"]))
    }

    @Test("without UTF-8 box drawing uses ACS letters, ASCII stays, the rest becomes ?")
    func ascii() {
        #expect(Glyph.forCharacter("─", unicode: false) == .lineDrawing("q"))
        #expect(Glyph.forCharacter("┘", unicode: false) == .lineDrawing("j"))
        #expect(Glyph.forCharacter("a", unicode: false) == .text(["a"]))
        #expect(Glyph.forCharacter("é", unicode: false) == .text(["?"]))
    }

    @Test("a cell's look combines the role's colours and attributes with the style's")
    func appearance() {
        let theme = Theme(name: "t", roles: [.selection: RoleColors(foreground: .named(0), background: .named(6), bold: true)])
        let converter = ColorConverter(mode: .palette256)
        let look = Appearance.resolve(Style(.selection, underline: true), theme: theme, converter: converter)
        #expect(look == Appearance(bold: true, underline: true, reverse: false, colors: .init(foreground: 0, background: 6)))
        var mono = theme
        mono.isMonochrome = true
        #expect(Appearance.resolve(Style(.selection), theme: mono, converter: converter).colors == nil)
        #expect(Appearance.resolve(Style(.muted), theme: theme, converter: ColorConverter(mode: .monochrome)).colors == nil)
    }
}
