import KamModel

/// One labelled field of a form: what it holds, the text typed so far and the rules it must meet.
///
/// Every kind keeps its value as text (a choice keeps the chosen id, yes/no keeps `yes` or
/// `no`), so the form can compare, validate and redraw all fields alike.
public struct FormField: Sendable, Equatable {
    /// The field's key: the record's member name in the workspace file (`revenue`,
    /// `relationshipStrength`), so a model problem about that member lands next to it.
    public var id: String
    public var label: String
    public var kind: FieldKind
    /// The value being typed.
    public var input: TextInput
    /// True when an empty value is not allowed.
    public var isRequired: Bool
    public var rules: [FieldRule]
    /// A few words after the field: the expected form or unit ("YYYY-MM-DD", "1-5").
    public var note: String?
    /// Set once the user typed in the field or left it, or tried to save: only then is
    /// its message shown, so an untouched form is not covered in complaints.
    public var isTouched = false
    /// A message from the model's own validation, shown until the field is changed.
    public var modelProblem: String?

    public init(_ id: String, _ label: String, kind: FieldKind = .text, value: String = "",
                isRequired: Bool = false, rules: [FieldRule] = [], note: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.input = TextInput(value)
        self.isRequired = isRequired
        self.rules = rules
        self.note = note
    }

    /// The text of the value.
    public var text: String { input.text }

    /// What is wrong with the value, or nil when it is acceptable. `form` gives the other
    /// fields, for rules that compare (such as "at most the responses").
    public func problem(in form: [FormField] = []) -> String? {
        let trimmed = text.trimmedSpaces
        if trimmed.isEmpty {
            return isRequired ? "required" : nil
        }
        if let problem = kind.problem(trimmed) { return problem }
        for rule in rules {
            if let problem = rule.problem(trimmed, kind: kind, form: form) { return problem }
        }
        return modelProblem
    }
}

/// What a field holds, which decides how it is typed, drawn and checked.
public enum FieldKind: Sendable, Equatable {
    /// Free text on one line.
    case text
    /// Free text whose line breaks are typed as `\n`.
    case lines
    /// A decimal number; `percent` shows a 0...1 fraction as 0...100.
    case number(percent: Bool)
    /// A whole number.
    case count
    /// A date, `YYYY-MM-DD`.
    case date
    /// A quarter, `2025Q3`.
    case quarter
    /// One of a fixed list: ids with their titles. Left/Right or the first letter picks.
    case choice([FieldChoice])
    /// Yes or no: Space toggles, `y`/`n` set.
    case yesNo

    /// True for kinds whose value is typed character by character.
    public var isTyped: Bool {
        switch self {
        case .choice, .yesNo: false
        default: true
        }
    }

    /// Why `text` (trimmed, not empty) is not a value of this kind, or nil.
    public func problem(_ text: String) -> String? {
        switch self {
        case .text, .lines, .yesNo:
            return nil
        case .number:
            return FieldKind.parseNumber(text) == nil ? "not a number (write 1234.5)" : nil
        case .count:
            guard let value = Int(text.filter { $0 != "," && $0 != "_" }) else { return "not a whole number" }
            return value < 0 ? "must not be negative" : nil
        case .date:
            return Day(text) == nil ? "not a date (write 2025-07-14)" : nil
        case .quarter:
            return Quarter(text.uppercased()) == nil ? "not a quarter (write 2025Q3)" : nil
        case .choice(let choices):
            return choices.contains { $0.id == text } ? nil : "pick one of the list"
        }
    }

    /// A number typed with optional thousands separators (`1,234.5`, `1_000`), or nil.
    public static func parseNumber(_ text: String) -> Double? {
        let clean = text.trimmedSpaces.filter { $0 != "," && $0 != "_" }
        guard let value = Double(clean), value.isFinite else { return nil }
        return value
    }
}

/// One entry of a choice field.
public struct FieldChoice: Sendable, Equatable {
    /// The value stored (the model's raw value or an id).
    public var id: String
    /// What the user sees.
    public var title: String

    public init(_ id: String, _ title: String) {
        self.id = id
        self.title = title
    }
}

/// A rule a field's value must meet beyond its kind.
public enum FieldRule: Sendable, Equatable {
    /// A number within `min...max` (either side open when nil), in the units typed.
    case range(min: Double?, max: Double?)
    /// The value must not be one of these (ids already taken), compared case-sensitively.
    case notIn([String], message: String)
    /// A number no greater than the number in another field (satisfied <= responses).
    case atMostField(String)
    /// An id: letters, digits, `-`, `_` and `.`, no spaces.
    case identifier

    func problem(_ text: String, kind: FieldKind, form: [FormField]) -> String? {
        switch self {
        case .range(let low, let high):
            guard let value = FieldKind.parseNumber(text) else { return nil }
            if let low, value < low {
                return high.map { "must be between \(Self.format(low)) and \(Self.format($0))" }
                    ?? "must be at least \(Self.format(low))"
            }
            if let high, value > high {
                return low.map { "must be between \(Self.format($0)) and \(Self.format(high))" }
                    ?? "must be at most \(Self.format(high))"
            }
            return nil
        case .notIn(let taken, let message):
            return taken.contains(text) ? message : nil
        case .atMostField(let other):
            guard let field = form.first(where: { $0.id == other }), let limit = FieldKind.parseNumber(field.text),
                  let value = FieldKind.parseNumber(text), value > limit else { return nil }
            return "must not exceed \(field.label.lowercased()) (\(Self.format(limit)))"
        case .identifier:
            let allowed = text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
            return allowed ? nil : "letters, digits, - _ . only"
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
