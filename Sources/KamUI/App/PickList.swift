import KamModel

/// A list that pops over a screen to pick from: the column chooser and the theme picker.
///
/// On `select-item` the app runs `command` with the picked ids as its argument (joined
/// with commas), through the same path as the `:` command line.
public struct PickList: Sendable, Equatable {
    /// One line of the list.
    public struct Item: Sendable, Equatable {
        public var id: String
        public var label: String
        /// Ticked, in a list where several items can be picked.
        public var checked: Bool

        public init(id: String, label: String, checked: Bool = false) {
            self.id = id
            self.label = label
            self.checked = checked
        }
    }

    public var title: String
    public var items: [Item]
    public var cursor: Int
    /// True when items are ticked (and may be reordered); false when the cursor picks one.
    public var isMultiple: Bool
    /// The long name of the command run with the choice.
    public var command: String
    /// The overlay scope its keys are looked up in.
    public var scope: String

    public init(title: String, items: [Item], cursor: Int = 0, isMultiple: Bool, command: String, scope: String) {
        self.title = title
        self.items = items
        self.cursor = min(max(0, cursor), max(0, items.count - 1))
        self.isMultiple = isMultiple
        self.command = command
        self.scope = scope
    }

    /// The argument `command` runs with: the ticked ids in order, or the id under the cursor.
    public var choice: String? {
        if isMultiple {
            let picked = items.filter(\.checked).map(\.id)
            return picked.isEmpty ? nil : picked.joined(separator: ",")
        }
        return items.indices.contains(cursor) ? items[cursor].id : nil
    }

    /// Moves the cursor to `index`, clamped.
    public mutating func moveCursor(to index: Int) {
        cursor = min(max(0, index), max(0, items.count - 1))
    }

    /// Ticks or unticks the item under the cursor.
    public mutating func toggle() {
        guard isMultiple, items.indices.contains(cursor) else { return }
        items[cursor].checked.toggle()
    }

    /// Moves the item under the cursor one place up (negative) or down, with the cursor.
    public mutating func moveItem(by delta: Int) {
        let target = cursor + delta
        guard isMultiple, items.indices.contains(cursor), items.indices.contains(target) else { return }
        items.swapAt(cursor, target)
        cursor = target
    }
}

/// What pops over the current screen, taking the keys while it is open.
public enum Overlay: Sendable, Equatable {
    /// The help listing every command; `scroll` is the first line shown.
    case help(scroll: Int)
    /// A line being typed: the `:` command line or the `/` search.
    case prompt(Prompt)
    /// A pick list.
    case pick(PickList)
    /// A form being filled in.
    case form(EditForm)
    /// A question waiting for one of a few keys.
    case question(Question)

    /// The scope overlay commands are looked up in; nil for a prompt, which takes keys as text.
    var scope: String? {
        switch self {
        case .help: OverlayScope.help
        case .prompt, .form, .question: nil
        case .pick(let list): list.scope
        }
    }
}

/// A line being typed and what it is for.
public struct Prompt: Sendable, Equatable {
    /// What submitting the line does.
    public enum Kind: Sendable, Equatable {
        /// Runs `name argument` as a command.
        case command
        /// Runs the `search` command with the text.
        case search
        /// Saves the workspace to the path typed.
        case saveAs
        /// Logs an activity of this kind, dated today, with the text typed.
        case logActivity(account: String, ActivityKind, date: Day)
    }

    public var kind: Kind
    public var line: TextInput
    /// Completions offered for the last Tab, shown under the line.
    public var candidates: [String]

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.line = TextInput(text)
        self.candidates = []
    }

    /// The words shown before the line.
    public var leader: String {
        switch kind {
        case .command: ":"
        case .search: "/"
        case .saveAs: "Save as: "
        case .logActivity(_, let activity, let date): "\(activity.title) \(date): "
        }
    }
}
