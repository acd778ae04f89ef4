import KamModel

/// Screen 1, the account list: every account's measures for the quarter, sortable,
/// filterable and grouped, with totals.
public struct AccountListScreen: Screen {
    public static let name = "accounts"
    public var name: String { Self.name }
    public var title: String { "Accounts" }

    /// Column ids shown, in order.
    public internal(set) var columns: [String]
    public internal(set) var sort: AccountSort
    public internal(set) var filter: AccountFilter
    public internal(set) var grouping: AccountGrouping
    public internal(set) var scroll = TableScroll()
    /// The column under the cursor (an index into `columns`), for `s`.
    public internal(set) var columnCursor = 0
    /// The last `/` search.
    public internal(set) var searchText: String?
    /// The lines for the current table, filter, sort and grouping.
    var content: AccountListLines
    /// The quarter the lines were built for; nil once let go of (`workspaceWillChange`).
    var builtFor: Quarter?
    /// The account the cursor was on when the lines were let go of (`workspaceWillChange`),
    /// until the next rebuild.
    var heldCursor: String?

    /// The registration: name, key `1`, and the commands that apply only here.
    public static let entry = ScreenEntry(
        name: name, slot: 1, title: "Accounts",
        commands: [
            Command("cursor-left", keys: [.left, .character("h")], help: "Move the column cursor left",
                    scopes: [name]),
            Command("cursor-right", keys: [.right, .character("l")], help: "Move the column cursor right",
                    scopes: [name]),
            Command("open-account", keys: [.enter], help: "Open the account under the cursor",
                    scopes: [name, ProfitabilityScreen.name, SegmentationScreen.name, PipelineScreen.name],
                    hint: "open"),
            Command("sort-by-column", aliases: ["sort"], keys: [.character("s")],
                    help: "Sort by the column under the cursor (again: other way, then off); :sort revenue desc, name",
                    scopes: [name], argument: .columns, hint: "sort"),
            Command("reverse-sort", keys: [.character("S")], help: "Reverse the main sort order", scopes: [name]),
            Command("filter", keys: [.character("f")],
                    help: "Filter: text, manager:Smith tier:key segment:\"Public sector\" revenue>100k status:lost",
                    scopes: [name], argument: .text, hint: "filter"),
            Command("clear-filter", keys: [.character("F")], help: "Show every account again", scopes: [name]),
            Command("group-by", aliases: ["group"], keys: [.character("=")],
                    help: "Group by manager, segment, tier or status (cycles); :group manager",
                    scopes: [name], argument: .choice(AccountGrouping.allCases.map(\.rawValue)), hint: "group"),
            Command("choose-columns", aliases: ["columns"], keys: [.character("c")],
                    help: "Choose and order the columns; :columns name,revenue,nps",
                    scopes: [name], argument: .columns, hint: "columns"),
            Command("search", keys: [.character("/")], help: "Find an account by name",
                    scopes: [name], argument: .text, hint: "search"),
            Command("search-next", keys: [.character("n")], help: "Find the next match", scopes: [name]),
            Command("search-previous", keys: [.character("N")], help: "Find the previous match", scopes: [name]),
        ],
        open: { context, _ in AccountListScreen(context: context) })

    /// The list with the workspace's remembered columns, sort and grouping.
    public init(context: ScreenContext) {
        let prefs = context.preferences[screen: Self.name]
        let known = (prefs.columns ?? []).filter { AccountColumn.named($0) != nil }
        columns = known.isEmpty ? AccountColumn.defaultIDs : known
        sort = (try? AccountSort(parsing: prefs.sort ?? "")) ?? AccountSort()
        grouping = prefs.group.flatMap(AccountGrouping.init(rawValue:)) ?? .none
        filter = AccountFilter()
        content = AccountListLines(table: context.measures, filter: filter, sort: sort, grouping: grouping)
        builtFor = context.quarter
        scroll.home(rowCount: content.lines.count, viewport: viewport(context.area), isSelectable: isSelectable)
    }

    /// The account under the cursor.
    public var selectedAccount: AccountRow? {
        content.lines.indices.contains(scroll.selected) ? content.lines[scroll.selected].account : nil
    }

    /// Body rows of the table in `area`: all but the header and the totals line.
    func viewport(_ area: Rect) -> Int { max(0, area.height - (area.height >= 3 ? 2 : 1)) }

    func isSelectable(_ index: Int) -> Bool {
        content.lines.indices.contains(index) && content.lines[index].account != nil
    }

    public func position(context: ScreenContext) -> (index: Int, count: Int)? {
        let count = content.accountPositions.count
        guard count > 0 else { return (0, 0) }
        let index = content.accountPositions.firstIndex(of: scroll.selected) ?? 0
        return (index + 1, count)
    }

    public func mode(context: ScreenContext) -> String? {
        var parts: [String] = []
        if !filter.isEmpty { parts.append("filter \(filter.text)") }
        if grouping != .none { parts.append("by \(grouping.rawValue)") }
        return parts.isEmpty ? nil : parts.joined(separator: " \(context.dot) ")
    }

    public mutating func refresh(context: ScreenContext) {
        if builtFor != context.quarter { rebuild(context) }
        scroll.clamp(rowCount: content.lines.count, viewport: viewport(context.area))
        if !isSelectable(scroll.selected) {
            scroll.select(scroll.selected, rowCount: content.lines.count, viewport: viewport(context.area),
                          isSelectable: isSelectable)
        }
        columnCursor = min(max(0, columnCursor), max(0, columns.count - 1))
    }

    /// Recomputes the lines, keeping the cursor on the same account when it is still shown.
    mutating func rebuild(_ context: ScreenContext) {
        let keep = selectedAccount?.id ?? heldCursor
        heldCursor = nil
        content = AccountListLines(table: context.measures, filter: filter, sort: sort, grouping: grouping,
                                   previous: content)
        builtFor = context.quarter
        let target = keep.flatMap { id in content.lines.firstIndex { $0.account?.id == id } } ?? 0
        scroll.select(target, rowCount: content.lines.count, viewport: viewport(context.area), isSelectable: isSelectable)
    }

    /// Remembers columns, sort and grouping for the workspace.
    func remember(_ context: inout ScreenContext) {
        context.preferences[screen: Self.name] = ScreenPreferences(
            columns: columns, sort: sort.keys.isEmpty ? nil : sort.text,
            group: grouping == .none ? nil : grouping.rawValue)
        context.preferencesChanged = true
    }
}
