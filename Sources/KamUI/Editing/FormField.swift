import KamModel

/// One labelled field of a form: how it is typed, the text so far and the check it must pass.
///
/// Every kind keeps its value as text (a choice keeps the chosen id, yes/no keeps `yes` or
/// `no`), so the form can compare, check and redraw all fields alike.
public struct FormField: Sendable, Equatable {
    /// The field's key: the record's member name in the workspace file (`revenue`,
    /// `relationshipStrength`), so a model problem about that member lands next to it.
    public var id: String
    public var label: String
    public var kind: FieldKind
    /// The value being typed.
    public var input: TextInput
    /// What the value must be; the model's field rules do the checking.
    public var check: FieldCheck
    /// A few words after the field: the expected form or unit ("YYYY-MM-DD", "1-5").
    public var note: String?
    /// Set once the user typed in the field or left it, or tried to save: only then is
    /// its message shown, so an untouched form is not covered in complaints.
    public var isTouched = false
    /// A message from the model's own validation, shown until the field is changed.
    public var modelProblem: String?

    public init(_ id: String, _ label: String, kind: FieldKind = .text, value: String = "",
                check: FieldCheck = .free, note: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.input = TextInput(value)
        self.check = check
        self.note = note
    }

    /// The text of the value.
    public var text: String { input.text }

    /// True when an empty value is not allowed (the label gets a `*`).
    public var isRequired: Bool { check.isRequired }

    /// What is wrong with the value, or nil when it is acceptable. `form` gives the other
    /// fields, for checks that compare (CSAT satisfied answers against the responses).
    public func problem(in form: [FormField] = []) -> String? {
        check.problem(text, form: form) ?? modelProblem
    }
}

/// How a field is typed and drawn.
public enum FieldKind: Sendable, Equatable {
    /// Free text on one line.
    case text
    /// Free text whose line breaks are typed as `\n`.
    case lines
    /// A number, a count, a date or a quarter: typed, checked by the field's `FieldCheck`.
    case typed
    /// One of a fixed list: ids with their titles. Left/Right, Space or the first letter picks.
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

/// What a field's value must be, checked with the model's `FieldRules` so the form
/// accepts exactly what the workspace accepts (`12k`, `120,000`, `92%`).
public enum FieldCheck: Sendable, Equatable {
    /// Anything, or nothing.
    case free
    /// Text that must not be empty (also a choice that must be made).
    case required
    /// A number, empty for no data (revenue, gross profit, cost lines).
    case amount
    /// A number that must be given (a KPI target).
    case requiredAmount
    /// Not negative, empty for no data (category spend, days).
    case nonNegative
    /// Not negative and required (an opportunity's value, a weight).
    case requiredNonNegative
    /// A fraction 0-1 or a percentage, empty for no data (retention).
    case fraction
    /// A KPI's amber tolerance: a fraction or a percentage, not negative.
    case tolerance
    /// A rating 1-5, empty for not rated.
    case rating
    /// A whole number, empty for no data (survey answers).
    case count
    /// A count no greater than the count in field `responses`.
    case atMostCount(of: String)
    case date
    case optionalDate
    /// A quarter; `taken` lists quarters that may not be chosen, with why.
    case quarter(taken: [String] = [], message: String = "")
    case optionalQuarter
    /// A new id of `kind`, not one of `taken`.
    case newID(taken: [String], kind: String)

    public var isRequired: Bool {
        switch self {
        case .required, .requiredAmount, .requiredNonNegative, .tolerance, .date, .quarter, .newID: true
        default: false
        }
    }

    /// Why `text` is not acceptable, or nil.
    public func problem(_ text: String, form: [FormField]) -> String? {
        let empty = text.trimmedSpaces.isEmpty
        switch self {
        case .free: return nil
        case .required: return FieldRules.requiredText(text).message
        case .amount: return FieldRules.revenue(text).message
        case .requiredAmount: return FieldRules.target(text).message
        case .nonNegative: return FieldRules.nonNegative(text).message
        case .requiredNonNegative: return FieldRules.weight(text).message
        case .fraction: return FieldRules.retention(text).message
        case .tolerance: return FieldRules.tolerance(text).message
        case .rating: return FieldRules.rating(text).message
        case .count: return empty ? nil : FieldRules.count(text).message
        case .atMostCount(let other):
            guard !empty else { return nil }
            let responses = form.first { $0.id == other }.flatMap { FieldRules.count($0.text).value } ?? 0
            return FieldRules.satisfied(text, responses: responses).message
        case .date: return FieldRules.day(text).message
        case .optionalDate: return FieldRules.optionalDay(text).message
        case .quarter(let taken, let message):
            if let problem = FieldRules.quarter(text).message { return problem }
            return taken.contains(text.trimmedSpaces.uppercased()) ? message : nil
        case .optionalQuarter: return FieldRules.optionalQuarter(text).message
        case .newID(let taken, let kind): return FieldRules.newID(text, taken: taken, kind: kind).message
        }
    }
}
