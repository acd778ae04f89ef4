import Testing
@testable import KamUI

@Suite struct StatusLineTests {
    let hints = [KeyHint("q", "quit"), KeyHint("?", "help"), KeyHint("/", "search")]

    @Test func showsLeftTextHintsAndRightTextWhenThereIsRoom() {
        let buffer = draw(StatusLine(left: "Accounts", right: "3/42", hints: hints), width: 40, height: 1)
        #expect(buffer.line(0) == "Accounts  q quit  ? help  / search  3/42")
        #expect(buffer[10, 0].style == Style(.statusKey, bold: true))
        #expect(buffer[11, 0].style.role == .statusBar)
        #expect(buffer[39, 0].style.role == .statusBar)
    }

    @Test func dropsHintsFromTheEndFirst() {
        let buffer = draw(StatusLine(left: "Accounts", right: "3/42", hints: hints), width: 30, height: 1)
        #expect(buffer.line(0) == "Accounts  q quit  ? help  3/42")
    }

    @Test func thenShrinksTheLeftTextToKeepTheRightText() {
        let status = StatusLine(left: "Saved workspace to /home/anna/kam/portfolio.json", right: "3/42", hints: hints)
        #expect(draw(status, width: 20, height: 1).line(0) == "Saved workspa…  3/42")
    }

    @Test func dropsTheRightTextRatherThanSqueezingTheLeftTooFar() {
        let status = StatusLine(left: "Accounts", right: "2017-Q4 ABC", hints: hints)
        #expect(draw(status, width: 12, height: 1).line(0) == "Accounts")
        #expect(draw(StatusLine(left: "Accounts", glyphs: .ascii), width: 5, height: 1).line(0) == "Acco~")
    }

    @Test func hintsAloneStartAtTheLeftEdge() {
        #expect(draw(StatusLine(hints: hints), width: 20, height: 1).line(0) == "q quit  ? help")
    }
}
