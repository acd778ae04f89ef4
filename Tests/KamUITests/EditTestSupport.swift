import KamModel
import Testing
@testable import KamUI

/// States and helpers for the editing tests: the demo workspace on the list or an account page.
enum EditFixture {
    /// An account of the demo with several contacts, open opportunities, activities and objectives.
    static let account: Account = AppFixture.workspace.accounts.first { account in
        account.contacts.count >= 2 && account.opportunities.filter(\.stage.isOpen).count >= 2
            && account.activities.count >= 2 && !account.objectives.isEmpty
    } ?? AppFixture.workspace.accounts[0]

    /// The account list, editing a file at `/data/workspace.json`.
    static func list() throws -> AppState {
        var state = try AppFixture.state()
        state.editing.path = "/data/workspace.json"
        return state
    }

    /// The account page of `account` with the focus on `pane`.
    static func page(_ pane: AccountPane = .profile) throws -> AppState {
        var state = try AppFixture.state(screen: "account", account: account.id)
        state.editing.path = "/data/workspace.json"
        let steps = AccountPane.allCases.firstIndex(of: pane) ?? 0
        for _ in 0..<steps { try AppFixture.press("<Tab>", &state) }
        return state
    }

    /// The account as the state's workspace has it now.
    static func current(_ state: AppState, _ id: String = account.id) throws -> Account {
        try #require(state.workspace.account(id: id))
    }

    /// The open form, or a test failure.
    static func form(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) throws -> EditForm {
        guard case .form(let form)? = state.overlay else {
            Issue.record("no form open; overlay is \(String(describing: state.overlay))", sourceLocation: sourceLocation)
            throw FixtureError.noForm
        }
        return form
    }

    /// The open question, or a test failure.
    static func question(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) throws -> Question {
        guard case .question(let question)? = state.overlay else {
            Issue.record("no question open; overlay is \(String(describing: state.overlay))", sourceLocation: sourceLocation)
            throw FixtureError.noQuestion
        }
        return question
    }

    /// The edits recorded in `effects`, for checking what the host is asked to journal.
    static func recorded(_ effects: [Effect]) -> [EditRecord] {
        effects.compactMap { if case .record(let record) = $0 { record } else { nil } }
    }

    enum FixtureError: Error { case noForm, noQuestion }
}
