import Foundation
import Testing
@testable import KamModel

/// The JSON Schema in `schema/` accepts what kam writes (checked with python's jsonschema).
@Suite struct SchemaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaPath = packageRoot.appendingPathComponent("schema/workspace.schema.json").path

    /// Runs python3 with `arguments`; the exit status and output, or nil when python3 cannot run.
    static func python(_ arguments: [String]) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    static let jsonschemaAvailable = python(["-c", "import jsonschema"])?.status == 0

    static let checker = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for path in sys.argv[2:] for e in validator.iter_errors(json.load(open(path)))]
    print("\\n".join(errors))
    sys.exit(1 if errors else 0)
    """

    @Test(.enabled(if: jsonschemaAvailable, "needs python3 with the jsonschema package (pip install jsonschema)"))
    func filesKamWritesValidateAgainstTheSchema() throws {
        let folder = try Samples.temporaryFolder()
        var withExtras = Samples.workspace
        withExtras.extra["future"] = .bool(true)
        withExtras.accounts[0].extra["website"] = .string("https://acme.example")
        let paths = [folder + "/sample.json", folder + "/extras.json", folder + "/empty.json"]
        try WorkspaceFile.save(Samples.workspace, to: paths[0])
        try WorkspaceFile.save(withExtras, to: paths[1])
        try WorkspaceFile.save(Workspace(name: "Empty"), to: paths[2])
        let result = try #require(Self.python(["-c", Self.checker, Self.schemaPath] + paths))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: jsonschemaAvailable, "needs python3 with the jsonschema package (pip install jsonschema)"))
    func schemaRejectsWhatKamRejects() throws {
        let folder = try Samples.temporaryFolder()
        var document = try Samples.document
        document[["accounts", 0, "quarters", "2025Q2", "retention"]] = .number(3)
        document[["accounts", 0, "tier"]] = .string("gold")
        let path = folder + "/bad.json"
        try Data(JSONWriter.inline(document)).write(to: URL(fileURLWithPath: path))
        let result = try #require(Self.python(["-c", Self.checker, Self.schemaPath, path]))
        #expect(result.status == 1)
        #expect(result.output.contains("accounts/0/tier"), "\(result.output)")
        #expect(result.output.contains("accounts/0/quarters/2025Q2/retention"), "\(result.output)")
    }
}
