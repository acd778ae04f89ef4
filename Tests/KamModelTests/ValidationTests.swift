import Testing
@testable import KamModel

/// The semantic rules, one bad value each, on an in-memory workspace.
@Suite struct ValidationTests {
    private func problems(_ change: (inout Workspace) -> Void) -> [String] { Samples.validationProblems(after: change) }

    @Test func sampleWorkspaceHasNoProblems() {
        #expect(WorkspaceFile.validate(Samples.workspace).isEmpty)
    }

    @Test func duplicateAccountIds() {
        #expect(problems { $0.accounts[1].id = "acme"; $0.accounts[1].quarters = [:] }
            == [#"accounts[1].id: duplicate account id "acme" (also at accounts[0])"#])
    }

    @Test("a long list of ids (checked by hash first) reports every repeat and empty id, as pairwise checking does")
    func duplicateIdsInALongList() {
        var workspace = Samples.withManyAccounts(copies: 10)
        let n = workspace.accounts.count
        for i in workspace.accounts.indices { workspace.accounts[i].id = "A\(i)" }
        // Three of one id, two of another, an empty one, and one that differs only in case.
        for i in [3, n / 2, n - 1] { workspace.accounts[i].id = "twice" }
        for i in [7, 8] { workspace.accounts[i].id = "pair" }
        workspace.accounts[11].id = ""
        workspace.accounts[12].id = "PAIR"
        var expected: [String] = []
        var first: [String: Int] = [:]
        for (i, account) in workspace.accounts.enumerated() {
            if account.id.isEmpty { expected.append("accounts[\(i)].id: must not be empty"); continue }
            if let earlier = first[account.id] {
                expected.append("accounts[\(i)].id: duplicate account id \"\(account.id)\" (also at accounts[\(earlier)])")
            } else {
                first[account.id] = i
            }
        }
        #expect(n > 16 && expected.count == 4)
        let found = WorkspaceFile.validate(workspace).map(\.description).filter { $0.contains("].id: ") && !$0.contains("].contacts") }
        #expect(found == expected)
    }

    @Test func duplicateManagerIds() {
        #expect(problems { $0.managers[1].id = "ana"; $0.accounts[1].manager = "ana" }
            == [#"managers[1].id: duplicate manager id "ana" (also at managers[0])"#])
    }

    @Test func duplicateIdsWithinAnAccount() {
        #expect(problems { $0.accounts[0].contacts[1].id = "c1" } == [#"accounts[0].contacts[1].id: duplicate contact id "c1" (also at accounts[0].contacts[0])"#])
        #expect(problems { $0.accounts[0].activities[1].id = "a1" } == [#"accounts[0].activities[1].id: duplicate activity id "a1" (also at accounts[0].activities[0])"#])
        #expect(problems { $0.accounts[0].opportunities.append($0.accounts[0].opportunities[0]) }
            == [#"accounts[0].opportunities[1].id: duplicate opportunity id "o1" (also at accounts[0].opportunities[0])"#])
        #expect(problems { $0.accounts[0].objectives[1].id = "g1" } == [#"accounts[0].objectives[1].id: duplicate objective id "g1" (also at accounts[0].objectives[0])"#])
        // The same id in two accounts is fine.
        #expect(problems { $0.accounts[1].contacts = [Contact(id: "c1", name: "Other")] }.isEmpty)
    }

    @Test func emptyIds() {
        #expect(problems { $0.accounts[0].contacts[1].id = "" } == ["accounts[0].contacts[1].id: must not be empty"])
    }

    @Test func duplicateKPIAndPerspectiveIds() {
        #expect(problems { $0.scorecard.perspectives[3].kpis[0].id = "gross-margin" }
            == [#"scorecard.perspectives[3].kpis[0].id: duplicate KPI id "gross-margin" (also at scorecard.perspectives[0].kpis[1])"#])
        #expect(problems { $0.scorecard.perspectives[2].id = "customer" }
            == [#"scorecard.perspectives[2].id: duplicate perspective id "customer" (also at scorecard.perspectives[1])"#])
    }

    @Test func accountWithAnUnknownManager() {
        #expect(problems { $0.accounts[1].manager = "Ben Okafor" }
            == [#"accounts[1].manager: unknown manager "Ben Okafor"; it must be the id of one of the workspace's managers"#])
    }

    @Test func overridesWithUnknownReferences() {
        #expect(problems { $0.scorecard.overrides[0].account = "zeta" } == [#"scorecard.overrides[0].account: unknown account "zeta""#])
        #expect(problems { $0.scorecard.overrides[0].kpi = "ebitda" }
            == [#"scorecard.overrides[0].kpi: unknown KPI "ebitda"; it must be the id of a KPI in the scorecard"#])
        #expect(problems { $0.scorecard.overrides[0].setBy = "carl" } == [#"scorecard.overrides[0].setBy: unknown manager "carl""#])
    }

    @Test func activityWithAnUnknownContact() {
        #expect(problems { $0.accounts[0].activities[1].contact = "c9" }
            == [#"accounts[0].activities[1].contact: unknown contact "c9"; it must be the id of one of this account's contacts"#])
    }

    @Test func ratingsOutsideOneToFive() {
        #expect(problems { $0.accounts[0].attractiveness = 7 } == ["accounts[0].attractiveness: must be between 1 and 5; found 7"])
        #expect(problems { $0.accounts[0].relationshipStrength = 0.5 } == ["accounts[0].relationshipStrength: must be between 1 and 5; found 0.5"])
    }

    private func changeQ2(_ workspace: inout Workspace, _ change: (inout QuarterFigures) -> Void) {
        let q = Samples.quarter("2025Q2")
        guard var figures = workspace.accounts[0].quarters[q] else { return }
        change(&figures)
        workspace.accounts[0].quarters[q] = figures
    }

    @Test func retentionOutsideZeroToOne() {
        #expect(problems { changeQ2(&$0) { $0.retention = 92 } } == [#"accounts[0].quarters["2025Q2"].retention: must be between 0 and 1; found 92"#])
    }

    @Test func negativeSurveyCounts() {
        #expect(problems { changeQ2(&$0) { $0.nps?.detractors = -1 } } == [#"accounts[0].quarters["2025Q2"].nps.detractors: must not be negative; found -1"#])
        #expect(problems { changeQ2(&$0) { $0.csat = CSATSurvey(satisfied: -2, responses: 3) } }
            == [#"accounts[0].quarters["2025Q2"].csat.satisfied: must not be negative; found -2"#])
    }

    @Test func moreSatisfiedThanResponses() {
        #expect(problems { changeQ2(&$0) { $0.csat = CSATSurvey(satisfied: 12, responses: 10) } }
            == [#"accounts[0].quarters["2025Q2"].csat.satisfied: must not exceed responses (12 > 10)"#])
    }

    @Test func negativeToleranceAndWeights() {
        #expect(problems { $0.scorecard.perspectives[0].kpis[0].tolerance = -0.1 }
            == ["scorecard.perspectives[0].kpis[0].tolerance: must not be negative; found -0.1"])
        #expect(problems { $0.scorecard.perspectives[0].kpis[0].weight = -2 }
            == ["scorecard.perspectives[0].kpis[0].weight: must not be negative; found -2"])
        #expect(problems { $0.scorecard.perspectives[1].weight = -1 } == ["scorecard.perspectives[1].weight: must not be negative; found -1"])
    }

    @Test func nonFiniteNumbers() {
        #expect(problems { changeQ2(&$0) { $0.revenue = .nan } } == [#"accounts[0].quarters["2025Q2"].revenue: must be a finite number"#])
        #expect(problems { changeQ2(&$0) { $0.custom["trainingHours"] = .infinity } }
            == [#"accounts[0].quarters["2025Q2"].custom.trainingHours: must be a finite number"#])
        #expect(problems { $0.scorecard.perspectives[0].kpis[0].target = -.infinity } == ["scorecard.perspectives[0].kpis[0].target: must be a finite number"])
    }

    @Test func otherRanges() {
        #expect(problems { changeQ2(&$0) { $0.turnaroundDays = -1 } } == [#"accounts[0].quarters["2025Q2"].turnaroundDays: must not be negative; found -1"#])
        #expect(problems { $0.accounts[0].opportunities[0].value = -5 } == ["accounts[0].opportunities[0].value: must not be negative; found -5"])
        #expect(problems { $0.settings.staleOpportunityDays = 0 } == ["settings.staleOpportunityDays: must be at least 1; found 0"])
        #expect(problems { $0.settings.discountRate = 1.5 } == ["settings.discountRate: must be between 0 and 1; found 1.5"])
        #expect(problems { $0.settings.abcThresholdB = 0.7 } == ["settings.abcThresholdB: must not be below abcThresholdA (0.7 < 0.8)"])
        #expect(problems { $0.currency = "euro" } == [#"currency: must be a three-letter ISO 4217 code such as EUR; found "euro""#])
    }

    @Test func listsEveryProblemNotJustTheFirst() {
        let found = problems {
            $0.accounts[1].manager = "zed"
            $0.accounts[0].attractiveness = 9
            $0.scorecard.perspectives[0].kpis[0].tolerance = -1
        }
        #expect(found.count == 3)
    }

    @Test func semanticProblemsInAFileCarryTheirPosition() throws {
        let problems = try Samples.problems { $0[["accounts", 0, "quarters", "2025Q2", "retention"]] = .number(1.2) }
        #expect(problems == [#"accounts[0].quarters["2025Q2"].retention: must be between 0 and 1; found 1.2"#])
    }

    @Test("accounts known to pass are checked only against the rest: their ids and managers")
    func knownValidAccountsAreCheckedAgainstTheRest() {
        var workspace = Samples.workspace
        workspace.accounts[0].attractiveness = 9
        let known = workspace.accounts.indices.map { $0 == 0 }
        #expect(!WorkspaceValidation.isValid(workspace))
        #expect(WorkspaceValidation.isValid(workspace, knownValid: known), "its own content is not looked at")
        var unknownManager = workspace
        unknownManager.accounts[0].manager = "zed"
        #expect(!WorkspaceValidation.isValid(unknownManager, knownValid: known))
        var duplicate = workspace
        duplicate.accounts[0].id = duplicate.accounts[1].id
        #expect(!WorkspaceValidation.isValid(duplicate, knownValid: known))
        var otherAccount = workspace
        otherAccount.accounts[0].attractiveness = 3
        otherAccount.accounts[1].attractiveness = 9
        #expect(!WorkspaceValidation.isValid(otherAccount, knownValid: known), "accounts not known are checked whole")
    }
}
