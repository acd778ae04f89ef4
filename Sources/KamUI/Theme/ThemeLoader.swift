import Foundation

/// A theme the user can pick: its name and where it comes from.
public struct ThemeEntry: Sendable, Hashable {
    /// What to pass to `ThemeLoader.load`: the file name without `.json`.
    public var name: String
    /// The file it is read from, or nil for a theme built into kam.
    public var path: String?

    public init(name: String, path: String?) {
        self.name = name
        self.path = path
    }
}

/// Finds, lists and reads themes: from files in a list of folders, then the built-in copies.
///
/// The caller decides the folders, in order of precedence (for kam:
/// `$XDG_CONFIG_HOME/kam/themes`, then the `themes/` folder of the installation).
/// A file `NAME.json` in an earlier folder hides a later one and the built-in `NAME`.
public struct ThemeLoader: Sendable {
    public var folders: [String]
    public var includesBuiltIns: Bool

    public init(folders: [String], includesBuiltIns: Bool = true) {
        self.folders = folders
        self.includesBuiltIns = includesBuiltIns
    }

    /// The theme called `nameOrPath`, or read from that file when it contains a `/` or ends in `.json`.
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
            return try Self.read(path: nameOrPath)
        }
        if let entry = available().first(where: { $0.name == nameOrPath }) {
            if let path = entry.path { return try Self.read(path: path) }
            if let source = BuiltInThemes.source(named: entry.name) {
                return try Self.parse(source, source: "built-in \(entry.name)", fallbackName: entry.name)
            }
        }
        let names = available().map(\.name).joined(separator: ", ")
        throw ThemeError(source: nameOrPath, message: "no such theme (available: \(names))")
    }

    /// Every theme that can be loaded by name, sorted by name; where several share a name,
    /// the one `load` would pick.
    public func available() -> [ThemeEntry] {
        var found: [String: ThemeEntry] = [:]
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files.sorted() where file.hasSuffix(".json") && !file.hasPrefix(".") {
                let name = String(file.dropLast(".json".count))
                if found[name] == nil {
                    found[name] = ThemeEntry(name: name, path: (folder as NSString).appendingPathComponent(file))
                }
            }
        }
        if includesBuiltIns {
            for name in BuiltInThemes.names where found[name] == nil {
                found[name] = ThemeEntry(name: name, path: nil)
            }
        }
        return found.values.sorted { $0.name < $1.name }
    }

    /// The theme in the file at `path`; its name defaults to the file name.
    public static func read(path: String) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(source: path, message: "cannot read the file")
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try ThemeParser.parse(data, source: path, fallbackName: name)
    }

    /// The theme in the JSON `text`; `source` names it in errors.
    public static func parse(_ text: String, source: String, fallbackName: String = "custom") throws(ThemeError)
        -> Theme {
        try ThemeParser.parse(Data(text.utf8), source: source, fallbackName: fallbackName)
    }
}

extension Theme {
    /// The built-in theme `name`, or nil if kam has none by that name.
    public static func builtIn(_ name: String) -> Theme? {
        guard let source = BuiltInThemes.source(named: name) else { return nil }
        return try? ThemeLoader.parse(source, source: "built-in \(name)", fallbackName: name)
    }

    /// The default dark theme.
    public static let `default`: Theme = builtIn("default") ?? Theme(name: "default", roles: [:])

    /// No colours at all, only bold, underline and reverse: for `NO_COLOR` and monochrome terminals.
    public static let mono: Theme = builtIn("mono")
        ?? Theme(name: "mono", isMonochrome: true, roles: [.selection: RoleColors(bold: true, reverse: true)])
}
