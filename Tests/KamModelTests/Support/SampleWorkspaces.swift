import Foundation
@testable import KamModel

/// Small workspaces and helpers shared by the model tests.
enum Samples {
    static func day(_ text: String) -> Day {
        guard let day = Day(text) else { fatalError("bad test date \(text)") }
        return day
    }

    static func quarter(_ text: String) -> Quarter {
        guard let quarter = Quarter(text) else { fatalError("bad test quarter \(text)") }
        return quarter
    }

    /// Two managers, two accounts with figures and relationship records, the standard scorecard.
    static var workspace: Workspace {
        let acme = Account(
            id: "acme", name: "Acme Corp", manager: "ana", segment: "Manufacturing", industry: "Machinery",
            tier: .key, status: .existing, attractiveness: 4, relationshipStrength: 3.5, notes: "Renewal in Q4.\nWatch pricing.",
            quarters: [
                quarter("2025Q2"): QuarterFigures(revenue: 120_000, grossProfit: 31_000,
                                                  costToServe: CostToServe(sales: 4000, accountTeam: 6000, support: 1500.5),
                                                  categorySpend: 300_000, nps: NPSSurvey(promoters: 5, passives: 2, detractors: 1),
                                                  csat: CSATSurvey(satisfied: 9, responses: 10), issueResolutionDays: 2.5,
                                                  turnaroundDays: 4, retention: 0.92, custom: ["trainingHours": 6, "solutionsCoDeveloped": 1]),
                quarter("2025Q1"): QuarterFigures(revenue: 110_000.25, grossProfit: 29_000),
            ],
            contacts: [
                Contact(id: "c1", name: "Jo Park", title: "CFO", role: .approver, attitude: .supporter,
                        coverage: .inDepth, senior: true, since: day("2021-03-01")),
                Contact(id: "c2", name: "Li \"Lee\" Wu", role: .user),
            ],
            activities: [
                Activity(id: "a1", date: day("2025-05-14"), kind: .meeting, text: "QBR", contact: "c1"),
                Activity(id: "a2", date: day("2025-06-02"), kind: .email, text: "Sent proposal"),
            ],
            opportunities: [
                Opportunity(id: "o1", name: "Line 3 retrofit", stage: .proposalSent, value: 85_000,
                            expectedClose: quarter("2025Q4"), lastChanged: day("2025-06-02")),
            ],
            objectives: [
                Objective(id: "g1", title: "Meet the new CTO", status: .done, due: quarter("2025Q2"), completedOn: day("2025-05-20")),
                Objective(id: "g2", title: "Co-develop a spare-parts portal"),
            ]
        )
        let bolt = Account(id: "bolt", name: "Bolt GmbH", manager: "ben", segment: "Retail",
                           quarters: [quarter("2025Q2"): QuarterFigures(revenue: 40_000, grossProfit: -2_000)])
        var scorecard = ScorecardDefinition.standard
        scorecard.overrides = [
            StatusOverride(kpi: "nps", account: "acme", quarter: quarter("2025Q2"), status: .amber,
                           reason: "Survey had only 8 answers", expires: day("2025-09-30"), setBy: "ana"),
        ]
        return Workspace(name: "Key accounts", currency: "EUR",
                         managers: [Manager(id: "ana", name: "Ana Lima", email: "ana@example.com"), Manager(id: "ben", name: "Ben Okafor")],
                         accounts: [acme, bolt], scorecard: scorecard)
    }

    /// The canonical text of the sample workspace.
    /// The sample workspace with `copies` copies of its accounts (ids made unique).
    static func withManyAccounts(copies: Int) -> Workspace {
        var workspace = Self.workspace
        let originals = workspace.accounts
        workspace.accounts = (0..<copies).flatMap { copy in
            originals.map { account in
                var account = account
                account.id += "-\(copy)"
                return account
            }
        }
        return workspace
    }

    static var text: String { String(decoding: WorkspaceFile.encode(workspace), as: UTF8.self) }

    /// The sample workspace as a JSON document, to break in tests.
    static var document: JSONValue {
        get throws { try JSONParser.parse(WorkspaceFile.encode(workspace)) }
    }

    /// The problems found when decoding `bytes`, or none when it decodes.
    static func problems(in bytes: [UInt8], fileName: String = "ws.json") -> [WorkspaceProblem] {
        do {
            _ = try WorkspaceFile.decode(bytes: bytes, fileName: fileName)
            return []
        } catch WorkspaceError.invalid(let problems) {
            return problems
        } catch {
            return [WorkspaceProblem(path: .root, message: "unexpected error: \(error)")]
        }
    }

    /// `PATH: MESSAGE` of each problem found after `change` is made to the sample document.
    static func problems(after change: (inout JSONValue) throws -> Void) throws -> [String] {
        var document = try document
        try change(&document)
        return problems(in: JSONWriter.inline(document)).map { "\($0.path): \($0.message)" }
    }

    /// `PATH: MESSAGE` of each semantic problem of the sample workspace after `change`.
    static func validationProblems(after change: (inout Workspace) -> Void) -> [String] {
        var workspace = workspace
        change(&workspace)
        return WorkspaceFile.validate(workspace).map { "\($0.path): \($0.message)" }
    }

    /// A new empty folder under the system temporary folder, removed when the tests end.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "kam-model-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        TemporaryFolders.shared.add(path)
        return path
    }

    /// The names in a folder, sorted.
    static func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }
}

extension JSONValue {
    /// The value at a path such as `["accounts", 0, "name"]`; setting nil removes a member.
    subscript(path: [PathStep]) -> JSONValue? {
        get {
            guard let first = path.first else { return self }
            switch (self, first) {
            case (.object(let object), .key(let key)): return object[key]?[Array(path.dropFirst())]
            case (.array(let array), .index(let index)) where array.indices.contains(index): return array[index][Array(path.dropFirst())]
            default: return nil
            }
        }
        set {
            guard let first = path.first else {
                if let newValue { self = newValue }
                return
            }
            switch (self, first) {
            case (.object(var object), .key(let key)):
                if path.count == 1 {
                    object[key] = newValue
                } else {
                    var child = object[key] ?? .null
                    child[Array(path.dropFirst())] = newValue
                    object[key] = child
                }
                self = .object(object)
            case (.array(var array), .index(let index)) where array.indices.contains(index):
                if path.count == 1, newValue == nil {
                    array.remove(at: index)
                } else {
                    array[index][Array(path.dropFirst())] = newValue
                }
                self = .array(array)
            default:
                break
            }
        }
    }
}

/// One step of a test path: written as a string literal or an integer literal.
enum PathStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)
    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .index(value) }
}

/// The folders the tests made, removed at exit (a test may still use its folder when it
/// returns: its document or lock is closed by then, but nothing tells it to tidy up).
final class TemporaryFolders: @unchecked Sendable {
    static let shared = TemporaryFolders()
    private let lock = NSLock()
    private var paths: [String] = []

    private init() {
        atexit { TemporaryFolders.shared.removeAll() }
    }

    func add(_ path: String) {
        lock.lock()
        paths.append(path)
        lock.unlock()
    }

    private func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }
}
