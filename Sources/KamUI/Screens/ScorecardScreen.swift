import KamAnalytics
import KamModel

/// Screen 2, the balanced scorecard: four perspectives with their KPIs for one account, one
/// manager's portfolio, one segment or the whole portfolio; a roll-up table by manager or
/// segment; and a comparison with the previous quarter.
public struct ScorecardScreen: Screen {
    public static let name = "scorecard"
    public var name: String { Self.name }
    public var title: String { scope == .portfolio ? "Scorecard" : "Scorecard: \(scopeTitle)" }

    /// What the screen shows: the perspectives, the roll-up table, or this quarter against the last.
    public enum View: String, Sendable, CaseIterable {
        case panes
        case rollUp = "roll-up"
        case compare
    }

    /// What the scorecard covers.
    public internal(set) var scope: ScorecardScope
    /// The scope's name for people.
    public internal(set) var scopeTitle: String
    public internal(set) var view: View = .panes
    /// What the roll-up table groups by.
    public internal(set) var grouping: ScorecardRollUp.Grouping = .manager
    /// The KPI under the cursor in the panes, counted over all perspectives.
    public internal(set) var selectedKPI = 0
    var rollUpScroll = TableScroll()
    var compareScroll = TableScroll()
    /// The scope last shown of each kind, so `v` returns to it.
    var remembered: [ScorecardScopeKind: ScorecardScope] = [:]
    /// The analytics results for the scope and quarter.
    var data: ScorecardData
    /// The roll-up table, once the view needs it.
    var rollUp: ScorecardRollUpData?

    /// The registration: key `2`; `kam render scorecard --scope manager:ID` opens it on a scope.
    public static let entry = ScreenEntry(
        name: name, slot: 2, title: "Scorecard",
        commands: [
            Command("cycle-scope", keys: [.character("v")],
                    help: "Cycle the scope: portfolio, manager, segment, account", scopes: [name], hint: "scope"),
            Command("set-scope", aliases: ["scope"], keys: [.character("V")],
                    help: "Pick the scope from a list; :scope manager \"Anna Keller\", :scope segment NAME, :scope portfolio",
                    scopes: [name], argument: .scope),
            Command("next-in-scope", keys: [.character("n")],
                    help: "Show the next manager, segment or account of the same kind", scopes: [name]),
            Command("previous-in-scope", keys: [.character("N")],
                    help: "Show the previous manager, segment or account of the same kind", scopes: [name]),
            Command("toggle-roll-up", aliases: ["rollup", "roll-up"], keys: [.character("r")],
                    help: "Show or hide the roll-up table: one row per manager or segment", scopes: [name],
                    hint: "roll-up"),
            Command("roll-up-by", keys: [.character("=")],
                    help: "Roll up by manager or segment (toggles); :roll-up-by segment", scopes: [name],
                    argument: .choice(ScorecardRollUp.Grouping.allCases.map(\.rawValue))),
            Command("compare-quarters", aliases: ["compare"], keys: [.character("c")],
                    help: "Compare with the previous quarter: what changed status first", scopes: [name],
                    hint: "compare"),
            Command("next-perspective", keys: [.tab], help: "Move to the next perspective", scopes: [name],
                    hint: "pane"),
            Command("previous-perspective", keys: [.backTab], help: "Move to the previous perspective",
                    scopes: [name]),
            Command("drill-down", keys: [.enter],
                    help: "Open the accounts behind the row or scope; on an account, its account page",
                    scopes: [name], hint: "open"),
        ],
        open: { context, argument throws(ScreenOpenError) in
            var scope = ScorecardScope.portfolio
            if let argument {
                do throws(ScorecardScopeArgument.ParseError) { scope = try ScorecardScreen.openingScope(argument, in: context.workspace) } catch {
                    throw ScreenOpenError(error.message)
                }
            }
            return ScorecardScreen(scope: scope, context: context)
        })

    /// The scope named by the screen's opening argument: a typed scope (`manager:ID`,
    /// `segment "Public sector"`, `portfolio`) or a bare account id.
    static func openingScope(_ argument: String, in workspace: Workspace) throws(ScorecardScopeArgument.ParseError)
        -> ScorecardScope {
        if workspace.account(id: argument) != nil { return .account(argument) }
        return try ScorecardScopeArgument.parse(argument, in: workspace)
    }

    /// The scorecard of `scope` in the context's quarter.
    public init(scope: ScorecardScope, context: ScreenContext, view: View = .panes) {
        self.scope = scope
        self.view = view
        scopeTitle = scope.title(in: context.workspace)
        data = ScorecardData(context: context, scope: scope)
        remembered[ScorecardScopeKind(scope)] = scope
        refresh(context: context)
    }

    /// The analytics results to draw: the cached ones, or fresh ones if the context moved on.
    func currentData(_ context: ScreenContext) -> ScorecardData {
        data.matches(scope, context) ? data
            : ScorecardData(context: context, scope: scope)
    }

    /// The roll-up table to draw, cached or fresh.
    func currentRollUp(_ context: ScreenContext) -> ScorecardRollUpData {
        if let rollUp, rollUp.matches(grouping, context) { return rollUp }
        return ScorecardRollUpData(context: context, grouping: grouping)
    }

    /// Whether the current view at the context's size draws the roll-up table.
    func showsRollUp(_ context: ScreenContext) -> Bool {
        view == .rollUp || (view == .panes && ScorecardLayout.hasRollUpOnTop(context.area))
    }

    public mutating func refresh(context: ScreenContext) {
        if !data.matches(scope, context) {
            data = ScorecardData(context: context, scope: scope)
        }
        scopeTitle = scope.title(in: context.workspace)
        if showsRollUp(context), rollUp?.matches(grouping, context) != true {
            rollUp = ScorecardRollUpData(context: context, grouping: grouping)
        }
        selectedKPI = min(max(0, selectedKPI), max(0, data.card.kpis.count - 1))
        if let rollUp {
            rollUpScroll.clamp(rowCount: rollUp.current.rows.count + 1, viewport: rollUpViewport(context.area))
        }
        let lines = compareLines(data, context)
        compareScroll.clamp(rowCount: lines.count, viewport: compareViewport(context.area))
        if view == .compare, !lines.indices.contains(compareScroll.selected) || lines[compareScroll.selected].kpi == nil {
            compareScroll.select(compareScroll.selected, rowCount: lines.count, viewport: compareViewport(context.area),
                                 isSelectable: { lines.indices.contains($0) && lines[$0].kpi != nil })
        }
    }

    /// The perspective holding the selected KPI.
    var focusedPerspective: Int {
        var start = 0
        for (i, p) in data.card.perspectives.enumerated() {
            if selectedKPI < start + p.kpis.count { return i }
            start += p.kpis.count
        }
        return max(0, data.card.perspectives.count - 1)
    }

    public func position(context: ScreenContext) -> (index: Int, count: Int)? {
        switch view {
        case .panes:
            let count = data.card.kpis.count
            return count == 0 ? (0, 0) : (selectedKPI + 1, count)
        case .rollUp:
            return (rollUpScroll.selected + 1, currentRollUp(context).current.rows.count + 1)
        case .compare:
            let kpis = compareLines(currentData(context), context).enumerated().filter { $0.element.kpi != nil }
            let index = kpis.firstIndex { $0.offset == compareScroll.selected } ?? 0
            return (kpis.isEmpty ? 0 : index + 1, kpis.count)
        }
    }

    public func mode(context: ScreenContext) -> String? {
        switch view {
        case .panes: return nil
        case .rollUp: return "ROLL-UP by \(grouping.rawValue)"
        case .compare: return "COMPARE \(context.quarter.previous) with \(context.quarter)"
        }
    }
}
