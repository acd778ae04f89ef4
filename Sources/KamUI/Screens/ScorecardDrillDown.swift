import KamAnalytics
import KamModel

/// The account list filtered to a manager's or segment's accounts, opened from the scorecard:
/// the account list in every respect, except that `Enter` opens the account's scorecard.
struct ScorecardDrillDown: Screen {
    /// The list shown, with its filter set to the scope.
    var list: AccountListScreen
    let scopeTitle: String

    var name: String { AccountListScreen.name }
    var title: String { "Accounts of \(scopeTitle)" }

    /// The account list of `scope`'s accounts (all of them for the portfolio).
    init(scope: ScorecardScope, context: ScreenContext) {
        list = AccountListScreen(context: context)
        scopeTitle = scope == .portfolio ? "the portfolio" : scope.title(in: context.workspace)
        let name = scope.title(in: context.workspace).replacingOccurrences(of: "\"", with: "")
        let text: String? = switch scope {
        case .manager: "manager:\"\(name)\""
        case .segment: "segment:\"\(name)\""
        case .account, .portfolio: nil
        }
        if let text, let filter = try? AccountFilter(text) { list.filter = filter }
        list.rebuild(context)
    }

    mutating func perform(_ command: Command, argument: String?, context: inout ScreenContext) -> ScreenOutcome {
        guard command.name == "open-account" else { return list.perform(command, argument: argument, context: &context) }
        guard let row = list.selectedAccount else { return .error("no account under the cursor") }
        return .push(ScorecardScreen(scope: .account(row.id), context: context))
    }

    mutating func mouse(_ event: MouseEvent, context: inout ScreenContext) -> ScreenOutcome {
        list.mouse(event, context: &context)
    }

    func draw(into buffer: inout ScreenBuffer, context: ScreenContext) { list.draw(into: &buffer, context: context) }
    func position(context: ScreenContext) -> (index: Int, count: Int)? { list.position(context: context) }
    func mode(context: ScreenContext) -> String? { list.mode(context: context) }
    mutating func refresh(context: ScreenContext) { list.refresh(context: context) }
}
