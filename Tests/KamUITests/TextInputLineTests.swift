import Testing
@testable import KamUI

@Suite struct TextInputLineTests {
    @Test func showsPromptTextAndAReversedCursor() {
        let line = TextInputLine(prompt: "/ ", input: TextInput("acme"))
        let buffer = draw(line, width: 10, height: 1)
        #expect(buffer.line(0) == "/ acme")
        #expect(buffer[0, 0].style == Style(.header, bold: true))
        #expect(buffer[2, 0].style == Style(.input))
        #expect(buffer[6, 0].style == Style(.input, reverse: true))
        #expect(line.cursorPosition(in: buffer.area).map { [$0.x, $0.y] } == [6, 0])
    }

    @Test func longTextScrollsToKeepTheCursorInView() {
        let line = TextInputLine(prompt: "/ ", input: TextInput("abcdefghijklmnop"))
        let buffer = draw(line, width: 10, height: 1)
        #expect(buffer.line(0) == "/ …klmnop")
        #expect(buffer[9, 0].style.reverse)
        #expect(line.cursorPosition(in: buffer.area).map { [$0.x, $0.y] } == [9, 0])
    }

    @Test func theStartShowsWhenTheCursorIsNearIt() {
        let line = TextInputLine(prompt: "/ ", input: TextInput("abcdefghijklmnop", cursor: 3), glyphs: .ascii)
        let buffer = draw(line, width: 10, height: 1)
        #expect(buffer.line(0) == "/ abcdefgh")
        #expect(buffer[5, 0].style.reverse)
    }

    @Test func completionsShowOnTheNextRowWithTheChosenOneSelected() {
        let line = TextInputLine(prompt: "> ", input: TextInput("Ac"), completions: ["Acme", "Acme Ltd"],
                                 selectedCompletion: 1)
        let buffer = draw(line, width: 20, height: 2)
        expectScreen(buffer, """
            > Ac
              Acme  Acme Ltd
            """)
        #expect(buffer[2, 1].style.role == .muted)
        #expect(buffer[8, 1].style.role == .selection)
    }

    @Test func aPromptWiderThanTheAreaLeavesRoomForTheCursor() {
        let buffer = draw(TextInputLine(prompt: "Search accounts: ", input: TextInput("x")), width: 4, height: 1)
        #expect(buffer.line(0) == "Se…")
        #expect(buffer[3, 0].style.reverse)
    }
}
