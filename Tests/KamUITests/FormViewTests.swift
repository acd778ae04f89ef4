import KamModel
import Testing
@testable import KamUI

@Suite("Form widget")
struct FormViewTests {
    func form(rating: String = "3") -> EditForm {
        var form = EditForm(title: "Edit contact", fields: [
            FormField("name", "Name", value: "Jo Park", check: .required),
            FormField("rating", "Rating", kind: .typed, value: rating, check: .rating, note: "1-5"),
            FormField("senior", "Senior", kind: .yesNo, value: "yes"),
        ], purpose: .account(nil))
        form.moveFocus(by: 1)
        return form
    }

    @Test("draws labels, values, notes and the keys in a centred box")
    func layout() {
        let buffer = draw(FormView(form: form(), glyphs: .ascii), width: 60, height: 7)
        expectScreen(buffer, """
        + Edit contact --------------------------------------------+
        | Name*   Jo Park                                          |
        | Rating  3                                  1-5           |
        | Senior  [x] yes                                          |
        |                                                          |
        | Tab next - Enter save - Esc cancel                       |
        +----------------------------------------------------------+
        """)
    }

    @Test("a touched field's problem is drawn under it")
    func problemUnderField() {
        var form = form()
        _ = form.handle(.character("0"))
        let buffer = draw(FormView(form: form, glyphs: .ascii), width: 60, height: 8)
        #expect(buffer.lines[2].contains("Rating  30"))
        #expect(buffer.lines[3].contains("! must be between 1 and 5"))
        #expect(buffer.lines[4].contains("Senior"))
    }

    @Test("the cursor sits after the text of the focused field")
    func cursor() {
        let view = FormView(form: form(), glyphs: .ascii)
        let area = Rect(x: 0, y: 0, width: 60, height: 7)
        let position = view.cursorPosition(in: area)
        #expect(position?.x == 11)   // border, space, "Rating" padded to 7, space, one character typed
        #expect(position?.y == 2)
    }

    @Test("a long form scrolls to keep the focused field in view")
    func scrolling() {
        let fields = (1...20).map { FormField("f\($0)", "Field \($0)", value: "v\($0)") }
        var form = EditForm(title: "Long", fields: fields, purpose: .account(nil))
        for _ in 0..<15 { form.moveFocus(by: 1) }
        let buffer = draw(FormView(form: form, glyphs: .ascii), width: 50, height: 10)
        #expect(buffer.text.contains("Field 16"))
        #expect(!buffer.text.contains("Field 1 "))
        #expect(buffer.lines[9].contains("^"))
    }
}
