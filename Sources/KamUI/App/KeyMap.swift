/// Which command a key runs in each scope: the table's default keys with the user's changes.
public struct KeyMap: Sendable, Equatable {
    public var table: CommandTable
    /// Keys the user bound, to long names; they win over the defaults.
    public var bindings: [Key: String]
    /// Default keys the user removed.
    public var unbound: Set<Key>

    public init(table: CommandTable = .standard, bindings: [Key: String] = [:], unbound: Set<Key> = []) {
        self.table = table
        self.bindings = bindings
        self.unbound = unbound
    }

    /// The default key map with the user's key map file applied.
    public init(table: CommandTable = .standard, file: KeyMapFile) {
        self.init(table: table, bindings: file.bindings, unbound: file.unbound)
    }

    /// The command `key` runs in `scope` (a screen or overlay name), if any.
    public func command(for key: Key, in scope: String) -> Command? {
        if let name = bindings[key], let command = table.command(named: name), command.applies(in: scope) {
            return command
        }
        guard !unbound.contains(key) else { return nil }
        return table.commands.first { $0.applies(in: scope) && $0.keys.contains(key) }
    }

    /// The keys that run `command` in `scope`, user bindings first.
    public func keys(for command: Command, in scope: String) -> [Key] {
        let user = bindings.filter { $0.value == command.name }.map(\.key)
            .sorted { KeyName.name(of: $0) < KeyName.name(of: $1) }
        let defaults = command.keys.filter { key in
            !unbound.contains(key) && !user.contains(key) && self.command(for: key, in: scope) == command
        }
        return user + defaults
    }
}
