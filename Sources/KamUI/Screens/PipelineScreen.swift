import KamAnalytics
import KamModel

/// Screen 5, pipeline and activity: the portfolio's opportunities by stage with stale ones
/// flagged, a timeline of recent activities, and the accounts with no recent contact.
public struct PipelineScreen: Screen {
    public static let name = "pipeline"
    public var name: String { Self.name }
    public var title: String { "Pipeline" }

    /// The pane with the focus (Tab moves it); below 110x30 the one pane shown.
    public internal(set) var focus: PipelinePane = .opportunities
    var content: PipelineContent
    var lists: [PipelinePane: ScreenPaneList]
    var builtFor: BuildKey

    /// What the content was built from; a change rebuilds it.
    struct BuildKey: Equatable, Sendable {
        var revision: Int
        var today: Day
        var ascii: Bool
    }

    /// The registration: name, key `5`, and the commands that apply only here.
    public static let entry = ScreenEntry(
        name: name, slot: 5, title: "Pipeline",
        commands: [
            Command("set-no-contact-days", aliases: ["nocontact"], keys: [.character("d")],
                    help: "Flag accounts with no meeting or call for this many days: :nocontact 90",
                    scopes: [name], argument: .text, hint: "days"),
        ],
        open: { context, _ in PipelineScreen(context: context) })

    public init(context: ScreenContext) {
        content = PipelineContent(context: context)
        builtFor = BuildKey(revision: context.revision, today: context.today, ascii: context.glyphs == .ascii)
        lists = [.opportunities: content.opportunities, .activities: content.activities, .quiet: content.quiet]
        refresh(context: context)
    }

    public mutating func refresh(context: ScreenContext) {
        let key = BuildKey(revision: context.revision, today: context.today, ascii: context.glyphs == .ascii)
        let layout = PipelineLayout(area: context.area, focus: focus)
        if key != builtFor {
            content = PipelineContent(context: context)
            builtFor = key
            let fresh: [PipelinePane: ScreenPaneList] = [.opportunities: content.opportunities,
                                                         .activities: content.activities, .quiet: content.quiet]
            for (pane, list) in fresh { lists[pane]?.replaceRows(with: list, viewport: layout.viewport(pane)) }
        }
        for pane in PipelinePane.allCases { lists[pane]?.fit(viewport: layout.viewport(pane)) }
    }

    /// The account under the cursor in the focused pane.
    public var selectedAccount: String? { lists[focus]?.selectedAccount }

    public func position(context: ScreenContext) -> (index: Int, count: Int)? {
        let all = PipelinePane.allCases
        return ((all.firstIndex(of: focus) ?? 0) + 1, all.count)
    }

    public func mode(context: ScreenContext) -> String? {
        "\(content.staleCount) stale \(context.dot) \(content.quietCount) without contact in \(content.noContactDays)d"
    }

    public mutating func perform(_ command: Command, argument: String?,
                                 context: inout ScreenContext) -> ScreenOutcome {
        let layout = PipelineLayout(area: context.area, focus: focus)
        switch command.name {
        case "focus-next-pane", "focus-previous-pane":
            focus = PortfolioScreens.cycle(PipelinePane.allCases, from: focus, forward: command.name == "focus-next-pane")
            refresh(context: context)
            return .handled
        case "open-account":
            return PortfolioScreens.open(selectedAccount, context)
        case "set-no-contact-days":
            guard let text = argument?.trimmedSpaces, let days = Int(text) else {
                return .error("nocontact: give a number of days, such as :nocontact 90")
            }
            return .edit(.setNoContactDays(days))
        default:
            guard var list = lists[focus], list.move(command.name, viewport: layout.viewport(focus)) else {
                return .unhandled
            }
            lists[focus] = list
            return .handled
        }
    }
}

/// The panes of the pipeline screen, in Tab order.
public enum PipelinePane: String, Sendable, CaseIterable {
    case opportunities, activities, quiet
}

/// Where the pipeline screen's panes go: from 110x30 up, the opportunities on the left and
/// the activities over the quiet accounts on the right; below that, the focused pane alone.
struct PipelineLayout {
    var area: Rect
    var focus: PipelinePane

    var isWide: Bool { area.width >= 110 && area.height >= 30 }

    /// The frame of each pane shown.
    var frames: [(pane: PipelinePane, frame: Rect)] {
        guard isWide else { return [(focus, area)] }
        let cols = Layout.columns(area, [.percent(50), .fill])
        let right = Layout.rows(cols[1], [.fill, .fill])
        return [(.opportunities, cols[0]), (.activities, right[0]), (.quiet, right[1])]
    }

    /// Body rows of a pane's list (as if focused when it is not shown).
    func viewport(_ pane: PipelinePane) -> Int {
        let frame = frames.first { $0.pane == pane }?.frame ?? area
        return ScreenPaneList.viewport(Box.inner(of: frame))
    }
}
