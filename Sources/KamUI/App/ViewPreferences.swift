import KamModel

/// The view choices kam remembers per workspace: the theme and, per screen, the columns,
/// sort and grouping. Stored by the caller as a small JSON text.
///
/// ```json
/// {"theme": "dark", "screens": {"accounts": {"columns": ["name", "revenue"], "sort": "revenue desc, name", "group": "manager"}}}
/// ```
public struct ViewPreferences: Sendable, Equatable {
    public var theme: String?
    public var screens: [String: ScreenPreferences]

    public init(theme: String? = nil, screens: [String: ScreenPreferences] = [:]) {
        self.theme = theme
        self.screens = screens
    }

    /// The choices for the screen named `name` (empty when none are stored).
    public subscript(screen name: String) -> ScreenPreferences {
        get { screens[name] ?? ScreenPreferences() }
        set { screens[name] = newValue.isEmpty ? nil : newValue }
    }

    /// A problem in a stored preferences text.
    public struct DecodeError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads a text written by `encoded()`. Unknown fields are ignored so that older
    /// versions of kam can read newer files.
    public static func decode(_ text: String) throws(DecodeError) -> ViewPreferences {
        let root: JSONValue
        do { root = try SettingsJSON.parse(text) } catch { throw DecodeError(message: "view preferences: \(error)") }
        guard case .object(let object) = root else { throw DecodeError(message: "view preferences: expected an object") }
        var result = ViewPreferences()
        if case .string(let theme)? = object["theme"] { result.theme = theme }
        if case .object(let screens)? = object["screens"] {
            for (name, value) in screens.members {
                guard case .object(let fields) = value else {
                    throw DecodeError(message: "view preferences: screens.\(name): expected an object")
                }
                var screen = ScreenPreferences()
                if case .array(let columns)? = fields["columns"] {
                    screen.columns = columns.compactMap { if case .string(let s) = $0 { s } else { nil } }
                }
                if case .string(let sort)? = fields["sort"] { screen.sort = sort }
                if case .string(let group)? = fields["group"] { screen.group = group }
                result[screen: name] = screen
            }
        }
        return result
    }

    /// The preferences as one line of JSON, screens in name order.
    public func encoded() -> String {
        var root = JSONObject()
        if let theme { root["theme"] = .string(theme) }
        var screenObject = JSONObject()
        for name in screens.keys.sorted() {
            guard let screen = screens[name] else { continue }
            var fields = JSONObject()
            if let columns = screen.columns { fields["columns"] = .array(columns.map(JSONValue.string)) }
            if let sort = screen.sort { fields["sort"] = .string(sort) }
            if let group = screen.group { fields["group"] = .string(group) }
            screenObject[name] = .object(fields)
        }
        if !screenObject.isEmpty { root["screens"] = .object(screenObject) }
        return SettingsJSON.write(.object(root))
    }
}

/// The remembered view choices of one screen.
public struct ScreenPreferences: Sendable, Equatable {
    /// Column ids in display order.
    public var columns: [String]?
    /// A sort spec such as `revenue desc, name`.
    public var sort: String?
    /// The field rows are grouped by.
    public var group: String?

    public init(columns: [String]? = nil, sort: String? = nil, group: String? = nil) {
        self.columns = columns
        self.sort = sort
        self.group = group
    }

    var isEmpty: Bool { columns == nil && sort == nil && group == nil }
}
