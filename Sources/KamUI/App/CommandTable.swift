/// The table of every command the cockpit knows, in the order the help overlay lists them.
public struct CommandTable: Sendable, Equatable {
    public var commands: [Command]

    public init(_ commands: [Command]) {
        self.commands = commands
    }

    /// The command with this long name or alias.
    ///
    /// Names and aliases are unique within a scope; when `scopes` are given, a command that
    /// applies in the first of them wins, then the next (so `:scope` means the current
    /// screen's scope command).
    public func command(named name: String, preferring scopes: [String] = []) -> Command? {
        for scope in scopes {
            if let found = commands.first(where: { ($0.name == name || $0.aliases.contains(name)) && $0.applies(in: scope) }) {
                return found
            }
        }
        return commands.first { $0.name == name } ?? commands.first { $0.aliases.contains(name) }
    }

    /// Every name and alias the command line accepts, sorted.
    public var allNames: [String] {
        Array(Set(commands.flatMap { [$0.name] + $0.aliases })).sorted()
    }

    /// The scopes any command names, plus `""` for commands that apply everywhere.
    public var scopes: [String] {
        Array(Set(commands.flatMap(\.scopes))).sorted()
    }

    /// The full table: the commands every screen shares, each registered screen's own
    /// commands, and the overlays' commands.
    public static let standard = CommandTable(
        common + ScreenRegistry.standard.flatMap(\.commands) + EditCommands.all + overlays)

    /// Commands that apply on every screen: moving, paging, screens, quarters, help, quit.
    public static let common: [Command] = [
        Command("cursor-down", keys: [.down, .character("j")], help: "Move the cursor down one line"),
        Command("cursor-up", keys: [.up, .character("k")], help: "Move the cursor up one line"),
        Command("page-down", keys: [.pageDown, .control("f")], help: "Move down one page"),
        Command("page-up", keys: [.pageUp, .control("b")], help: "Move up one page"),
        Command("half-page-down", keys: [.control("d")], help: "Move down half a page"),
        Command("half-page-up", keys: [.control("u")], help: "Move up half a page"),
        Command("top", keys: [.home, .character("g")], help: "Go to the first line"),
        Command("bottom", keys: [.end, .character("G")], help: "Go to the last line"),
        Command("back", keys: [.escape], help: "Close the overlay or go back one screen"),
        Command("back-or-quit", keys: [.character("q")],
                help: "Go back one screen; quit on the top screen", hint: "quit"),
        Command("quit", aliases: ["q"], keys: [.character("Q")], help: "Quit kam (:q)"),
        Command("help", keys: [.character("?")], help: "Show every command and its keys", hint: "help"),
        Command("command-line", keys: [.character(":")],
                help: "Type a command by its long name (Tab completes)", hint: "cmd"),
        Command("next-quarter", keys: [.character("]")], help: "Show the next quarter"),
        Command("previous-quarter", keys: [.character("[")], help: "Show the previous quarter"),
        Command("go-to-quarter", aliases: ["quarter"], help: "Show a quarter: :quarter 2025Q3",
                argument: .quarter),
        Command("pick-theme", aliases: ["theme"], keys: [.character("T")],
                help: "Pick a colour theme: :theme NAME", argument: .theme),
    ] + ScreenRegistry.standard.compactMap { screen in
        screen.slot.map { slot in
            Command("screen-\(slot)", keys: [.character(Character(String(slot)))],
                    help: "Show the \(screen.title) screen")
        }
    }

    /// Commands of the pick lists (column chooser, theme picker) that pop over a screen.
    public static let overlays: [Command] = [
        Command("select-item", keys: [.enter], help: "Apply the choice and close the list",
                scopes: [OverlayScope.columns, OverlayScope.themes, OverlayScope.choice],
                hint: "apply"),
        Command("toggle-column", keys: [.character(" ")], help: "Show or hide the column under the cursor",
                scopes: [OverlayScope.columns], hint: "toggle"),
        Command("move-column-up", keys: [.character("K")], help: "Move the column one place to the left",
                scopes: [OverlayScope.columns], hint: "move"),
        Command("move-column-down", keys: [.character("J")], help: "Move the column one place to the right",
                scopes: [OverlayScope.columns]),
    ]
}

/// The scope names of the overlays, for commands that apply only there.
public enum OverlayScope {
    public static let help = "help"
    public static let columns = "column-chooser"
    public static let themes = "theme-picker"
    /// A list that picks one item for a screen's command (a tier, a view scope).
    public static let choice = "choice-list"
}
