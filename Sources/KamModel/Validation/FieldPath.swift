/// Where a value sits in a workspace: `accounts[12].quarters["2025Q3"].revenue`.
///
/// Keys that are plain identifiers are written `.name`; any other key (a quarter such
/// as `2025Q3`, a custom measure with spaces) is written `["key"]`.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    /// One step of a path: a member of an object or an element of an array.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The workspace itself.
    public static let root = FieldPath()

    /// This path followed by an object member.
    public func appending(_ key: String) -> FieldPath { FieldPath(components + [.key(key)]) }

    /// This path followed by an array element.
    public func appending(_ index: Int) -> FieldPath { FieldPath(components + [.index(index)]) }

    public static func / (path: FieldPath, key: String) -> FieldPath { path.appending(key) }
    public subscript(index: Int) -> FieldPath { appending(index) }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where FieldPath.isIdentifier(key):
                text += text.isEmpty ? key : "." + key
            case .key(let key):
                text += "[\"\(key.unicodeScalars.map { $0 == "\"" || $0 == "\\" ? "\\\($0)" : String($0) }.joined())\"]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return key.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
    }
}
