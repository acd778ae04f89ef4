/// One command of the cockpit: a long name, its default keys, its help text and where it applies.
///
/// Keys bind to long names, never to code: dispatch, the help overlay, the status-line
/// hints, the `:` command line and the user's key map all read the same table.
public struct Command: Sendable, Equatable {
    /// The long name, such as `cursor-down`.
    public var name: String
    /// Other names the command line accepts, such as `sort` for `sort-by-column`.
    public var aliases: [String]
    /// The keys bound by default.
    public var keys: [Key]
    /// One line of help.
    public var help: String
    /// The scopes (screen or overlay names) it applies to; empty means every screen.
    public var scopes: [String]
    /// What the command takes after its name on the command line, if anything.
    public var argument: CommandArgument
    /// A one-word label for the status-line hints; nil keeps it out of the hints.
    public var hint: String?

    public init(_ name: String, aliases: [String] = [], keys: [Key] = [], help: String,
                scopes: [String] = [], argument: CommandArgument = .none, hint: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.keys = keys
        self.help = help
        self.scopes = scopes
        self.argument = argument
        self.hint = hint
    }

    /// True when the command applies in `scope` (a screen or overlay name).
    public func applies(in scope: String) -> Bool {
        scopes.isEmpty || scopes.contains(scope)
    }
}

/// What a command accepts after its name on the `:` command line, which drives completion.
public enum CommandArgument: Sendable, Equatable {
    /// Nothing.
    case none
    /// A column name, or a comma-separated list of them (`revenue desc, name` for sort).
    case columns
    /// One of a fixed set of words.
    case choice([String])
    /// A quarter such as `2025Q3`.
    case quarter
    /// A theme name.
    case theme
    /// Free text (a filter or a search).
    case text
    /// A scorecard scope: `portfolio`, `manager NAME`, `segment NAME`, `account NAME`.
    case scope
}
