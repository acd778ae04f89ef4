import KamAnalytics
import KamModel

/// Screen 4, the segmentation matrix: accounts placed by attractiveness against relationship
/// strength in four quadrants (invest, develop, maintain, streamline), with each account's
/// tier; `t` moves the account under the cursor to another tier.
public struct SegmentationScreen: Screen {
    public static let name = "matrix"
    public var name: String { Self.name }
    public var title: String { "Segmentation" }

    /// The quadrant with the focus (Tab moves it).
    public internal(set) var focus: SegmentationMatrix.Quadrant = .invest
    /// Each quadrant's account list, with its cursor.
    var lists: [SegmentationMatrix.Quadrant: ScreenPaneList] = [:]
    /// The matrix from the analytics: counts and revenue come from here.
    var matrix: SegmentationMatrix
    var builtFor: BuildKey

    /// What the lists were built from; a change rebuilds them.
    struct BuildKey: Equatable, Sendable {
        var quarter: Quarter
        var revision: Int
        var ascii: Bool
    }

    /// The quadrants in Tab order, as drawn: develop and invest on top (attractive), then
    /// streamline and maintain; weak relationships on the left.
    static let order: [SegmentationMatrix.Quadrant] = [.develop, .invest, .streamline, .maintain]

    /// The registration: name, key `4`, and the commands that apply only here.
    public static let entry = ScreenEntry(
        name: name, slot: 4, title: "Segmentation",
        commands: [
            Command("set-tier", aliases: ["tier"], keys: [.character("t")],
                    help: "Move the account under the cursor to another tier; :tier strategic",
                    scopes: [name], argument: .choice(Tier.allCases.map(\.rawValue)), hint: "tier"),
        ],
        open: { context, _ in SegmentationScreen(context: context) })

    public init(context: ScreenContext) {
        matrix = SegmentationMatrix(rows: context.measures.store.table.rows)
        builtFor = BuildKey(quarter: context.quarter, revision: context.revision, ascii: context.glyphs == .ascii)
        lists = Self.lists(matrix, context: context)
        refresh(context: context)
    }

    /// The account lists of each quadrant, highest revenue first (ties by name); each row
    /// made from the account's measures as it is drawn.
    static func lists(_ matrix: SegmentationMatrix,
                      context: ScreenContext) -> [SegmentationMatrix.Quadrant: ScreenPaneList] {
        let format = context.format
        let rows = context.measures.rows, table = context.measures.store.table
        var lists: [SegmentationMatrix.Quadrant: ScreenPaneList] = [:]
        for cell in matrix.cells {
            // The rows of the cell's accounts (the first with each id), in list order.
            let listed = cell.accounts.compactMap { table.position(id: $0) }.sorted {
                (rows[$0].keyFigures.revenue ?? -.infinity, rows[$1].name)
                    > (rows[$1].keyFigures.revenue ?? -.infinity, rows[$0].name)
            }
            lists[cell.quadrant] = ScreenPaneList(columns: [
                TableColumn("Account", width: .flexible(min: 8, max: 40)),
                TableColumn("Tier", width: .fixed(5)),
                TableColumn("Rev", width: .fixed(6), alignment: .right),
                TableColumn("Attr", width: .fixed(4), alignment: .right),
                TableColumn("Rel", width: .fixed(4), alignment: .right),
            ], rows: PaneRows(count: listed.count, row: { i in
                let row = rows[listed[i]], details = row.details
                return .body([TableCell(row.name), TableCell(row.tier.shortTitle, role: row.tier == .key ? .highlight : nil),
                              TableCell(format.amount(row.keyFigures.revenue, compact: true)),
                              TableCell(format.number(details.attractiveness, decimals: 1)),
                              TableCell(format.number(details.relationshipStrength, decimals: 1))])
            }, account: { rows[listed[$0]].id }))
        }
        return lists
    }

    public mutating func refresh(context: ScreenContext) {
        let key = BuildKey(quarter: context.quarter, revision: context.revision, ascii: context.glyphs == .ascii)
        let layout = SegmentationLayout(area: context.area)
        if key != builtFor {
            matrix = SegmentationMatrix(rows: context.measures.store.table.rows)
            builtFor = key
            let fresh = Self.lists(matrix, context: context)
            for (quadrant, list) in fresh {
                var kept = lists[quadrant] ?? ScreenPaneList()
                kept.replaceRows(with: list, viewport: layout.viewport(quadrant))
                lists[quadrant] = kept
            }
        }
        for quadrant in Self.order { lists[quadrant]?.fit(viewport: layout.viewport(quadrant)) }
    }

    /// The account under the cursor in the focused quadrant.
    public var selectedAccount: String? { lists[focus]?.selectedAccount }

    public func position(context: ScreenContext) -> (index: Int, count: Int)? {
        ((Self.order.firstIndex(of: focus) ?? 0) + 1, Self.order.count)
    }

    public func mode(context: ScreenContext) -> String? {
        let cell = matrix.cell(focus)
        return "\(focus.title) \(context.dot) \(cell.count) accounts"
    }

    public mutating func perform(_ command: Command, argument: String?,
                                 context: inout ScreenContext) -> ScreenOutcome {
        let layout = SegmentationLayout(area: context.area)
        switch command.name {
        case "focus-next-pane", "focus-previous-pane":
            focus = PortfolioScreens.cycle(Self.order, from: focus, forward: command.name == "focus-next-pane")
            return .handled
        case "open-account":
            return PortfolioScreens.open(selectedAccount, context)
        case "set-tier":
            guard let id = selectedAccount, let account = context.workspace.account(id: id) else {
                return .error("no account under the cursor")
            }
            guard let argument else {
                let items = Tier.allCases.map { PickList.Item(id: $0.rawValue, label: $0.title, checked: $0 == account.tier) }
                return .pick(PickList(title: "Tier of \(account.name)", items: items,
                                      cursor: Tier.allCases.firstIndex(of: account.tier) ?? 0, isMultiple: false,
                                      command: "set-tier", scope: OverlayScope.choice))
            }
            guard let tier = Tier(rawValue: argument.lowercased().trimmedSpaces) else {
                return .error("tier: no tier \(argument) (\(Tier.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return .edit(.setTier(account: id, tier: tier))
        default:
            guard var list = lists[focus], list.move(command.name, viewport: layout.viewport(focus)) else {
                return .unhandled
            }
            lists[focus] = list
            return .handled
        }
    }
}

extension Tier {
    /// The tier in at most five letters, for narrow columns.
    var shortTitle: String {
        switch self {
        case .key: "Key"
        case .strategic: "Strat"
        case .maintain: "Maint"
        case .other: "Other"
        }
    }
}
