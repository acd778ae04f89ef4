import KamModel

/// A filter over the account list, parsed from what the user types:
/// `manager:Smith tier:key segment:"Public sector" revenue>100000 status:lost acme`.
///
/// Terms are separated by spaces and all must hold. `field:text` matches when the field
/// contains the text (any case); `tier:`, `status:` and `card:` must name a value exactly.
/// `column>n`, `>=`, `<`, `<=`, `=` compare a numeric column (`100k`, `1.5M` allowed); a
/// term without a field matches the name, manager, segment or industry. A leading `-`
/// negates a term. Double quotes keep spaces inside a value.
public struct AccountFilter: Sendable, Equatable {
    /// One condition.
    enum Term: Sendable, Equatable {
        case anyText(String)
        case contains(field: String, text: String)
        case equals(field: String, value: String)
        case compare(column: String, op: Comparison, value: Double)
    }

    /// A numeric comparison.
    enum Comparison: String, Sendable, CaseIterable {
        case atLeast = ">=", atMost = "<=", more = ">", less = "<", equal = "="
        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .atLeast: a >= b
            case .atMost: a <= b
            case .more: a > b
            case .less: a < b
            case .equal: a == b
            }
        }
    }

    /// The text as typed, shown in the status line.
    public let text: String
    let terms: [(term: Term, negated: Bool)]

    public static func == (lhs: AccountFilter, rhs: AccountFilter) -> Bool { lhs.text == rhs.text }

    /// Fields matched as text.
    static let textFields = ["name", "manager", "segment", "industry"]
    /// Fields that must name one value exactly, with their values.
    static let choiceFields: [String: [String]] = [
        "tier": Tier.allCases.map(\.rawValue),
        "status": AccountStatus.allCases.map(\.rawValue),
        "card": RAGStatus.allCases.map(\.rawValue),
    ]

    /// A filter that went wrong: the message says which term and why.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The filter that keeps every account.
    public init() {
        text = ""
        terms = []
    }

    /// Parses a filter; an empty text gives an empty filter that keeps every account.
    public init(_ text: String) throws(ParseError) {
        self.text = text.trimmedSpaces
        var terms: [(Term, Bool)] = []
        for word in try Self.words(text) {
            var word = word
            let negated = word.hasPrefix("-") && word.count > 1
            if negated { word.removeFirst() }
            terms.append((try Self.term(word), negated))
        }
        self.terms = terms
    }

    /// Whether the filter keeps every account.
    public var isEmpty: Bool { terms.isEmpty }

    /// Whether this filter keeps only accounts that `other` keeps too: its terms begin
    /// with all of `other`'s (typing more terms narrows a filter).
    func narrows(_ other: AccountFilter) -> Bool {
        other.terms.count <= terms.count
            && zip(other.terms, terms).allSatisfy { $0.term == $1.term && $0.negated == $1.negated }
    }

    /// Whether `row` passes every term.
    public func matches(_ row: AccountRow) -> Bool {
        terms.allSatisfy { entry in Self.holds(entry.term, row) != entry.negated }
    }

    static func holds(_ term: Term, _ row: AccountRow) -> Bool {
        switch term {
        case .anyText(let text):
            return [row.name, row.managerName, row.segment, row.industry].contains { contains($0, text) }
        case .contains(let field, let text):
            switch field {
            case "name": return contains(row.name, text)
            case "manager": return contains(row.managerName, text) || row.manager.lowercased() == text.lowercased()
            case "segment": return contains(row.segment, text)
            default: return contains(row.industry, text)
            }
        case .equals(let field, let value):
            switch field {
            case "tier": return row.tier.rawValue == value
            case "status": return row.status.rawValue == value
            default: return row.scorecard.overallStatus?.rawValue == value
            }
        case .compare(let column, let op, let value):
            guard let actual = AccountColumn.named(column)?.value(row).number else { return false }
            return op.holds(actual, value)
        }
    }

    static func contains(_ text: String, _ part: String) -> Bool {
        text.lowercased().contains(part.lowercased())
    }

    /// Splits on spaces outside double quotes, removing the quotes.
    static func words(_ text: String) throws(ParseError) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for c in text {
            if c == "\"" { quoted.toggle(); started = true; continue }
            if c == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(c)
                started = true
            }
        }
        if quoted { throw ParseError(message: "filter: a double quote is not closed") }
        if started { words.append(current) }
        return words
    }

    static func term(_ word: String) throws(ParseError) -> Term {
        let colon = word.firstIndex(of: ":")
        for op in Comparison.allCases {
            guard let range = word.firstRange(of: op.rawValue), colon.map({ $0 > range.lowerBound }) ?? true
            else { continue }
            let column = String(word[..<range.lowerBound]).lowercased()
            let number = String(word[range.upperBound...])
            guard let col = AccountColumn.named(column), col.isNumeric else {
                let numeric = AccountColumn.all.filter(\.isNumeric).map(\.id).joined(separator: ", ")
                throw ParseError(message: "filter: \(word): \(column.isEmpty ? "missing column" : "\(column) is not a numeric column") (numeric: \(numeric))")
            }
            guard let value = parseNumber(number) else {
                throw ParseError(message: "filter: \(word): expected a number after \(op.rawValue), such as 100000 or 100k")
            }
            return .compare(column: col.id, op: op, value: value)
        }
        guard let colon else { return .anyText(word) }
        let field = word[..<colon].lowercased()
        let value = String(word[word.index(after: colon)...])
        guard !value.isEmpty else { throw ParseError(message: "filter: \(word): nothing after the colon") }
        if textFields.contains(field) { return .contains(field: field, text: value) }
        if let choices = choiceFields[field] {
            guard let match = choices.first(where: { $0.lowercased() == value.lowercased() }) else {
                throw ParseError(message: "filter: \(word): no \(field) \(value) (\(choices.joined(separator: ", ")))")
            }
            return .equals(field: field, value: match)
        }
        let fields = (textFields + choiceFields.keys.sorted()).joined(separator: ", ")
        throw ParseError(message: "filter: \(word): unknown field \(field) (fields: \(fields))")
    }

    /// `100000`, `100k`, `1.5M`, `-20`.
    static func parseNumber(_ text: String) -> Double? {
        var text = text.replacing("_", with: "")
        var scale = 1.0
        switch text.last {
        case "k", "K": scale = 1e3
        case "m", "M": scale = 1e6
        case "b", "B": scale = 1e9
        default: break
        }
        if scale != 1 { text.removeLast() }
        guard let n = Double(text), n.isFinite else { return nil }
        return n * scale
    }

    /// Completions for the word being typed in a filter: field names, then values.
    static func completions(for word: String, workspace: Workspace) -> [String] {
        if let colon = word.firstIndex(of: ":") {
            let field = word[..<colon].lowercased()
            let values: [String]
            switch field {
            case "segment": values = workspace.segments.map { $0.contains(" ") ? "\"\($0)\"" : $0 }
            case "manager": values = workspace.managers.map { $0.name.contains(" ") ? "\"\($0.name)\"" : $0.name }
            default: values = choiceFields[field] ?? []
            }
            return values.map { "\(field):\($0)" }
        }
        return (textFields + choiceFields.keys.sorted()).map { $0 + ":" }
            + AccountColumn.all.filter(\.isNumeric).map { $0.id + ">" }
    }
}
