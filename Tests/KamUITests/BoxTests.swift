import Testing
@testable import KamUI

@Suite struct BoxTests {
    @Test func drawsABorderWithTheTitleInTheTopEdge() {
        let buffer = draw(Box(title: "Accounts"), width: 14, height: 4)
        expectScreen(buffer, """
            ┌ Accounts ──┐
            │            │
            │            │
            └────────────┘
            """)
        #expect(buffer[0, 0].style.role == .border)
        #expect(buffer[2, 0].style == Style(.title))
        #expect(Box.inner(of: buffer.area) == Rect(x: 1, y: 1, width: 12, height: 2))
    }

    @Test func focusChangesTheBorderRoleAndBoldsTheTitle() {
        let buffer = draw(Box(title: "Accounts", focused: true, glyphs: .ascii), width: 14, height: 3)
        expectScreen(buffer, """
            + Accounts --+
            |            |
            +------------+
            """)
        #expect(buffer[0, 0].style.role == .focusBorder)
        #expect(buffer[2, 0].style == Style(.title, bold: true))
    }

    @Test func aLongTitleIsTruncatedInsideTheCorners() {
        let buffer = draw(Box(title: "Key accounts of the north"), width: 12, height: 2)
        expectScreen(buffer, """
            ┌ Key acc… ┐
            └──────────┘
            """)
    }

    @Test func footerSitsInTheBottomEdge() {
        var buffer = ScreenBuffer(width: 16, height: 3)
        let box = Box()
        box.render(in: buffer.area, buffer: &buffer)
        box.renderFooter("1-9 of 20", in: buffer.area, buffer: &buffer)
        #expect(buffer.line(2) == "└─── 1-9 of 20 ┘")
    }
}
