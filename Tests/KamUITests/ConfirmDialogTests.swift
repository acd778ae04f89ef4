import Testing
@testable import KamUI

@Suite struct ConfirmDialogTests {
    @Test func asksInACentredBoxWithTheChoiceKeys() {
        let buffer = draw(ConfirmDialog(question: "Delete account Acme?"), width: 30, height: 7)
        expectScreen(buffer, """

               ┌ Confirm ─────────────┐
               │ Delete account Acme? │
               │                      │
               │   [y] Yes  [n] No    │
               └──────────────────────┘
            """)
        #expect(buffer[7, 4].style == Style(.statusKey, bold: true))
        #expect(buffer[10, 4].style.role == .text)
    }

    @Test func longQuestionsWrapInsideTheMaximumWidth() {
        let question = "Discard the changes to the workspace since it was last saved and quit kam now?"
        let dialog = ConfirmDialog(question: question, choices: [KeyHint("y", "Discard"), KeyHint("n", "Cancel")])
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        let box = dialog.box(in: area)
        #expect(box.width == 60)
        #expect(box.height == 6)
        let buffer = draw(dialog, width: 80, height: 24)
        #expect(buffer.line(10).contains("Discard the changes to the workspace since it was last"))
        #expect(buffer.line(11).contains("saved and quit kam now?"))
    }
}
