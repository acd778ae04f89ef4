import Testing
@testable import KamModel

/// Schema versions: migration of version 1 files and refusal of newer ones.
@Suite struct MigrationTests {
    static let version1 = """
    {
      "schemaVersion": 1,
      "name": "Old book",
      "accounts": [
        {"id": "acme", "name": "Acme", "manager": "Ana Lima", "segment": "Industry",
         "quarters": {"2024Q4": {"revenue": 1000, "costToServe": 120}, "2025Q1": {"revenue": 1100, "costToServe": {"sales": 5}}}},
        {"id": "bolt", "name": "Bolt", "manager": "Ben O'Kafor", "segment": "Retail", "legacyCode": 7},
        {"id": "cora", "name": "Cora", "manager": "Ana Lima", "segment": "Retail"},
        {"id": "dino", "name": "Dino", "manager": "Ana  LIMA", "segment": "Retail"}
      ]
    }
    """

    @Test func migratesVersion1ManagersAndCostToServe() throws {
        let workspace = try WorkspaceFile.decode(bytes: Array(Self.version1.utf8), fileName: "old.json")
        #expect(workspace.schemaVersion == 2)
        #expect(workspace.managers == [
            Manager(id: "ana-lima", name: "Ana Lima"),
            Manager(id: "ben-o-kafor", name: "Ben O'Kafor"),
            Manager(id: "ana-lima-2", name: "Ana  LIMA"),
        ])
        #expect(workspace.accounts.map(\.manager) == ["ana-lima", "ben-o-kafor", "ana-lima", "ana-lima-2"])
        let acme = try #require(workspace.account(id: "acme"))
        #expect(acme.quarters[Samples.quarter("2024Q4")]?.costToServe == CostToServe(other: 120))
        #expect(acme.quarters[Samples.quarter("2025Q1")]?.costToServe == CostToServe(sales: 5))
        #expect(workspace.account(id: "bolt")?.extra["legacyCode"] == .number(7))
    }

    @Test func migratedFileIsSavedAsTheCurrentVersion() throws {
        let workspace = try WorkspaceFile.decode(bytes: Array(Self.version1.utf8), fileName: "old.json")
        let text = String(decoding: WorkspaceFile.encode(workspace), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"schemaVersion\": 2,\n"))
        #expect(text.contains(#"{"id": "ana-lima", "name": "Ana Lima"}"#))
    }

    @Test func migrationStepsChainUpToTheCurrentVersion() {
        let migrated = WorkspaceMigration.migrate(JSONObject([("schemaVersion", .number(1)), ("accounts", .array([]))]), from: 1)
        #expect(migrated["schemaVersion"] == .number(Double(Workspace.currentSchemaVersion)))
        #expect(migrated.keys == ["schemaVersion", "managers", "accounts"])
    }

    @Test func refusesANewerVersion() {
        let text = #"{"schemaVersion": 3, "name": "Future"}"#
        #expect(throws: WorkspaceError.newerSchema(file: "future.json", version: 3)) {
            try WorkspaceFile.decode(bytes: Array(text.utf8), fileName: "future.json")
        }
        let message = WorkspaceError.newerSchema(file: "future.json", version: 3).description
        #expect(message == "future.json was written by a newer kam (schema version 3); this kam reads up to version 2. Upgrade kam.")
    }

    @Test func requiresASchemaVersion() {
        #expect(Samples.problems(in: Array(#"{"name": "x"}"#.utf8)).map(\.description)
            == ["ws.json:1:1: schemaVersion: is required (the current version is 2)"])
        #expect(Samples.problems(in: Array(#"{"schemaVersion": "2", "name": "x"}"#.utf8)).map(\.description)
            == ["ws.json:1:19: schemaVersion: must be a whole number"])
        #expect(Samples.problems(in: Array(#"{"schemaVersion": 0, "name": "x"}"#.utf8)).map(\.description)
            == ["ws.json:1:19: schemaVersion: unknown schema version 0; this kam reads versions 1 to 2"])
    }

    @Test func slugsAreStableAndUnique() {
        var used = Set<String>()
        #expect(WorkspaceMigration.uniqueSlug(for: "Zoë  van der Berg", avoiding: &used) == "zo-van-der-berg")
        #expect(WorkspaceMigration.uniqueSlug(for: "***", avoiding: &used) == "manager")
        #expect(WorkspaceMigration.uniqueSlug(for: "Manager", avoiding: &used) == "manager-2")
    }
}
