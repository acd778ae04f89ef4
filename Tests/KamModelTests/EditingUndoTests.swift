import Testing
@testable import KamModel

/// Every kind of edit: apply, undo gives back the workspace, redo gives the edited one, and
/// the edit survives the journal's JSON round trip.
@Suite struct EditingUndoTests {
    static let w = Samples.workspace

    /// One named edit of each kind the UI makes, built with the factories.
    static var edits: [(String, WorkspaceEdit)] {
        get throws {
            var acme = try #require(w.account(id: "acme"))
            acme.tier = .strategic
            var figures = try #require(acme.quarters[Samples.quarter("2025Q2")])
            figures.costToServe?.logistics = 250
            figures.nps = NPSSurvey(promoters: 6, passives: 2, detractors: 0)
            figures.custom["trainingHours"] = 9
            var contact = acme.contacts[1]
            contact.attitude = .mentor
            var activity = acme.activities[0]
            activity.text = "QBR with the CFO"
            var objective = acme.objectives[1]
            objective.due = Samples.quarter("2026Q1")
            var kpi = try #require(w.scorecard.kpi(id: "nps"))
            kpi.target = 35
            kpi.tolerance = 0.2
            kpi.direction = .lowerIsBetter
            var override = w.scorecard.overrides[0]
            override.status = .green
            var settings = w.settings
            settings.noContactDays = 30
            var manager = w.managers[1]
            manager.email = "ben@example.com"
            var opportunity = acme.opportunities[0]
            opportunity.value = 90_000
            var multi = acme
            multi.notes = "New notes"
            multi.quarters[Samples.quarter("2025Q3")] = QuarterFigures(revenue: 1)
            multi.contacts.removeFirst()
            multi.activities = multi.activities.map { var a = $0; if a.contact == "c1" { a.contact = nil }; return a }
            return [
                ("add account", .addAccount(Account(id: "cato", name: "Cato AG", manager: "ana", segment: "Retail"), in: w)),
                ("edit profile", try .updateAccount(acme, in: w)),
                ("edit several parts", try .updateAccount(multi, in: w)),
                ("delete account", try .deleteAccount("acme", in: w)),
                ("set figures", try .setFigures(QuarterFigures(revenue: 5, retention: 0.5), for: Samples.quarter("2025Q3"), of: "bolt", in: w)),
                ("change figures", try .setFigures(figures, for: Samples.quarter("2025Q2"), of: "acme", in: w)),
                ("clear figures", try .setFigures(nil, for: Samples.quarter("2025Q1"), of: "acme", in: w)),
                ("add contact", try .addContact(Contact(id: "c3", name: "Mo Diaz"), to: "acme", in: w)),
                ("edit contact", try .updateContact(contact, of: "acme", in: w)),
                ("remove contact", try .removeContact("c1", from: "acme", in: w)),
                ("log activity", try .logActivity(Activity(id: "a3", date: Samples.day("2025-07-01"), kind: .call, text: "Follow-up"), on: "acme", in: w)),
                ("edit activity", try .updateActivity(activity, of: "acme", in: w)),
                ("remove activity", try .removeActivity("a2", from: "acme", in: w)),
                ("add opportunity", try .addOpportunity(Opportunity(id: "o2", name: "Spares", stage: .contacted, value: 1000,
                                                                   expectedClose: Samples.quarter("2026Q1"), lastChanged: Samples.day("2025-07-01")), to: "bolt", in: w)),
                ("edit opportunity", try .updateOpportunity(opportunity, of: "acme", in: w)),
                ("move opportunity", try .moveOpportunity("o1", of: "acme", to: .won, on: Samples.day("2025-07-02"), in: w)),
                ("remove opportunity", try .removeOpportunity("o1", from: "acme", in: w)),
                ("add objective", try .addObjective(Objective(id: "g3", title: "Train the team"), to: "acme", in: w)),
                ("edit objective", try .updateObjective(objective, of: "acme", in: w)),
                ("objective done", try .setObjectiveStatus("g2", of: "acme", to: .done, on: Samples.day("2025-07-03"), in: w)),
                ("remove objective", try .removeObjective("g1", from: "acme", in: w)),
                ("add KPI", try .addKPI(KPI(id: "visits", name: "Site visits", metric: .custom("visits"), target: 2), to: "internal", in: w)),
                ("edit KPI", try .updateKPI(kpi, in: w)),
                ("remove KPI", try .removeKPI("nps", in: w)),
                ("edit perspective", try .updatePerspective("customer", to: PerspectiveHeader(name: "Customers", weight: 2), in: w)),
                ("add override", .addOverride(StatusOverride(kpi: "csat", quarter: Samples.quarter("2025Q2"), status: .green,
                                                             reason: "One-off", expires: Samples.day("2025-12-31")), in: w)),
                ("edit override", try .updateOverride(w.scorecard.overrides[0], to: override, in: w)),
                ("remove override", try .removeOverride(w.scorecard.overrides[0], in: w)),
                ("add manager", .addManager(Manager(id: "cy", name: "Cy Tan"), in: w)),
                ("edit manager", try .updateManager(manager, in: w)),
                ("edit settings", .updateSettings(settings, in: w)),
                ("edit details", .updateDetails(WorkspaceDetails(name: "KAM 2025", currency: "CHF"), in: w)),
            ]
        }
    }

    @Test func everyKindOfEditUndoesAndRedoesExactly() throws {
        for (name, edit) in try Self.edits {
            var history = EditHistory(workspace: Self.w)
            try history.apply(edit)
            let edited = history.workspace
            #expect(edited != Self.w, "\(name) changed nothing")
            #expect(try edit.applied(to: Self.w) == edited, "\(name)")
            try history.undo()
            #expect(history.workspace == Self.w, "undo of \(name)")
            #expect(!history.isModified, "\(name)")
            try history.redo()
            #expect(history.workspace == edited, "redo of \(name)")
            #expect(WorkspaceFile.validate(edited).isEmpty, "\(name) left problems")
        }
    }

    @Test func everyKindOfEditSurvivesTheJournalEncoding() throws {
        for (name, edit) in try Self.edits {
            let line = JournalFile.Entry(.apply, edit).line
            let read = try JournalFile.Entry(line: Array(line.dropLast()))
            #expect(read.edit == edit, "\(name)")
        }
    }

    @Test func descriptionsNameTheChange() throws {
        var acme = try #require(Self.w.account(id: "acme"))
        acme.tier = .maintain
        #expect(try WorkspaceEdit.updateAccount(acme, in: Self.w).description == "Changed tier of Acme Corp: key → maintain")
        let call = Activity(id: "a9", date: Samples.day("2025-07-01"), kind: .call, text: "")
        #expect(try WorkspaceEdit.logActivity(call, on: "acme", in: Self.w).description == "Logged a call on Acme Corp")
        let move = try WorkspaceEdit.moveOpportunity("o1", of: "acme", to: .won, on: Samples.day("2025-07-02"), in: Self.w)
        #expect(move.description == "Moved Line 3 retrofit (Acme Corp): proposal sent → won")
        #expect(move.inverse.description == "Undid: Moved Line 3 retrofit (Acme Corp): proposal sent → won")
        var figures = try #require(acme.quarters[Samples.quarter("2025Q1")])
        figures.revenue = 125_000
        #expect(try WorkspaceEdit.setFigures(figures, for: Samples.quarter("2025Q1"), of: "acme", in: Self.w).description
            == "Changed 2025Q1 revenue of Acme Corp: 110000.25 → 125000")
    }

    @Test func movingAnOpportunityStampsLastChanged() throws {
        let day = Samples.day("2025-07-02")
        let edit = try WorkspaceEdit.moveOpportunity("o1", of: "acme", to: .won, on: day, in: Self.w)
        let after = try edit.applied(to: Self.w)
        let opportunity = try #require(after.account(id: "acme")?.opportunities.first)
        #expect(opportunity.stage == .won)
        #expect(opportunity.lastChanged == day)
    }

    @Test func anEditWhosePreconditionNoLongerHoldsThrowsAndChangesNothing() throws {
        let edit = try WorkspaceEdit.setFigures(nil, for: Samples.quarter("2025Q1"), of: "acme", in: Self.w)
        var gone = try WorkspaceEdit.deleteAccount("acme", in: Self.w).applied(to: Self.w)
        let before = gone
        #expect(throws: EditError.preconditionFailed("The account \"acme\" no longer exists")) { try edit.apply(to: &gone) }
        #expect(gone == before)
        var changed = Self.w
        changed.accounts[0].quarters[Samples.quarter("2025Q1")]?.revenue = 1
        let snapshot = changed
        #expect(throws: EditError.self) { try edit.apply(to: &changed) }
        #expect(changed == snapshot)
    }

    @Test func aFailingStepRollsBackTheStepsBeforeIt() throws {
        // Deleting Acme first removes its override, then the account; with the account gone
        // from a copy that still has the override, the first step applies and must be rolled back.
        let edit = try WorkspaceEdit.deleteAccount("acme", in: Self.w)
        var workspace = Self.w
        workspace.accounts.removeAll { $0.id == "acme" }
        let before = workspace
        #expect(throws: EditError.self) { try edit.apply(to: &workspace) }
        #expect(workspace == before)
    }

    @Test func updateAccountStoresOnlyTheChangedPieces() throws {
        var acme = try #require(Self.w.account(id: "acme"))
        acme.tier = .other
        let edit = try WorkspaceEdit.updateAccount(acme, in: Self.w)
        guard case .profile? = edit.steps.first, edit.steps.count == 1 else {
            Issue.record("expected one profile step, got \(edit.steps)")
            return
        }
    }
}
