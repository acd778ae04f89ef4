import KamAnalytics
import KamModel

/// Screen 3, profitability (80/20): the Pareto chart and whale curve of operating profit,
/// the headline figures, the value destroyers and the revenue-versus-cost-to-serve quadrants,
/// for one quarter, the last four or all, over the portfolio, one manager or one segment.
public struct ProfitabilityScreen: Screen {
    public static let name = "pareto"
    public var name: String { Self.name }
    public var title: String { "Profitability" }

    /// The span shown (`p` cycles).
    public internal(set) var span: ProfitabilityPeriod = .quarter
    /// The accounts covered (`v` picks).
    public internal(set) var scope: ScorecardScope = .portfolio
    /// The pane with the focus (Tab moves it); at 80 columns the one chart shown.
    public internal(set) var focus: ProfitabilityPane = .pareto
    var content: ProfitabilityContent
    var destroyers: ScreenPaneList
    var quadrants: ScreenPaneList
    var builtFor: BuildKey

    /// What the content was built from; a change of any part rebuilds it.
    struct BuildKey: Equatable, Sendable {
        var quarter: Quarter
        var revision: Int
        var span: ProfitabilityPeriod
        var scope: ScorecardScope
        var ascii: Bool
    }

    /// The registration: name, key `3`, and the commands that apply only here.
    public static let entry = ScreenEntry(
        name: name, slot: 3, title: "Profitability",
        commands: [
            Command("cycle-profit-period", aliases: ["period"], keys: [.character("p")],
                    help: "Show one quarter, the last four or all quarters (cycles); :period all",
                    scopes: [name], argument: .choice(ProfitabilityPeriod.allCases.map(\.rawValue)), hint: "period"),
            Command("choose-scope", aliases: ["scope"], keys: [.character("v")],
                    help: "Show the whole portfolio, one manager or one segment; :scope manager:ID",
                    scopes: [name], hint: "scope"),
        ],
        open: { context, _ in ProfitabilityScreen(context: context) })

    public init(context: ScreenContext) {
        builtFor = BuildKey(quarter: context.quarter, revision: context.revision, span: .quarter, scope: .portfolio,
                            ascii: context.glyphs == .ascii)
        content = ProfitabilityContent(context: context, span: .quarter, scope: .portfolio)
        destroyers = content.destroyers
        quadrants = content.quadrants
        refresh(context: context)
    }

    func key(_ context: ScreenContext) -> BuildKey {
        BuildKey(quarter: context.quarter, revision: context.revision, span: span, scope: scope,
                 ascii: context.glyphs == .ascii)
    }

    public mutating func refresh(context: ScreenContext) {
        let layout = ProfitabilityLayout(area: context.area, focus: focus)
        if key(context) != builtFor {
            content = ProfitabilityContent(context: context, span: span, scope: scope)
            builtFor = key(context)
            destroyers.replaceRows(with: content.destroyers, viewport: layout.viewport(.destroyers))
            quadrants.replaceRows(with: content.quadrants, viewport: layout.viewport(.quadrants))
        }
        destroyers.fit(viewport: layout.viewport(.destroyers))
        quadrants.fit(viewport: layout.viewport(.quadrants))
    }

    public func mode(context: ScreenContext) -> String? {
        let p = context.glyphs == .ascii ? content.period.asciiDescription : content.period.description
        return "\(content.scopeTitle) \(context.dot) \(p) \(context.dot) \(span.title)"
    }

    public func position(context: ScreenContext) -> (index: Int, count: Int)? {
        let all = ProfitabilityPane.allCases
        return ((all.firstIndex(of: focus) ?? 0) + 1, all.count)
    }

    public mutating func perform(_ command: Command, argument: String?,
                                 context: inout ScreenContext) -> ScreenOutcome {
        let layout = ProfitabilityLayout(area: context.area, focus: focus)
        switch command.name {
        case "focus-next-pane", "focus-previous-pane":
            focus = PortfolioScreens.cycle(ProfitabilityPane.allCases, from: focus,
                                           forward: command.name == "focus-next-pane")
            refresh(context: context)
            return .handled
        case "cycle-profit-period":
            if let argument {
                guard let chosen = ProfitabilityPeriod(rawValue: argument.lowercased()) else {
                    let names = ProfitabilityPeriod.allCases.map(\.rawValue).joined(separator: ", ")
                    return .error("period: no period \(argument) (\(names))")
                }
                span = chosen
            } else {
                span = span.next
            }
            refresh(context: context)
            return .message("showing \(span.title): \(content.period)")
        case "choose-scope":
            guard let argument else {
                let items = ScorecardScope.choices(in: context.workspace)
                let cursor = items.firstIndex { $0.id == scope.description } ?? 0
                return .pick(PickList(title: "Show", items: items, cursor: cursor, isMultiple: false,
                                      command: "choose-scope", scope: OverlayScope.choice))
            }
            do {
                let parsed = try ScorecardScopeArgument.parse(argument, in: context.workspace)
                if case .account = parsed { return .error("scope: the 80/20 view covers the portfolio, a manager or a segment, not one account") }
                scope = parsed
            } catch {
                return .error(error.message)
            }
            refresh(context: context)
            return .message("showing \(content.scopeTitle)")
        case "open-account":
            guard focus.isList else { return .error("Tab to the value destroyers or the quadrants to pick an account") }
            return PortfolioScreens.open((focus == .quadrants ? quadrants : destroyers).selectedAccount, context)
        default:
            switch focus {
            case .destroyers:
                return destroyers.move(command.name, viewport: layout.viewport(.destroyers)) ? .handled : .unhandled
            case .quadrants:
                return quadrants.move(command.name, viewport: layout.viewport(.quadrants)) ? .handled : .unhandled
            case .pareto, .whale:
                return .unhandled
            }
        }
    }
}

/// The panes of the profitability screen, in Tab order.
public enum ProfitabilityPane: String, Sendable, CaseIterable {
    case pareto, whale, destroyers, quadrants

    /// The pane's title.
    public var title: String {
        switch self {
        case .pareto: "Pareto"
        case .whale: "Whale curve"
        case .destroyers: "Value destroyers"
        case .quadrants: "Revenue vs cost to serve"
        }
    }
}
