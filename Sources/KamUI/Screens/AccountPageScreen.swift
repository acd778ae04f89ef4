import KamModel

/// The account page: one account's profile, quarterly figures, contacts, activities,
/// opportunities and scorecard, in panes that Tab moves between and that scroll.
public struct AccountPageScreen: Screen {
    public static let name = "account"
    public var name: String { Self.name }
    public var title: String { accountName }

    /// The account shown.
    public let accountID: String
    var accountName: String
    /// The pane with the focus.
    public internal(set) var focus: AccountPane = .profile
    /// Each pane's first line shown.
    public internal(set) var offsets: [AccountPane: Int] = [:]

    /// The registration: opened with `Enter` on the list or `kam render account --account ID`.
    public static let entry = ScreenEntry(
        name: name, title: "Account", needsAccount: true,
        commands: [
            Command("focus-next-pane", keys: [.tab], help: "Move the focus to the next pane",
                    scopes: [name, ProfitabilityScreen.name, SegmentationScreen.name, PipelineScreen.name],
                    hint: "pane"),
            Command("focus-previous-pane", keys: [.backTab], help: "Move the focus to the previous pane",
                    scopes: [name, ProfitabilityScreen.name, SegmentationScreen.name, PipelineScreen.name]),
        ],
        open: { context, account throws(ScreenOpenError) in
            guard let id = account else { throw ScreenOpenError("the account screen needs an account id") }
            guard let found = context.workspace.account(id: id) else {
                throw ScreenOpenError("no account with id \(id)")
            }
            return AccountPageScreen(accountID: found.id, accountName: found.name)
        })

    init(accountID: String, accountName: String) {
        self.accountID = accountID
        self.accountName = accountName
    }

    public mutating func perform(_ command: Command, argument: String?,
                                 context: inout ScreenContext) -> ScreenOutcome {
        let layout = AccountPageLayout(area: context.area)
        let height = max(1, layout.innerHeight)
        let lineCount = AccountPaneContent(pane: focus, accountID: accountID, context: context).lines.count
        let last = max(0, lineCount - height)
        var top = offsets[focus] ?? 0
        switch command.name {
        case "focus-next-pane", "focus-previous-pane":
            let all = AccountPane.allCases
            let step = command.name == "focus-next-pane" ? 1 : all.count - 1
            focus = all[((all.firstIndex(of: focus) ?? 0) + step) % all.count]
            return .handled
        case "cursor-down": top += 1
        case "cursor-up": top -= 1
        case "page-down": top += height
        case "page-up": top -= height
        case "half-page-down": top += max(1, height / 2)
        case "half-page-up": top -= max(1, height / 2)
        case "top": top = 0
        case "bottom": top = last
        default: return .unhandled
        }
        offsets[focus] = min(max(0, top), last)
        return .handled
    }

    public mutating func mouse(_ event: MouseEvent, context: inout ScreenContext) -> ScreenOutcome {
        let layout = AccountPageLayout(area: context.area)
        guard let (pane, _) = layout.frames(focus: focus).first(where: { $0.1.contains(x: event.x, y: event.y) })
        else { return .handled }
        focus = pane
        switch event.action {
        case .wheelDown: return perform(Command("cursor-down", help: ""), argument: nil, context: &context)
        case .wheelUp: return perform(Command("cursor-up", help: ""), argument: nil, context: &context)
        default: return .handled
        }
    }

    public func position(context: ScreenContext) -> (index: Int, count: Int)? {
        let all = AccountPane.allCases
        return ((all.firstIndex(of: focus) ?? 0) + 1, all.count)
    }

    public func mode(context: ScreenContext) -> String? { focus.title }
}

/// The panes of the account page, in Tab order.
public enum AccountPane: String, Sendable, CaseIterable {
    case profile, figures, scorecard, contacts, opportunities, activities

    public var title: String {
        switch self {
        case .profile: "Profile"
        case .figures: "Quarterly figures"
        case .scorecard: "Scorecard"
        case .contacts: "Contacts"
        case .opportunities: "Opportunities"
        case .activities: "Recent activities"
        }
    }
}
