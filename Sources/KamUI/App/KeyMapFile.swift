import KamModel

/// The user's key map file (`$XDG_CONFIG_HOME/kam/keys.json`): keys rebound to long names.
///
/// ```json
/// {"bind": {"ctrl-n": "cursor-down", "J": "page-down"}, "unbind": ["g"]}
/// ```
public struct KeyMapFile: Sendable, Equatable {
    public var bindings: [Key: String]
    public var unbound: Set<Key>

    public init(bindings: [Key: String] = [:], unbound: Set<Key> = []) {
        self.bindings = bindings
        self.unbound = unbound
    }

    /// A problem in the file, with where it is: `keys.json: bind."ctrl-": not a key name`.
    public struct LoadError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads the file's text; `fileName` starts every error message.
    public static func parse(_ text: String, fileName: String = "keys.json",
                             table: CommandTable = .standard) throws(LoadError) -> KeyMapFile {
        func fail(_ what: String) -> LoadError { LoadError(message: "\(fileName): \(what)") }
        let root: JSONValue
        do { root = try SettingsJSON.parse(text) } catch { throw fail(error.description) }
        guard case .object(let object) = root else { throw fail("expected an object with bind and unbind") }
        var file = KeyMapFile()
        for (field, value) in object.members {
            switch field {
            case "bind":
                guard case .object(let binds) = value else { throw fail("bind: expected an object of key: command") }
                for (name, command) in binds.members {
                    let path = "bind.\(SettingsJSON.quote(name))"
                    guard let key = KeyName.key(named: name) else { throw fail("\(path): not a key name") }
                    guard case .string(let commandName) = command else {
                        throw fail("\(path): expected a command's long name in quotes")
                    }
                    guard let found = table.command(named: commandName) else {
                        throw fail("\(path): no command named \(SettingsJSON.quote(commandName))")
                    }
                    file.bindings[key] = found.name
                }
            case "unbind":
                guard case .array(let items) = value else { throw fail("unbind: expected a list of key names") }
                for (i, item) in items.enumerated() {
                    guard case .string(let name) = item, let key = KeyName.key(named: name) else {
                        throw fail("unbind[\(i)]: not a key name")
                    }
                    file.unbound.insert(key)
                }
            default:
                throw fail("\(SettingsJSON.quote(field)): unknown field (expected bind or unbind)")
            }
        }
        return file
    }
}
