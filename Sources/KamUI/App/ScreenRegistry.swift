import KamModel

/// A screen kam knows by name: how to open it and the commands that belong to it.
public struct ScreenEntry: Sendable {
    /// The name `kam render` takes and the scope of its commands.
    public var name: String
    /// Its number for the `1`..`9` keys, for a top-level screen.
    public var slot: Int?
    /// What the help and the title bar call it.
    public var title: String
    /// True when it shows one account and needs an account id to open.
    public var needsAccount: Bool
    /// The commands that apply only on this screen.
    public var commands: [Command]
    /// Opens the screen; `account` is the account id for screens that need one.
    public var open: @Sendable (_ context: ScreenContext, _ account: String?) throws(ScreenOpenError) -> any Screen

    public init(name: String, slot: Int? = nil, title: String, needsAccount: Bool = false, commands: [Command] = [],
                open: @escaping @Sendable (ScreenContext, String?) throws(ScreenOpenError) -> any Screen) {
        self.name = name
        self.slot = slot
        self.title = title
        self.needsAccount = needsAccount
        self.commands = commands
        self.open = open
    }
}

/// Why a screen could not open: a message for the user.
public struct ScreenOpenError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The screens kam knows, in the order `kam render` lists them.
public enum ScreenRegistry {
    /// Every registered screen. Register a new screen by adding its entry here.
    public static let standard: [ScreenEntry] = [
        AccountListScreen.entry,
        AccountPageScreen.entry,
        ScorecardScreen.entry,
        ProfitabilityScreen.entry,
        SegmentationScreen.entry,
        PipelineScreen.entry,
    ]

    /// The entry with this name.
    public static func entry(named name: String) -> ScreenEntry? {
        standard.first { $0.name == name }
    }

    /// The top-level screen on key `slot` (1...9).
    public static func entry(slot: Int) -> ScreenEntry? {
        standard.first { $0.slot == slot }
    }
}
