import KamModel

/// Reading typed values out of a form (after it validated) and writing model values into
/// fields as text.
extension EditForm {
    /// The text of a field, or "" when empty or missing.
    func string(_ id: String) -> String { value(id) ?? "" }

    /// The text of a field with `\n` turned back into line breaks (for `.lines` fields).
    func lines(_ id: String) -> String { string(id).replacingEscapedNewlines }

    /// A number field's value as the model's rules read it (`12k`, `92%` for a fraction);
    /// nil when empty.
    func number(_ id: String) -> Double? {
        guard let field = fields.first(where: { $0.id == id }) else { return nil }
        switch field.check {
        case .fraction: return FieldRules.retention(field.text).value ?? nil
        case .tolerance: return FieldRules.tolerance(field.text).value
        default: return FieldRules.revenue(field.text).value ?? nil
        }
    }

    func count(_ id: String) -> Int? { string(id).isEmpty ? nil : FieldRules.count(string(id)).value }
    func day(_ id: String) -> Day? { FieldRules.day(string(id)).value }
    func quarter(_ id: String) -> Quarter? { FieldRules.quarter(string(id)).value }
    func flag(_ id: String) -> Bool { string(id) == "yes" }

    /// A choice field's value as the enumeration it lists.
    func choice<T: RawRepresentable>(_ id: String, as type: T.Type) -> T? where T.RawValue == String {
        T(rawValue: string(id))
    }
}

/// Model values written as the text a field starts with.
enum FieldText {
    /// `1234.5`, `120000`: plain, without separators, so it reads back exactly.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A 0...1 fraction as a percentage: 0.85 → `85%`.
    static func percent(_ value: Double?) -> String {
        value.map { number(($0 * 100 * 1e9).rounded() / 1e9) + "%" } ?? ""
    }

    static func count(_ value: Int?) -> String { value.map(String.init) ?? "" }

    /// The choices of an enumeration, by raw value and title.
    static func choices<T: CaseIterable & RawRepresentable>(_ type: T.Type, title: (T) -> String) -> [FieldChoice]
    where T.RawValue == String {
        type.allCases.map { FieldChoice($0.rawValue, title($0)) }
    }

    /// Line breaks as `\n`, for a one-line field.
    static func escaped(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("\n", with: "\\n")
    }
}

extension String {
    /// `\n` typed in a one-line field turned back into line breaks (`\\` is a backslash).
    var replacingEscapedNewlines: String {
        var result = ""
        var escaping = false
        for c in self {
            if escaping {
                result.append(c == "n" ? "\n" : c == "\\" ? "\\" : "\\\(c)")
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                result.append(c)
            }
        }
        if escaping { result.append("\\") }
        return result
    }
}
