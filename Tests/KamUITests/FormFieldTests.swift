import KamModel
import Testing
@testable import KamUI

@Suite("Form fields and validation")
struct FormFieldTests {
    /// A form with one field of each check the tests need.
    func form() -> EditForm {
        EditForm(title: "Test", fields: [
            FormField("name", "Name", check: .required),
            FormField("attractiveness", "Attractiveness", kind: .typed, value: "3", check: .rating),
            FormField("revenue", "Revenue", kind: .typed, check: .amount),
            FormField("satisfied", "Satisfied", kind: .typed, check: .atMostCount(of: "responses")),
            FormField("responses", "Responses", kind: .typed, value: "10", check: .count),
            FormField("retention", "Retention", kind: .typed, value: "92%", check: .fraction),
            FormField("tier", "Tier", kind: .choice(FieldText.choices(Tier.self, title: \.title)), value: "other",
                      check: .required),
            FormField("senior", "Senior", kind: .yesNo, value: "no"),
        ], purpose: .account(nil))
    }

    func type(_ text: String, into form: inout EditForm) {
        for key in (try? KeyString.parse(text)) ?? [] { _ = form.handle(key) }
    }

    @Test("an untouched form shows no messages; typing shows the field's message as you type")
    func messagesAfterTyping() {
        var form = form()
        #expect((0..<form.fields.count).allSatisfy { form.message(at: $0) == nil })
        type("<Tab><BS>7", into: &form)
        #expect(form.message(at: 1) == "must be between 1 and 5")
        type("<BS>4", into: &form)
        #expect(form.message(at: 1) == nil)
    }

    @Test("leaving an empty required field shows its message")
    func leavingRequiredField() {
        var form = form()
        type("<Tab>", into: &form)
        #expect(form.focus == 1)
        #expect(form.message(at: 0) == "must not be empty")
    }

    @Test("checkAll focuses the first bad field and names it")
    func checkAll() {
        var form = form()
        type("<Tab><Tab>12x", into: &form)
        let problem = form.checkAll()
        #expect(problem == "Name: must not be empty")
        #expect(form.focus == 0)
        #expect(form.message(at: 2) == "must be a number")
    }

    @Test("numbers are read as the model reads them: 12k, 92%, separators")
    func numbersThroughFieldRules() {
        var form = form()
        type("<Tab><Tab>12k", into: &form)
        #expect(form.number("revenue") == 12_000)
        #expect(form.number("retention") == 0.92)
        type("<C-u>120,500", into: &form)
        #expect(form.number("revenue") == 120_500)
    }

    @Test("satisfied answers may not exceed the responses field")
    func crossFieldCheck() {
        var form = form()
        type("<Tab><Tab><Tab>11", into: &form)
        #expect(form.message(at: 3) == "must not exceed the 10 responses")
        type("<BS><BS>9", into: &form)
        #expect(form.message(at: 3) == nil)
    }

    @Test("choices cycle with Right and Left and jump by first letter; yes/no toggles")
    func choicesAndFlags() {
        var form = form()
        type("<Up><Up>", into: &form)
        #expect(form.focused?.id == "tier")
        type("<Right>", into: &form)
        #expect(form.string("tier") == "key")
        type("<Left><Left>", into: &form)
        #expect(form.string("tier") == "maintain")
        type("s", into: &form)
        #expect(form.string("tier") == "strategic")
        type("<Down><Space>", into: &form)
        #expect(form.flag("senior"))
        type("n", into: &form)
        #expect(!form.flag("senior"))
    }

    @Test("a quarter already taken is refused with the reason")
    func takenQuarter() {
        let field = FormField("quarter", "Quarter", kind: .typed, value: "2026q3",
                              check: .quarter(taken: ["2026Q3"], message: "has figures already"))
        #expect(field.problem() == "has figures already")
        #expect(FormField("q", "Q", value: "2026Q5", check: .quarter()).problem()
                == "must be a quarter written YYYYQn, such as 2025Q3")
    }

    @Test("Enter and Ctrl-S submit, Esc cancels, and isDirty tells typed values apart")
    func submitAndCancel() {
        var form = form()
        #expect(!form.isDirty)
        #expect(form.handle(.enter) == .submit)
        #expect(form.handle(.control("s")) == .submit)
        #expect(form.handle(.escape) == .cancel)
        type("x", into: &form)
        #expect(form.isDirty)
    }

    @Test("line breaks in notes are typed as \\n and read back")
    func escapedLines() {
        #expect(FieldText.escaped("one\ntwo \\ three") == "one\\ntwo \\\\ three")
        #expect("one\\ntwo \\\\ three".replacingEscapedNewlines == "one\ntwo \\ three")
    }
}
