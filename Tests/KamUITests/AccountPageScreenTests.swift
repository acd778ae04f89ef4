import KamModel
import Testing
@testable import KamUI

@Suite("Account page screen")
struct AccountPageScreenTests {
    @Test("the account page at 80x24 shows four panes; Tab pages to the rest")
    func snapshot80x24() throws {
        var state = try AppFixture.state(screen: "account", account: AppFixture.workspace.accounts[0].id)
        assertSnapshot(App.render(state), named: "account-80x24")
        try AppFixture.press("<Tab><Tab><Tab><Tab>", &state)
        assertSnapshot(App.render(state), named: "account-80x24-pane5")
    }

    @Test("the account page at 120x40 shows all six panes")
    func snapshot120x40() throws {
        let state = try AppFixture.state(width: 120, height: 40, screen: "account",
                                         account: AppFixture.workspace.accounts[3].id)
        let text = App.render(state).text
        for pane in AccountPane.allCases { #expect(text.contains(pane.title), "\(pane.title) shown") }
        assertSnapshot(App.render(state), named: "account-120x40")
    }

    @Test("an unknown account id is a clear error")
    func unknownAccount() {
        #expect(throws: ScreenOpenError("no account with id nope")) {
            try AppFixture.state(screen: "account", account: "nope")
        }
    }
}
