/// A form being filled in over the screen: its fields, the field with the focus, and what
/// saving it will change (`purpose`).
///
/// The form only edits text; turning the values into a workspace edit is `FormSubmit`'s job.
public struct EditForm: Sendable, Equatable {
    public var title: String
    public var fields: [FormField]
    /// The index of the field with the focus.
    public internal(set) var focus: Int
    public var purpose: FormPurpose
    /// The values as the form opened, to tell whether anything was typed.
    let initialValues: [String]

    public init(title: String, fields: [FormField], purpose: FormPurpose, focus: Int = 0) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
        self.focus = min(max(0, focus), max(0, fields.count - 1))
        self.initialValues = fields.map(\.text)
    }

    /// What a key did to the form.
    public enum KeyResult: Sendable, Equatable {
        /// The form changed (or the key did nothing); it stays open.
        case handled
        /// Enter or Ctrl-S: the user wants to save.
        case submit
        /// Esc: the user wants to leave without saving.
        case cancel
    }

    /// True when any value differs from what the form opened with.
    public var isDirty: Bool { fields.map(\.text) != initialValues }

    /// The field with the focus.
    public var focused: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    /// The message shown next to field `index`, if it has been touched and is not acceptable.
    public func message(at index: Int) -> String? {
        guard fields.indices.contains(index), fields[index].isTouched else { return nil }
        return fields[index].problem(in: fields)
    }

    /// Every field's problem (touched or not), in field order.
    public var problems: [(index: Int, message: String)] {
        fields.indices.compactMap { i in fields[i].problem(in: fields).map { (i, $0) } }
    }

    /// Marks every field touched (after a save attempt) and moves the focus to the first
    /// field with a problem; returns "Label: message" for it, or nil when all are fine.
    public mutating func checkAll() -> String? {
        for i in fields.indices { fields[i].isTouched = true }
        guard let first = problems.first else { return nil }
        focus = first.index
        return "\(fields[first.index].label): \(first.message)"
    }

    /// Shows the model's message next to the field with this id (or, when no field has
    /// it, returns false so the caller shows it in the status line).
    public mutating func setModelProblem(_ message: String, field id: String) -> Bool {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return false }
        fields[index].modelProblem = message
        fields[index].isTouched = true
        focus = index
        return true
    }

    /// The value of the field with this id, trimmed; nil when there is no such field.
    public func value(_ id: String) -> String? {
        fields.first { $0.id == id }?.text.trimmedSpaces
    }

    /// Moves the focus by `delta` fields (wrapping), marking the field left as touched.
    public mutating func moveFocus(by delta: Int) {
        guard !fields.isEmpty else { return }
        fields[focus].isTouched = true
        focus = ((focus + delta) % fields.count + fields.count) % fields.count
    }

    /// Applies a key: moving between fields, typing, picking, saving or cancelling.
    public mutating func handle(_ key: Key) -> KeyResult {
        switch key {
        case .enter, .control("s"): return .submit
        case .escape: return .cancel
        case .tab, .down: moveFocus(by: 1)
        case .backTab, .up: moveFocus(by: -1)
        default:
            guard fields.indices.contains(focus) else { return .handled }
            let before = fields[focus].text
            edit(&fields[focus], key)
            if fields[focus].text != before {
                fields[focus].isTouched = true
                fields[focus].modelProblem = nil
            }
        }
        return .handled
    }

    /// A key on one field: line editing for typed kinds, cycling for choices and yes/no.
    func edit(_ field: inout FormField, _ key: Key) {
        switch field.kind {
        case .choice(let choices):
            guard !choices.isEmpty else { return }
            let current = choices.firstIndex { $0.id == field.text }
            var next: Int?
            switch key {
            case .right, .character(" "): next = ((current ?? -1) + 1) % choices.count
            case .left: next = ((current ?? choices.count) - 1 + choices.count) % choices.count
            case .home: next = 0
            case .end: next = choices.count - 1
            case .backspace, .delete: if !field.isRequired { field.input.replace(with: "") }
            case .character(let c):
                // The next choice whose title starts with the letter, after the current one.
                let start = (current ?? -1) + 1
                let order = Array(choices.indices[start...]) + Array(choices.indices[..<start])
                next = order.first { choices[$0].title.lowercased().hasPrefix(String(c).lowercased()) }
            default: break
            }
            if let next { field.input.replace(with: choices[next].id) }
        case .yesNo:
            switch key {
            case .character("y"), .character("Y"): field.input.replace(with: "yes")
            case .character("n"), .character("N"): field.input.replace(with: "no")
            case .character(" "), .left, .right: field.input.replace(with: field.text == "yes" ? "no" : "yes")
            default: break
            }
        default:
            field.input.handle(key)
        }
    }
}
