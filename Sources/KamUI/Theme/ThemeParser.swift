import Foundation

/// Reads the JSON of a theme file into a `Theme`, with errors that name the key at fault.
enum ThemeParser {
    /// A JSON value, just enough to read theme files.
    enum Value: Decodable {
        case bool(Bool)
        case number(Double)
        case string(String)
        case object([String: Value])
        case array([Value])
        case null

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([String: Value].self) { self = .object(value) }
            else { self = .array(try container.decode([Value].self)) }
        }

        /// The value as the file wrote it, for messages.
        var quoted: String {
            switch self {
            case .bool(let b): return String(b)
            case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
            case .string(let s): return "\"\(s)\""
            case .object: return "an object"
            case .array: return "a list"
            case .null: return "null"
            }
        }
    }

    static let topKeys = ["name", "description", "monochrome", "roles"]
    static let roleKeys = ["fg", "bg", "bold", "underline", "reverse"]

    /// The theme in `data`; `source` names the file in errors, `fallbackName` is used
    /// when the file has no `name`.
    static func parse(_ data: Data, source: String, fallbackName: String) throws(ThemeError) -> Theme {
        let root: Value
        do {
            root = try JSONDecoder().decode(Value.self, from: data)
        } catch {
            throw ThemeError(source: source, message: "not valid JSON (\(describe(error)))")
        }
        guard case .object(let top) = root else {
            throw ThemeError(source: source, message: "expected an object with \"name\" and \"roles\"")
        }
        for key in top.keys.sorted() where !topKeys.contains(key) {
            throw ThemeError(source: source, path: key, message: "unknown key (use \(list(topKeys)))")
        }
        var name = fallbackName
        if let value = top["name"] {
            guard case .string(let text) = value, !text.isEmpty else {
                throw ThemeError(source: source, path: "name", message: "\(value.quoted) is not a theme name")
            }
            name = text
        }
        var monochrome = false
        if let value = top["monochrome"] {
            guard case .bool(let flag) = value else {
                throw ThemeError(source: source, path: "monochrome", message: "\(value.quoted) is not true or false")
            }
            monochrome = flag
        }
        guard case .object(let members)? = top["roles"] else {
            throw ThemeError(source: source, path: "roles", message: "missing or not an object of role -> colours")
        }
        var roles: [Role: RoleColors] = [:]
        for key in members.keys.sorted() {
            guard let role = Role(rawValue: key) else {
                throw ThemeError(source: source, path: "roles.\(key)",
                                 message: "unknown role (roles are \(list(Role.allCases.map(\.rawValue))))")
            }
            roles[role] = try roleColors(members[key] ?? .null, path: "roles.\(key)", source: source,
                                         monochrome: monochrome)
        }
        return Theme(name: name, isMonochrome: monochrome, roles: roles)
    }

    static func roleColors(_ value: Value, path: String, source: String, monochrome: Bool) throws(ThemeError)
        -> RoleColors {
        guard case .object(let fields) = value else {
            throw ThemeError(source: source, path: path, message: "expected an object such as {\"fg\": \"white\"}")
        }
        for key in fields.keys.sorted() where !roleKeys.contains(key) {
            throw ThemeError(source: source, path: "\(path).\(key)", message: "unknown key (use \(list(roleKeys)))")
        }
        var colors = RoleColors()
        colors.foreground = try color(fields["fg"], path: "\(path).fg", source: source, monochrome: monochrome)
        colors.background = try color(fields["bg"], path: "\(path).bg", source: source, monochrome: monochrome)
        colors.bold = try flag(fields["bold"], path: "\(path).bold", source: source)
        colors.underline = try flag(fields["underline"], path: "\(path).underline", source: source)
        colors.reverse = try flag(fields["reverse"], path: "\(path).reverse", source: source)
        return colors
    }

    static func color(_ value: Value?, path: String, source: String, monochrome: Bool) throws(ThemeError)
        -> ThemeColor {
        guard let value else { return .terminalDefault }
        var parsed: ThemeColor?
        switch value {
        case .string(let text): parsed = ThemeColor(parsing: text)
        case .number(let n) where n == n.rounded() && (0...255).contains(n): parsed = .indexed(Int(n))
        default: parsed = nil
        }
        guard let parsed else {
            throw ThemeError(source: source, path: path,
                             message: "\(value.quoted) is not a colour (use a name, 0-255 or #rrggbb)")
        }
        if monochrome && parsed != .terminalDefault {
            throw ThemeError(source: source, path: path,
                             message: "a monochrome theme uses no colours (use \"default\", bold, underline, reverse)")
        }
        return parsed
    }

    static func flag(_ value: Value?, path: String, source: String) throws(ThemeError) -> Bool {
        guard let value else { return false }
        guard case .bool(let flag) = value else {
            throw ThemeError(source: source, path: path, message: "\(value.quoted) is not true or false")
        }
        return flag
    }

    static func list(_ words: [String]) -> String { words.joined(separator: ", ") }

    /// A short account of a JSON syntax error.
    static func describe(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return String(describing: error)
    }
}
