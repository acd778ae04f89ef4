import KamModel
import Testing
@testable import KamUI

@Suite("Deleting asks first and can be undone")
struct EditDeleteTests {
    @Test("d on the list asks before deleting the account; n keeps it")
    func deleteAccountAsks() throws {
        var state = try EditFixture.list()
        let account = try #require(EditTargets.currentAccount(state))
        try AppFixture.press("d", &state)
        let question = try EditFixture.question(state)
        #expect(question.text.hasPrefix("Delete account \(account.name)?"))
        #expect(question.choices.map(\.key) == ["y", "n"])
        try AppFixture.press("n", &state)
        #expect(state.workspace.account(id: account.id) != nil)
        #expect(!state.editing.isModified)
    }

    @Test("y deletes the account, u brings it back where it was")
    func deleteAndUndo() throws {
        var state = try EditFixture.list()
        let account = try #require(EditTargets.currentAccount(state))
        let index = try #require(state.workspace.accounts.firstIndex { $0.id == account.id })
        try AppFixture.press("dy", &state)
        #expect(state.workspace.account(id: account.id) == nil)
        #expect(state.message?.text == "Deleted account \(account.name); u undoes it")
        try AppFixture.press("u", &state)
        #expect(state.workspace.accounts[index] == account)
        #expect(!state.editing.isModified)
    }

    @Test("deleting the open account's record on the page: the chooser, the question, the edit")
    func deleteActivity() throws {
        var state = try EditFixture.page(.activities)
        let newest = try #require(EditFixture.account.activities.max { $0.date < $1.date })
        try AppFixture.press("d<Enter>", &state)
        #expect(try EditFixture.question(state).text.contains(newest.date.description))
        try AppFixture.press("y", &state)
        #expect(try EditFixture.current(state).activities.contains { $0.id == newest.id } == false)
    }

    @Test("deleting an account whose page is open in the stack closes the page; undo reopens nothing but restores it")
    func deleteFromPageStack() throws {
        var state = try EditFixture.page()
        try AppFixture.press(":delete account<Enter>y", &state)
        #expect(state.screen is AccountListScreen)
        #expect(state.workspace.account(id: EditFixture.account.id) == nil)
        try AppFixture.press("u", &state)
        #expect(state.workspace.account(id: EditFixture.account.id) == EditFixture.account)
    }
}
