import Testing
@testable import KamModel

/// Load then save gives back the same bytes and the same workspace, unknown fields included.
@Suite struct RoundTripTests {
    @Test func encodedWorkspaceDecodesToTheSameWorkspace() throws {
        let workspace = Samples.workspace
        #expect(try WorkspaceFile.decode(bytes: WorkspaceFile.encode(workspace), fileName: "ws.json") == workspace)
    }

    @Test func loadThenSaveIsByteIdentical() throws {
        let bytes = WorkspaceFile.encode(Samples.workspace)
        let again = WorkspaceFile.encode(try WorkspaceFile.decode(bytes: bytes, fileName: "ws.json"))
        #expect(again == bytes)
    }

    @Test func writesTheCanonicalLayout() {
        let text = Samples.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "{")
        #expect(lines[1] == "  \"schemaVersion\": 2,")
        #expect(lines[2] == "  \"name\": \"Key accounts\",")
        #expect(text.hasSuffix("}\n"))
        #expect(lines.contains("    {\"id\": \"ana\", \"name\": \"Ana Lima\", \"email\": \"ana@example.com\"},"))
        // Quarters in order, each on one line, custom measures sorted by name.
        let q1 = lines.firstIndex { $0.hasPrefix("        \"2025Q1\": {") }
        let q2 = lines.firstIndex { $0.hasPrefix("        \"2025Q2\": {") }
        #expect(q1 != nil && q2 != nil && q1! < q2!)
        #expect(lines.contains {
            $0.contains(#""2025Q2": {"revenue": 120000, "grossProfit": 31000, "costToServe": {"sales": 4000, "accountTeam": 6000, "support": 1500.5, "logistics": 0, "other": 0}"#)
                && $0.hasSuffix(#""custom": {"solutionsCoDeveloped": 1, "trainingHours": 6}}"#)
        })
        #expect(lines.contains("        {\"id\": \"a2\", \"date\": \"2025-06-02\", \"kind\": \"email\", \"text\": \"Sent proposal\"}"))
        #expect(lines.contains("      \"notes\": \"Renewal in Q4.\\nWatch pricing.\","))
        // A second account without records still lists them, empty.
        #expect(lines.contains("      \"contacts\": [],"))
        #expect(lines.contains("      \"objectives\": []"))
        // Nil optionals are left out.
        #expect(!text.contains("\"email\": null"))
        #expect(!lines.contains { $0.contains("\"bolt\"") && $0.contains("attractiveness") })
    }

    @Test func keepsUnknownFieldsAtEveryLevel() throws {
        var document = try Samples.document
        document[["futureTopLevel"]] = .object(JSONObject([("b", .number(1)), ("a", .array([.string("x")]))]))
        document[["settings", "fiscalYearStart"]] = .number(4)
        document[["managers", 0, "phone"]] = .string("+49 30 1234")
        document[["accounts", 0, "website"]] = .string("https://acme.example")
        document[["accounts", 0, "quarters", "2025Q2", "headcount"]] = .number(12)
        document[["accounts", 0, "quarters", "2025Q2", "costToServe", "travel"]] = .number(300)
        document[["accounts", 0, "quarters", "2025Q2", "nps", "surveyId"]] = .string("s-1")
        document[["accounts", 0, "contacts", 0, "linkedin"]] = .string("jpark")
        document[["accounts", 0, "opportunities", 0, "probability"]] = .number(0.4)
        document[["scorecard", "perspectives", 0, "color"]] = .string("blue")
        document[["scorecard", "perspectives", 0, "kpis", 0, "owner"]] = .string("ana")
        document[["scorecard", "overrides", 0, "ticket"]] = .string("KAM-12")
        document[["scorecard", "reviewCycle"]] = .string("quarterly")

        let workspace = try WorkspaceFile.decode(bytes: JSONWriter.inline(document), fileName: "ws.json")
        #expect(workspace.extra["futureTopLevel"] != nil)
        #expect(workspace.settings.extra["fiscalYearStart"] == .number(4))
        #expect(workspace.accounts[0].extra["website"] == .string("https://acme.example"))
        let q2 = workspace.accounts[0].quarters[Samples.quarter("2025Q2")]
        #expect(q2?.extra["headcount"] == .number(12))
        #expect(q2?.costToServe?.extra["travel"] == .number(300))
        #expect(q2?.nps?.extra["surveyId"] == .string("s-1"))

        // Saved, the unknown fields come back where they were, after the known ones.
        let saved = WorkspaceFile.encode(workspace)
        let reread = try JSONParser.parse(saved)
        for path: [PathStep] in [
            ["futureTopLevel"], ["settings", "fiscalYearStart"], ["managers", 0, "phone"], ["accounts", 0, "website"],
            ["accounts", 0, "quarters", "2025Q2", "headcount"], ["accounts", 0, "contacts", 0, "linkedin"],
            ["accounts", 0, "opportunities", 0, "probability"], ["scorecard", "perspectives", 0, "color"],
            ["scorecard", "perspectives", 0, "kpis", 0, "owner"], ["scorecard", "overrides", 0, "ticket"],
            ["scorecard", "reviewCycle"], ["accounts", 0, "quarters", "2025Q2", "costToServe", "travel"],
        ] {
            #expect(reread[path] == document[path], "\(path)")
        }
        let text = String(decoding: saved, as: UTF8.self)
        #expect(text.contains(#"  "futureTopLevel": {"b": 1, "a": ["x"]}"#))
        #expect(text.contains(#""senior": true, "since": "2021-03-01", "linkedin": "jpark"}"#))
        // And a file with unknown fields, once written by kam, round-trips byte for byte.
        #expect(WorkspaceFile.encode(try WorkspaceFile.decode(bytes: saved, fileName: "ws.json")) == saved)
    }

    @Test func missingOptionalMembersTakeTheirDefaults() throws {
        let text = #"{"schemaVersion": 2, "name": "Tiny", "managers": [{"id": "m", "name": "M"}], "accounts": [{"id": "a", "name": "A", "manager": "m", "segment": "S"}]}"#
        let workspace = try WorkspaceFile.decode(bytes: Array(text.utf8), fileName: "tiny.json")
        #expect(workspace.currency == "EUR")
        #expect(workspace.settings == Settings())
        #expect(workspace.scorecard == .standard)
        let account = try #require(workspace.accounts.first)
        #expect(account.tier == .other && account.status == .existing && account.industry == "" && account.quarters.isEmpty)
    }
}
