import KamAnalytics
import KamModel

/// How the scorecard screen answers its commands: moving, changing scope, switching views
/// and drilling down.
extension ScorecardScreen {
    public mutating func perform(_ command: Command, argument: String?,
                                 context: inout ScreenContext) -> ScreenOutcome {
        switch command.name {
        case "cursor-down", "cursor-up", "page-down", "page-up", "half-page-down", "half-page-up", "top", "bottom":
            move(command.name, context)
        case "next-perspective", "previous-perspective":
            guard view == .panes else { return .error("Tab moves between perspectives in the panes view (r, c leave the others)") }
            focusPerspective(by: command.name == "next-perspective" ? 1 : -1)
        case "cycle-scope":
            return cycleScope(context)
        case "set-scope":
            guard let argument else { return .pick(scopePicker(context.workspace)) }
            do { setScope(try ScorecardScopeArgument.parse(argument, in: context.workspace), context) } catch {
                return .error(error.message)
            }
        case "next-in-scope", "previous-in-scope":
            return step(by: command.name == "next-in-scope" ? 1 : -1, context)
        case "toggle-roll-up":
            view = view == .rollUp ? .panes : .rollUp
            if view == .rollUp { selectScopeRow(context) }
            refresh(context: context)
        case "roll-up-by":
            if let argument {
                guard let chosen = ScorecardRollUp.Grouping(rawValue: argument.lowercased()) else {
                    return .error("roll-up-by: expected manager or segment, not \(argument)")
                }
                grouping = chosen
            } else {
                grouping = grouping == .manager ? .segment : .manager
            }
            if view != .rollUp { view = .rollUp }
            rollUpScroll = TableScroll()
            refresh(context: context)
            selectScopeRow(context)
        case "compare-quarters":
            view = view == .compare ? .panes : .compare
            compareScroll = TableScroll()
            refresh(context: context)
        case "drill-down":
            return drillDown(context)
        default:
            return .unhandled
        }
        return .handled
    }

    /// Moves the cursor of the current view.
    mutating func move(_ name: String, _ context: ScreenContext) {
        switch view {
        case .panes:
            let count = data.card.kpis.count
            let page = max(1, data.card.perspectives.first?.kpis.count ?? 1)
            let target: Int = switch name {
            case "cursor-down": selectedKPI + 1
            case "cursor-up": selectedKPI - 1
            case "page-down", "half-page-down": selectedKPI + page
            case "page-up", "half-page-up": selectedKPI - page
            case "top": 0
            default: count - 1
            }
            selectedKPI = min(max(0, target), max(0, count - 1))
        case .rollUp:
            let rows = currentRollUp(context).current.rows.count + 1
            Self.move(&rollUpScroll, name, rows: rows, viewport: rollUpViewport(context.area)) { _ in true }
        case .compare:
            let lines = compareLines(data, context)
            Self.move(&compareScroll, name, rows: lines.count, viewport: compareViewport(context.area)) {
                lines.indices.contains($0) && lines[$0].kpi != nil
            }
        }
    }

    static func move(_ scroll: inout TableScroll, _ name: String, rows: Int, viewport: Int,
                     isSelectable: (Int) -> Bool) {
        switch name {
        case "cursor-down": scroll.move(by: 1, rowCount: rows, viewport: viewport, isSelectable: isSelectable)
        case "cursor-up": scroll.move(by: -1, rowCount: rows, viewport: viewport, isSelectable: isSelectable)
        case "page-down": scroll.pageDown(rowCount: rows, viewport: viewport, isSelectable: isSelectable)
        case "page-up": scroll.pageUp(rowCount: rows, viewport: viewport, isSelectable: isSelectable)
        case "half-page-down":
            scroll.move(by: max(1, viewport / 2), rowCount: rows, viewport: viewport, isSelectable: isSelectable)
        case "half-page-up":
            scroll.move(by: -max(1, viewport / 2), rowCount: rows, viewport: viewport, isSelectable: isSelectable)
        case "top": scroll.home(rowCount: rows, viewport: viewport, isSelectable: isSelectable)
        default: scroll.end(rowCount: rows, viewport: viewport, isSelectable: isSelectable)
        }
    }

    /// Selects the first KPI of the next (or previous) perspective, wrapping round.
    mutating func focusPerspective(by delta: Int) {
        let perspectives = data.card.perspectives
        guard !perspectives.isEmpty else { return }
        let target = ((focusedPerspective + delta) % perspectives.count + perspectives.count) % perspectives.count
        selectedKPI = perspectives[..<target].reduce(0) { $0 + $1.kpis.count }
    }

    /// Shows `scope`, keeping the same KPI selected.
    mutating func setScope(_ scope: ScorecardScope, _ context: ScreenContext) {
        self.scope = scope
        remembered[ScorecardScopeKind(scope)] = scope
        refresh(context: context)
        if view == .rollUp { selectScopeRow(context) }
    }

    /// `v`: the next kind of scope, at the one of that kind shown last (else the first).
    mutating func cycleScope(_ context: ScreenContext) -> ScreenOutcome {
        var kind = ScorecardScopeKind(scope).next
        for _ in ScorecardScopeKind.allCases {
            let members = ScorecardScopeArgument.members(kind, in: context.workspace)
            if let target = remembered[kind].flatMap({ members.contains($0) ? $0 : nil }) ?? members.first {
                setScope(target, context)
                let more = kind == .portfolio ? "" : " (n next, V picks)"
                return .message("scope: \(kind.rawValue) \(scopeTitle)\(more)")
            }
            kind = kind.next
        }
        return .handled
    }

    /// `n` / `N`: the next or previous manager, segment or account.
    mutating func step(by delta: Int, _ context: ScreenContext) -> ScreenOutcome {
        let kind = ScorecardScopeKind(scope)
        guard kind != .portfolio else { return .error("the portfolio is one scope; v changes the scope") }
        let members = ScorecardScopeArgument.members(kind, in: context.workspace)
        guard !members.isEmpty else { return .handled }
        let index = members.firstIndex(of: scope) ?? 0
        setScope(members[((index + delta) % members.count + members.count) % members.count], context)
        return .handled
    }

    /// The pick list of every scope, the current one under the cursor.
    func scopePicker(_ workspace: Workspace) -> PickList {
        var items: [PickList.Item] = []
        for kind in ScorecardScopeKind.allCases {
            for member in ScorecardScopeArgument.members(kind, in: workspace) {
                let label = kind == .portfolio ? "Portfolio"
                    : kind.rawValue.capitalized.padding(9) + member.title(in: workspace)
                items.append(PickList.Item(id: member.description, label: label, checked: member == scope))
            }
        }
        return PickList(title: "Scope: Enter shows it", items: items,
                        cursor: items.firstIndex(where: \.checked) ?? 0, isMultiple: false,
                        command: "set-scope", scope: OverlayScope.choice)
    }

    /// Puts the roll-up cursor on the row of the current scope, if it has one.
    mutating func selectScopeRow(_ context: ScreenContext) {
        let table = currentRollUp(context).current
        let index = scope == .portfolio ? table.rows.count : table.rows.firstIndex { $0.scope == scope }
        guard let index else { return }
        rollUpScroll.select(index, rowCount: table.rows.count + 1, viewport: rollUpViewport(context.area))
    }

    /// Enter: the roll-up row's accounts, or the scope's; an account's page.
    func drillDown(_ context: ScreenContext) -> ScreenOutcome {
        var target = scope
        if view == .rollUp {
            let table = currentRollUp(context).current
            target = table.rows.indices.contains(rollUpScroll.selected) ? table.rows[rollUpScroll.selected].scope
                : .portfolio
        }
        if case .account(let id) = target {
            guard let account = context.workspace.account(id: id) else { return .error("no account with id \(id)") }
            return .push(AccountPageScreen(accountID: account.id, accountName: account.name))
        }
        return .push(ScorecardDrillDown(scope: target, context: context))
    }

    public mutating func mouse(_ event: MouseEvent, context: inout ScreenContext) -> ScreenOutcome {
        switch event.action {
        case .wheelDown: move("cursor-down", context)
        case .wheelUp: move("cursor-up", context)
        case .press:
            switch view {
            case .panes:
                if let index = kpiIndex(at: event, context) { selectedKPI = index }
            case .rollUp:
                let table = ScorecardLayout.fullTable(context.area)
                let offset = rollUpScroll.visibleOffset(rowCount: currentRollUp(context).current.rows.count + 1,
                                                        viewport: rollUpViewport(context.area))
                let index = offset + event.y - table.y - 1
                if event.y > table.y, index <= currentRollUp(context).current.rows.count {
                    rollUpScroll.select(index, rowCount: currentRollUp(context).current.rows.count + 1,
                                        viewport: rollUpViewport(context.area))
                }
            case .compare:
                break
            }
        case .release:
            break
        }
        return .handled
    }
}
