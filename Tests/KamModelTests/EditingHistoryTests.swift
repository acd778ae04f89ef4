import Testing
@testable import KamModel

/// The undo history: modified state across save and undo, the depth limit, validation,
/// and the field rules the forms use.
@Suite struct EditingHistoryTests {
    private func rename(_ name: String, in workspace: Workspace) -> WorkspaceEdit {
        .updateDetails(WorkspaceDetails(name: name, currency: workspace.currency), in: workspace)
    }

    @Test func modifiedStateFollowsSaveUndoAndRedo() throws {
        var history = EditHistory(workspace: Samples.workspace)
        #expect(!history.isModified)
        try history.apply(rename("A", in: history.workspace))
        try history.apply(rename("B", in: history.workspace))
        #expect(history.isModified)
        #expect(history.unsavedDescriptions == ["Changed name of the workspace: Key accounts → A",
                                                "Changed name of the workspace: A → B"])
        history.markSaved()
        #expect(!history.isModified && history.unsavedDescriptions.isEmpty)
        try history.undo()
        #expect(history.isModified)
        #expect(history.unsavedDescriptions == ["Undid: Changed name of the workspace: A → B"])
        try history.redo()
        #expect(!history.isModified)
        try history.undo()
        try history.apply(rename("C", in: history.workspace))
        #expect(history.isModified)  // the saved state is no longer reachable
        try history.undo()
        #expect(history.isModified)
    }

    @Test func theOldestEditIsDroppedPastTheLimit() throws {
        var history = EditHistory(workspace: Samples.workspace, limit: 3)
        for i in 1...5 { try history.apply(rename("N\(i)", in: history.workspace)) }
        #expect(history.undoCount == 3)
        for _ in 0..<3 { try history.undo() }
        #expect(history.workspace.name == "N2")
        #expect(throws: EditError.nothingToUndo) { try history.undo() }
        #expect(history.isModified)
    }

    @Test func anInvalidEditIsRefusedWithFieldLevelProblems() throws {
        var history = EditHistory(workspace: Samples.workspace)
        var acme = try #require(history.workspace.account(id: "acme"))
        acme.attractiveness = 7
        acme.manager = "nobody"
        let edit = try WorkspaceEdit.updateAccount(acme, in: history.workspace)
        let problems = history.problems(of: edit)
        let base = try #require(EditValidation.path(ofAccount: "acme", in: history.workspace))
        let fields = problems.compactMap { $0.path.relative(to: base)?.description }
        #expect(fields.sorted() == ["attractiveness", "manager"])
        #expect(throws: EditError.self) { try history.apply(edit) }
        #expect(history.workspace == Samples.workspace)
    }

    @Test func validationSeesBeyondTheTouchedAccounts() throws {
        let w = Samples.workspace
        let removeAna = try WorkspaceEdit.removeManager("ana", in: w)
        #expect(EditValidation.problems(of: removeAna, in: w).map(\.description)
            == ["scorecard.overrides[0].setBy: unknown manager \"ana\"",
                "managers[0].id: Ana Lima still manages Acme Corp; give these accounts another manager first"])
        let duplicate = WorkspaceEdit.addAccount(Account(id: "bolt", name: "Bolt 2", manager: "ben", segment: "x"), in: w)
        #expect(EditValidation.problems(of: duplicate, in: w).map(\.message) == ["The workspace already has an account with id \"bolt\""])
        let orphan = WorkspaceEdit.addOverride(StatusOverride(kpi: "nps", account: "ghost", quarter: Samples.quarter("2025Q2"),
                                                              status: .red, reason: "r", expires: Samples.day("2025-12-31")), in: w)
        #expect(EditValidation.problems(of: orphan, in: w).map(\.description) == ["scorecard.overrides[1].account: unknown account \"ghost\""])
        #expect(EditValidation.problems(of: try .deleteAccount("acme", in: w), in: w).isEmpty)
    }

    @Test func fieldRulesGivePlainMessages() {
        #expect(FieldRules.revenue("12x").message == "must be a number")
        #expect(FieldRules.revenue("120,000").value == 120_000)
        #expect(FieldRules.revenue("12k").value == 12_000)
        #expect(FieldRules.revenue("").value == .some(nil))
        #expect(FieldRules.revenue("inf").message == "must be a number")
        #expect(FieldRules.rating("6").message == "must be between 1 and 5")
        #expect(FieldRules.retention("92%").value == 0.92)
        #expect(FieldRules.retention("92").message == "must be between 0 and 1, or a percentage such as 92%")
        #expect(FieldRules.count("2.5").message == "must be a whole number")
        #expect(FieldRules.satisfied("11", responses: 10).message == "must not exceed the 10 responses")
        #expect(FieldRules.nonNegative("-1").message == "must not be negative")
        #expect(FieldRules.day("2025-02-30").message == "must be a date written YYYY-MM-DD, such as 2025-07-14")
        #expect(FieldRules.quarter("2025q3").value == Samples.quarter("2025Q3"))
        #expect(FieldRules.tolerance("10%").value == 0.1)
        #expect(FieldRules.days("0").message == "must be at least 1")
        #expect(FieldRules.currency("eur").value == "EUR")
        #expect(FieldRules.email("ana").message == "must be an email address such as ana@example.com")
        #expect(FieldRules.newID("c1", taken: ["c1"], kind: "contact").message == "is already the id of another contact")
        #expect(FieldRules.requiredText("  ").message == "must not be empty")
        let tier: Result<Tier, FieldError> = FieldRules.choice("Strategic", title: \.title)
        #expect(tier.value == .strategic)
        #expect(FieldRules.manager("Ben Okafor", in: Samples.workspace).value == "ben")
    }
}
