import Foundation
import Testing

/// The `kam` command line from the outside: exit codes, messages and files, as a script
/// or a newcomer would meet them.
@Suite("The kam command line")
final class CommandLineTests {
    /// A folder of the test's own, removed after it (each test gets a new instance).
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "kam-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func kam(_ arguments: String..., environment: [String: String] = [:]) throws -> Subprocess.Result {
        try Subprocess.run(Tmux.kamBinary, arguments, environment: environment)
    }

    static var superstorePath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data/superstore.csv").path
    }

    @Test("kam demo writes the same file for the same seed, readable by its owner only")
    func demoIsDeterministic() throws {
        let a = folder + "/a.json", b = folder + "/b.json", c = folder + "/c.json"
        #expect(try kam("demo", "--output", a).status == 0)
        #expect(try kam("demo", "--output", b).status == 0)
        #expect(try kam("demo", "--seed", "2", "--output", c).status == 0)
        let bytesA = try Data(contentsOf: URL(fileURLWithPath: a))
        #expect(bytesA == (try Data(contentsOf: URL(fileURLWithPath: b))))
        #expect(bytesA != (try Data(contentsOf: URL(fileURLWithPath: c))))
        let mode = (try FileManager.default.attributesOfItem(atPath: a)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)
    }

    @Test("kam validate: a one-line summary and 0, every problem and 1, a missing file and 2")
    func validateExitCodes() throws {
        let good = folder + "/good.json"
        _ = try kam("demo", "--output", good)
        let ok = try kam("validate", good)
        #expect(ok.status == 0)
        #expect(ok.output.contains("60 accounts, 8 quarters (2024Q4–2026Q3), 6 managers, 3 segments"))

        var text = try String(contentsOfFile: good, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"tier\": \"key\"", with: "\"tier\": \"gold\"")
        text = text.replacingOccurrences(of: "\"manager\": \"m-jan-peters\"", with: "\"manager\": \"m-nobody\"")
        let bad = folder + "/bad.json"
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        let problems = try kam("validate", bad)
        #expect(problems.status == 1)
        #expect(problems.output.contains(".tier: unknown tier \"gold\""))
        #expect(problems.output.contains(".manager: unknown manager \"m-nobody\""))
        let located = problems.output.split(separator: "\n").filter { $0.hasPrefix(bad + ":") }
        #expect(located.count >= 2, "every problem carries FILE:LINE:COLUMN")

        #expect(try kam("validate", folder + "/missing.json").status == 2)
        #expect(try kam("validate").status == 64, "a missing argument is bad usage")
    }

    @Test("the first run creates the default workspace from the demo and says so")
    func firstRunCreatesTheDefaultWorkspace() throws {
        let data = folder + "/data"
        let result = try kam(environment: ["XDG_DATA_HOME": data, "HOME": folder, "KAM_WORKSPACE": ""])
        #expect(result.output.contains("created \(data)/kam/workspace.json from the demo portfolio"))
        #expect(result.status == 3, "without a terminal the cockpit itself does not start")
        #expect(try kam("validate", data + "/kam/workspace.json").status == 0)
    }

    @Test("importing superstore twice gives the same figures, and the pareto json matches Python's")
    func importAndPareto() throws {
        let workspace = folder + "/ss.json"
        let first = try kam("import", Self.superstorePath, "--into", workspace)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("9994 used, 0 rejected"))
        let once = try Data(contentsOf: URL(fileURLWithPath: workspace))
        #expect(try kam("import", Self.superstorePath, "--into", workspace).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace)) == once, "a second import changes nothing")

        let report = try kam("report", "pareto", workspace, "--from", "2014Q1", "--to", "2017Q4", "--format", "json")
        #expect(report.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        #expect(json["accountCount"] as? Int == 793)
        #expect(json["paretoAccountCount"] as? Int == 153)
        #expect(json["valueDestroyerCount"] as? Int == 155)
        #expect(abs((json["top20ProfitShare"] as? Double ?? 0) - 0.8166477099227463) < 1e-9)
        #expect(abs((json["whaleCurvePeak"] as? Double ?? 0) - 1.248691393427294) < 1e-9)
        #expect(abs((json["totalProfit"] as? Double ?? 0) - 286_397.0217) < 0.01)
        #expect(abs((json["valueDestroyerLoss"] as? Double ?? 0) - 71_224.4744) < 0.01)
    }

    @Test("kam render prints the screen at the size asked, without escape sequences")
    func renderPrintsText() throws {
        let result = try kam("render", "accounts", "--demo", "--size", "80x24")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(!result.output.contains("\u{1B}"))
        #expect(try kam("render", "nowhere", "--demo").status == 1)
    }

    @Test("--help works on every command and --version prints the version")
    func helpEverywhere() throws {
        #expect(try kam("--version").output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        for command in ["open", "demo", "validate", "import", "report", "render"] {
            let result = try kam(command, "--help")
            #expect(result.status == 0, "\(command) --help")
            #expect(result.output.contains("USAGE"), "\(command) --help")
        }
    }
}
