import Testing
@testable import KamModel

/// The fast writer against the reference writer: the same bytes for every workspace.
@Suite struct FastWriterTests {
    /// `workspace` with an unknown member (of every JSON kind) on every record.
    static func withUnknownMembers(_ workspace: Workspace) -> Workspace {
        let extra = JSONObject([
            ("zNote", .string("kept \"as\" found\n\u{2028}é")), ("zCount", .number(3)), ("zRatio", .number(0.125)),
            ("zFlag", .bool(false)), ("zNothing", .null),
            ("zList", .array([.number(1), .string("a"), .object(JSONObject([("b", .array([]))]))])),
        ])
        var workspace = workspace
        workspace.extra = extra
        workspace.settings.extra = extra
        for i in workspace.managers.indices { workspace.managers[i].extra = extra }
        for i in workspace.accounts.indices {
            var account = workspace.accounts[i]
            account.extra = extra
            for q in account.quarters.keys {
                account.quarters[q]?.extra = extra
                account.quarters[q]?.custom = ["zeta": 2.5, "alpha": -1, "mid\"quote": 1e-7]
                account.quarters[q]?.costToServe?.extra = extra
                account.quarters[q]?.nps?.extra = extra
                account.quarters[q]?.csat?.extra = extra
            }
            for j in account.contacts.indices { account.contacts[j].extra = extra }
            for j in account.activities.indices { account.activities[j].extra = extra }
            for j in account.opportunities.indices { account.opportunities[j].extra = extra }
            for j in account.objectives.indices { account.objectives[j].extra = extra }
            workspace.accounts[i] = account
        }
        return workspace
    }

    /// Many copies of the sample's accounts, so that the writer splits them between cores.
    static var large: Workspace { Samples.withManyAccounts(copies: 100) }

    @Test("the fast writer writes the sample workspace byte for byte as the reference writer")
    func sampleEqualsReference() {
        let workspace = Samples.workspace
        #expect(FastWorkspaceWriter.write(workspace, parts: 1) == WorkspaceFile.encodeReference(workspace))
    }

    @Test("unknown members, custom measures and escapes are written as the reference writes them")
    func unknownMembersEqualReference() {
        let workspace = Self.withUnknownMembers(Samples.workspace)
        let reference = WorkspaceFile.encodeReference(workspace)
        #expect(FastWorkspaceWriter.write(workspace, parts: 1) == reference)
        #expect(String(decoding: reference, as: UTF8.self).contains("zList"))
    }

    @Test("written in 1, 2, 3 or 8 parts, a large workspace gives the reference bytes")
    func partsEqualReference() {
        for workspace in [Self.large, Self.withUnknownMembers(Self.large)] {
            let reference = WorkspaceFile.encodeReference(workspace)
            for parts in [1, 2, 3, 8] {
                #expect(FastWorkspaceWriter.write(workspace, parts: parts) == reference, "\(parts) parts")
            }
        }
    }

    @Test("empty workspaces, accounts without records and odd numbers match the reference")
    func edgeCasesEqualReference() {
        var workspace = Workspace(name: "Empty")
        #expect(FastWorkspaceWriter.write(workspace) == WorkspaceFile.encodeReference(workspace))
        workspace.accounts = [
            Account(id: "a", name: "Bare", manager: "m", segment: ""),
            Account(id: "b", name: "Odd numbers", manager: "m", segment: "s", attractiveness: 2.5,
                    relationshipStrength: -0.0,
                    quarters: [Quarter(year: 2026, quarter: 1): QuarterFigures(revenue: 1e21, grossProfit: -12.75,
                                                                               retention: .nan),
                               Quarter(year: 999, quarter: 4): QuarterFigures()],
                    activities: [Activity(id: "x", date: Day(daysSinceEpoch: -800_000), kind: .note, text: "")]),
        ]
        #expect(FastWorkspaceWriter.write(workspace) == WorkspaceFile.encodeReference(workspace))
    }
}
