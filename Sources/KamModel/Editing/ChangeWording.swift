/// Words for what an edit changed: "tier: maintain → key", "revenue, cost to serve".
///
/// Works on the records as the workspace file writes them, so every field (including ones
/// this version does not know) is compared the same way it is saved.
enum ChangeWording {
    /// One field whose value differs.
    struct FieldChange: Equatable {
        /// The field in words ("relationship strength").
        var label: String
        /// The old and new value in words, or nil when they are too long to show.
        var from: String?
        var to: String?
    }

    /// The members that differ between two encoded records, in the order of `after`
    /// (removed members at the end), skipping the keys in `ignoring`.
    static func changes(_ before: JSONObject, _ after: JSONObject, ignoring: Set<String> = []) -> [FieldChange] {
        var keys: [String] = []
        for key in after.keys + before.keys where !ignoring.contains(key) && !keys.contains(key) {
            keys.append(key)
        }
        return keys.compactMap { key in
            let old = before[key]
            let new = after[key]
            guard old != new else { return nil }
            let from = old.map { value(of: key, $0) } ?? "none"
            let to = new.map { value(of: key, $0) } ?? "none"
            let showable = from.count <= 40 && to.count <= 40 && !from.contains("\n") && !to.contains("\n")
            return FieldChange(label: words(key), from: showable ? from : nil, to: showable ? to : nil)
        }
    }

    /// "Changed tier of Acme GmbH: maintain → key" for one change, "Edited Acme GmbH (tier,
    /// notes)" for several, `fallback` when nothing differs.
    /// `labelPrefix` goes before a single change's label ("2025Q3 " + "revenue").
    static func sentence(_ changes: [FieldChange], of subject: String, edited: String, fallback: String,
                         labelPrefix: String = "") -> String {
        guard let first = changes.first else { return fallback }
        if changes.count == 1 {
            if let from = first.from, let to = first.to {
                return "Changed \(labelPrefix)\(first.label) of \(subject): \(from) → \(to)"
            }
            return "Changed \(labelPrefix)\(first.label) of \(subject)"
        }
        let labels = changes.prefix(4).map(\.label).joined(separator: ", ")
        return "\(edited) (\(labels)\(changes.count > 4 ? ", ..." : ""))"
    }

    /// Keys whose string values are enumeration cases, written in words ("proposal sent").
    private static let enumerationKeys: Set<String> = [
        "tier", "status", "role", "attitude", "coverage", "stage", "kind", "direction",
    ]

    /// A value in words: strings as they are (enumeration cases in words), numbers as the
    /// file writes them, objects and arrays as one line of JSON.
    static func value(of key: String, _ value: JSONValue) -> String {
        switch value {
        case .string(let text): enumerationKeys.contains(key) ? words(text) : text
        case .number(let number): RangeRules.format(number)
        case .bool(let flag): flag ? "yes" : "no"
        case .null: "none"
        case .array, .object: String(decoding: JSONWriter.inline(value), as: UTF8.self)
        }
    }

    /// A camel-case name in lower-case words: `relationshipStrength` → "relationship strength".
    static func words(_ name: String) -> String {
        var text = ""
        for character in name {
            if character.isUppercase, !text.isEmpty {
                text += " " + character.lowercased()
            } else {
                text.append(character)
            }
        }
        return text.lowercased() == "nps" || text.lowercased() == "csat" ? text.uppercased() : text
    }

    /// "a call", "an email": the kind of an activity with its article.
    static func withArticle(_ kind: ActivityKind) -> String {
        kind == .email ? "an email" : "a \(kind.rawValue)"
    }
}

extension JSONLayout {
    /// The value the layout writes, without its layout.
    var value: JSONValue {
        switch self {
        case .inline(let value): value
        case .expandedArray(let elements): .array(elements.map(\.value))
        case .expandedObject(let members): .object(JSONObject(members.map { ($0.key, $0.value.value) }))
        }
    }
}
