/// A form field's text that is not a valid value: the message says why, in plain words.
public struct FieldError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension Result where Failure == FieldError {
    /// The message to show under the field, or nil when the text is valid.
    public var message: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }

    /// The value, or nil when the text is not valid.
    public var value: Success? { try? get() }
}

/// The checks a form runs on each field as it is typed: text in, value or message out.
///
/// Rules match the workspace validation (`WorkspaceValidation`), so a value a rule accepts
/// is never refused when the edit is applied. Empty text means "no data" (nil) for
/// optional figures. Numbers may use `_`, `'`, `,` or spaces between digit groups
/// (`120,000`), a `k` or `m` suffix (`12k`), and fractions may be given as percentages
/// (`92%` for 0.92).
public enum FieldRules {
    /// Revenue in the quarter: any finite number, empty for no data.
    public static func revenue(_ text: String) -> Result<Double?, FieldError> { optional(text, amount) }
    /// Gross profit: any finite number (a loss is negative), empty for no data.
    public static func grossProfit(_ text: String) -> Result<Double?, FieldError> { optional(text, amount) }
    /// One cost-to-serve line: a finite number, empty for 0.
    public static func costLine(_ text: String) -> Result<Double, FieldError> {
        trimmed(text).isEmpty ? .success(0) : amount(text)
    }
    /// Category spend, resolution and turnaround days: not negative, empty for no data.
    public static func nonNegative(_ text: String) -> Result<Double?, FieldError> {
        optional(text) { text in
            number(text).flatMap { $0 < 0 ? .failure(FieldError("must not be negative")) : .success($0) }
        }
    }
    /// Retention as a probability 0 to 1 (or a percentage, `92%`), empty for no data.
    public static func retention(_ text: String) -> Result<Double?, FieldError> {
        optional(text) { fraction($0, "must be between 0 and 1, or a percentage such as 92%") }
    }
    /// Attractiveness or relationship strength: 1 to 5, empty for not rated.
    public static func rating(_ text: String) -> Result<Double?, FieldError> {
        optional(text) { text in
            number(text).flatMap { (1...5).contains($0) ? .success($0) : .failure(FieldError("must be between 1 and 5")) }
        }
    }
    /// A survey answer count: a whole number, not negative.
    public static func count(_ text: String) -> Result<Int, FieldError> {
        number(text).flatMap { value in
            guard value.rounded() == value, abs(value) < 1e12 else { return .failure(FieldError("must be a whole number")) }
            return value < 0 ? .failure(FieldError("must not be negative")) : .success(Int(value))
        }
    }
    /// CSAT satisfied answers, which cannot exceed the responses.
    public static func satisfied(_ text: String, responses: Int) -> Result<Int, FieldError> {
        count(text).flatMap { $0 > responses ? .failure(FieldError("must not exceed the \(responses) responses")) : .success($0) }
    }
    /// A custom measure's value: any finite number, empty to remove it.
    public static func customValue(_ text: String) -> Result<Double?, FieldError> { optional(text, amount) }
    /// An opportunity's value: not negative.
    public static func opportunityValue(_ text: String) -> Result<Double, FieldError> {
        number(text).flatMap { $0 < 0 ? .failure(FieldError("must not be negative")) : .success($0) }
    }
    /// A KPI target: any finite number.
    public static func target(_ text: String) -> Result<Double, FieldError> { amount(text) }
    /// A KPI or perspective weight: not negative.
    public static func weight(_ text: String) -> Result<Double, FieldError> { opportunityValue(text) }
    /// A KPI's amber tolerance as a fraction of the target (`0.1` or `10%`): not negative.
    public static func tolerance(_ text: String) -> Result<Double, FieldError> {
        percentOrNumber(text).flatMap { $0 < 0 ? .failure(FieldError("must not be negative")) : .success($0) }
    }
    /// The yearly discount rate or an ABC threshold: 0 to 1 (or `10%`).
    public static func rate(_ text: String) -> Result<Double, FieldError> {
        fraction(text, "must be between 0 and 1, or a percentage such as 10%")
    }
    /// A number of days in the settings: a whole number, at least 1.
    public static func days(_ text: String) -> Result<Int, FieldError> {
        count(text).flatMap { $0 < 1 ? .failure(FieldError("must be at least 1")) : .success($0) }
    }
    /// A date written `YYYY-MM-DD`.
    public static func day(_ text: String) -> Result<Day, FieldError> {
        Day(trimmed(text)).map { .success($0) } ?? .failure(FieldError("must be a date written YYYY-MM-DD, such as 2025-07-14"))
    }
    /// An optional date: empty for none.
    public static func optionalDay(_ text: String) -> Result<Day?, FieldError> { optional(text, day) }
    /// A quarter written `YYYYQn`.
    public static func quarter(_ text: String) -> Result<Quarter, FieldError> {
        Quarter(trimmed(text).uppercased()).map { .success($0) }
            ?? .failure(FieldError("must be a quarter written YYYYQn, such as 2025Q3"))
    }
    /// An optional quarter: empty for none.
    public static func optionalQuarter(_ text: String) -> Result<Quarter?, FieldError> { optional(text, quarter) }
    /// A name or title that must not be empty.
    public static func requiredText(_ text: String) -> Result<String, FieldError> {
        let value = trimmed(text)
        return value.isEmpty ? .failure(FieldError("must not be empty")) : .success(value)
    }
    /// A new id: not empty, no spaces, and not one of `taken` (the ids of its kind in use).
    public static func newID(_ text: String, taken: [String], kind: String) -> Result<String, FieldError> {
        requiredText(text).flatMap { id in
            if id.contains(where: \.isWhitespace) { return .failure(FieldError("must not contain spaces")) }
            return taken.contains(id) ? .failure(FieldError("is already the id of another \(kind)")) : .success(id)
        }
    }
    /// A currency: a three-letter ISO 4217 code (`eur` is read as `EUR`).
    public static func currency(_ text: String) -> Result<String, FieldError> {
        let code = trimmed(text).uppercased()
        let letters = Array(code.utf8)
        guard letters.count == 3, letters.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            return .failure(FieldError("must be a three-letter currency code such as EUR"))
        }
        return .success(code)
    }
    /// An optional email address: empty for none.
    public static func email(_ text: String) -> Result<String?, FieldError> {
        optional(text) { text in
            let value = trimmed(text)
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !value.contains(where: \.isWhitespace) else {
                return .failure(FieldError("must be an email address such as ana@example.com"))
            }
            return .success(value)
        }
    }
    /// One of an enumeration's cases, by its raw value or title, in any letter case.
    public static func choice<E: RawRepresentable & CaseIterable>(_ text: String, title: (E) -> String) -> Result<E, FieldError>
    where E.RawValue == String {
        let wanted = trimmed(text).lowercased()
        if let match = E.allCases.first(where: { $0.rawValue.lowercased() == wanted || title($0).lowercased() == wanted }) {
            return .success(match)
        }
        return .failure(FieldError("must be one of: " + E.allCases.map(title).joined(separator: ", ")))
    }
    /// A manager id that exists in `workspace`.
    public static func manager(_ text: String, in workspace: Workspace) -> Result<String, FieldError> {
        let id = trimmed(text)
        if workspace.manager(id: id) != nil { return .success(id) }
        if let byName = workspace.managers.first(where: { $0.name.lowercased() == id.lowercased() }) { return .success(byName.id) }
        return .failure(FieldError("must be one of the managers: " + workspace.managers.map(\.name).joined(separator: ", ")))
    }
}
