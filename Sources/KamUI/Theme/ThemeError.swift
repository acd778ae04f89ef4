/// Why a theme could not be read: where (file and key path) and what is wrong.
///
/// Its description reads like `themes/x.json: roles.selection.fg: "#12345" is not a colour
/// (use a name, 0-255 or #rrggbb)`.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, or `built-in NAME` for an embedded theme.
    public var source: String
    /// The key path inside the file, such as `roles.selection.fg`; empty for the whole file.
    public var path: String
    public var message: String

    public init(source: String, path: String = "", message: String) {
        self.source = source
        self.path = path
        self.message = message
    }

    public var description: String {
        path.isEmpty ? "\(source): \(message)" : "\(source): \(path): \(message)"
    }
}
