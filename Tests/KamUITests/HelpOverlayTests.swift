import Testing
@testable import KamUI

@Suite struct HelpOverlayTests {
    let sections = [
        HelpSection("Navigation", [KeyHint("j/k", "move"), KeyHint("g", "top")]),
        HelpSection("Actions", [KeyHint("q", "quit")]),
    ]

    @Test func listsSectionsInACentredBox() {
        let buffer = draw(HelpOverlay(sections: sections), width: 30, height: 10)
        expectScreen(buffer, """

                   ┌ Help ───────┐
                   │ Navigation  │
                   │   j/k  move │
                   │   g    top  │
                   │             │
                   │ Actions     │
                   │   q    quit │
                   └─────────────┘
            """)
        #expect(buffer[11, 3].style == Style(.statusKey, bold: true))
        #expect(buffer[9, 2].style == Style(.header, bold: true))
        #expect(buffer[7, 1].style.role == .focusBorder)
    }

    @Test func scrollsWhenItDoesNotFitAndSaysWhere() {
        let help = HelpOverlay(sections: sections, offset: 1)
        let area = Rect(x: 0, y: 0, width: 30, height: 6)
        #expect(help.maxOffset(in: area) == 2)
        expectScreen(draw(help, width: 30, height: 6), """
                   ┌ Help ───────┐
                   │   j/k  move │
                   │   g    top  │
                   │             │
                   │ Actions     │
                   └ ▲▼ 2-5 of 6 ┘
            """)
    }

    @Test func offsetBeyondTheEndIsClamped() {
        let buffer = draw(HelpOverlay(sections: sections, offset: 99, glyphs: .ascii), width: 30, height: 6)
        #expect(buffer.line(4) == "       |   q    quit |")
        #expect(buffer.line(5) == "       +- ^ 3-6 of 6 +")
    }
}
