import KamModel
import Testing
@testable import KamUI

@Suite("Editing with forms, key by key through update")
struct EditFormsTests {
    @Test("e on the list edits the account: tier changed with Right, saved with Enter")
    func editAccountFromList() throws {
        var state = try EditFixture.list()
        let id = try #require(EditTargets.currentAccount(state)).id
        let before = try EditFixture.current(state, id).tier
        try AppFixture.press("e", &state)
        #expect(try EditFixture.form(state).title.hasPrefix("Edit account"))
        let effects = try AppFixture.press("<Tab><Tab><Tab><Tab><Right><Enter>", &state)
        let after = try EditFixture.current(state, id).tier
        #expect(after != before)
        #expect(state.overlay == nil)
        #expect(state.message?.text.hasPrefix("Changed tier of") == true)
        #expect(state.editing.unsavedCount == 1)
        #expect(EditFixture.recorded(effects).count == 1)
    }

    @Test("A adds an account; an empty name cannot be saved and the form says why")
    func addAccount() throws {
        var state = try EditFixture.list()
        try AppFixture.press("A<Enter>", &state)
        #expect(try EditFixture.form(state).focused?.id == "name")
        #expect(state.message == AppMessage("cannot save: Name: must not be empty", isError: true))
        #expect(state.workspace.accounts.count == 60)
        try AppFixture.press("Nordwind GmbH<Enter>", &state)
        #expect(state.overlay == nil)
        #expect(state.workspace.accounts.count == 61)
        #expect(state.workspace.accounts.last?.name == "Nordwind GmbH")
        #expect(state.message?.text == "Added account Nordwind GmbH")
    }

    @Test("a on the contacts pane adds a contact with its role picked by letter")
    func addContact() throws {
        var state = try EditFixture.page(.contacts)
        let count = EditFixture.account.contacts.count
        try AppFixture.press("a", &state)
        try AppFixture.press("Ana Lima<Tab>CFO<Tab>d<Tab><Tab><Tab><Space><Enter>", &state)
        let contacts = try EditFixture.current(state).contacts
        #expect(contacts.count == count + 1)
        let added = try #require(contacts.last)
        #expect(added.name == "Ana Lima" && added.title == "CFO" && added.role == .decisionMaker && added.senior)
        #expect(!EditFixture.account.contacts.map(\.id).contains(added.id))
    }

    @Test("e on the contacts pane asks which contact, then edits it")
    func editContactThroughChooser() throws {
        var state = try EditFixture.page(.contacts)
        try AppFixture.press("e", &state)
        guard case .pick(let list)? = state.overlay else { Issue.record("no chooser"); return }
        #expect(list.items.count == EditFixture.account.contacts.count)
        try AppFixture.press("j<Enter>", &state)
        let second = EditFixture.account.contacts[1]
        #expect(try EditFixture.form(state).value("name") == second.name)
        try AppFixture.press("<Tab><C-u>Head of buying<Enter>", &state)
        #expect(try EditFixture.current(state).contacts[1].title == "Head of buying")
    }

    @Test("a on the activities pane logs an activity dated today")
    func addActivity() throws {
        var state = try EditFixture.page(.activities)
        try AppFixture.press("a<Tab>c<Tab>Called about the renewal<Enter>", &state)
        let added = try #require(try EditFixture.current(state).activities.last)
        #expect(added.kind == .call && added.text == "Called about the renewal" && added.date == AppFixture.today)
    }

    @Test("adding an opportunity reads 25k; changing its stage in the form stamps today")
    func opportunities() throws {
        var state = try EditFixture.page(.opportunities)
        try AppFixture.press("a", &state)
        try AppFixture.press("Fleet renewal<Tab><Tab>25k<Enter>", &state)
        let added = try #require(try EditFixture.current(state).opportunities.last)
        #expect(added.name == "Fleet renewal" && added.value == 25_000 && added.stage == .contacted)
        let target = try #require(EditFixture.account.opportunities.first { $0.stage.isOpen })
        #expect(target.lastChanged != AppFixture.today)
        try AppFixture.press(":edit opportunity \(target.id)<Enter>", &state)
        try AppFixture.press("<Tab><Right><Enter>", &state)
        let moved = try #require(try EditFixture.current(state).opportunities.first { $0.id == target.id })
        #expect(moved.stage == target.stage.next)
        #expect(moved.lastChanged == AppFixture.today)
    }

    @Test("a on the profile pane adds an account-plan objective")
    func addObjective() throws {
        var state = try EditFixture.page(.profile)
        try AppFixture.press("a", &state)
        #expect(try EditFixture.form(state).title.hasPrefix("Add objective"))
        try AppFixture.press("Meet the new CTO<Tab><Right><Tab>2026Q4<Enter>", &state)
        let added = try #require(try EditFixture.current(state).objectives.last)
        #expect(added.title == "Meet the new CTO" && added.status == .inProgress && added.due == Quarter("2026Q4"))
    }

    @Test("quarterly figures and cost-to-serve lines are edited from the figures pane")
    func figuresAndCosts() throws {
        var state = try EditFixture.page(.figures)
        let quarter = state.quarter
        try AppFixture.press("e", &state)
        try AppFixture.press("<Enter><C-u>150k<Enter>", &state)
        #expect(try EditFixture.current(state).quarters[quarter]?.revenue == 150_000)
        try AppFixture.press("ej<Enter><C-u>1,000<Enter>", &state)
        #expect(try EditFixture.current(state).quarters[quarter]?.costToServe?.sales == 1_000)
        try AppFixture.press("a", &state)
        #expect(try EditFixture.form(state).value("quarter") == quarter.next.description)
        try AppFixture.press("<Tab>10k<Enter>", &state)
        #expect(try EditFixture.current(state).quarters[quarter.next]?.revenue == 10_000)
    }

    @Test("KPI targets, tolerances and perspective weights are edited by name")
    func scorecardTargets() throws {
        var state = try EditFixture.page(.scorecard)
        let kpi = try #require(state.workspace.scorecard.kpis.first)
        try AppFixture.press(":edit kpi \(kpi.id)<Enter>", &state)
        try AppFixture.press("<C-u>42<Tab><Tab><Tab><C-u>5%<Enter>", &state)
        let changed = try #require(state.workspace.scorecard.kpi(id: kpi.id))
        #expect(changed.target == 42 && changed.tolerance == 0.05)
        let perspective = try #require(state.workspace.scorecard.perspectives.first)
        try AppFixture.press(":edit perspective \(perspective.id)<Enter><C-u>3<Enter>", &state)
        #expect(state.workspace.scorecard.perspectives.first?.weight == 3)
    }

    @Test("a status override needs a reason and gets the expiry typed")
    func addOverride() throws {
        var state = try EditFixture.page(.scorecard)
        let count = state.workspace.scorecard.overrides.count
        try AppFixture.press("a<Enter>", &state)
        #expect(state.message == AppMessage("cannot save: Reason: must not be empty", isError: true))
        try AppFixture.press("Strike at the port<Tab><C-u>2026-12-31<Enter>", &state)
        #expect(state.workspace.scorecard.overrides.count == count + 1)
        let added = try #require(state.workspace.scorecard.overrides.last)
        #expect(added.reason == "Strike at the port" && added.account == EditFixture.account.id)
        #expect(added.expires == Day("2026-12-31"))
    }

    @Test("Esc on a form with typed text asks; n goes back to the form, y drops it")
    func cancelAsks() throws {
        var state = try EditFixture.page(.contacts)
        try AppFixture.press("a<Esc>", &state)
        #expect(state.overlay == nil)   // nothing typed: closes at once
        try AppFixture.press("aZed<Esc>", &state)
        #expect(try EditFixture.question(state).title == "Discard")
        try AppFixture.press("n", &state)
        #expect(try EditFixture.form(state).value("name") == "Zed")
        try AppFixture.press("<Esc>y", &state)
        #expect(state.overlay == nil)
        #expect(try EditFixture.current(state) == EditFixture.account)
        #expect(!state.editing.isModified)
    }

    @Test("an account id already taken is refused next to the id field")
    func modelProblemNextToField() throws {
        var state = try EditFixture.list()
        try AppFixture.press("A", &state)
        let taken = state.workspace.accounts[0].id
        try AppFixture.press("<S-Tab><C-u>\(taken)", &state)
        #expect(try EditFixture.form(state).message(at: 0) == "is already the id of another account")
    }

    @Test("a problem only the model finds is shown under the field it is about, and the form stays")
    func modelProblemUnderField() throws {
        var state = try AppFixture.state(workspace: Workspace(name: "Empty"))
        try AppFixture.press("A", &state)
        try AppFixture.press("Solo GmbH<Tab>nobody<Tab>Retail<Enter>", &state)
        let form = try EditFixture.form(state)
        #expect(form.focused?.id == "manager")
        #expect(form.message(at: form.focus)?.hasPrefix("unknown manager \"nobody\"") == true)
        #expect(state.message?.isError == true && state.workspace.accounts.isEmpty)
        try AppFixture.press("x", &state)
        #expect(try EditFixture.form(state).message(at: 2) == nil, "the model's message goes once the field changes")
    }
}
