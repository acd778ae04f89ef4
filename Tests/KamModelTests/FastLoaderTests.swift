import Foundation
import Testing
@testable import KamModel

/// The fast loader against the reference reader: on every input, valid or not, loading
/// must give the same workspace and the same problems (paths, messages, lines, columns).
@Suite struct FastLoaderTests {
    /// The loader's answer (fast path first) and the reference reader's, for one input.
    static func compare(_ bytes: [UInt8], _ label: String) {
        let loaded = WorkspaceReader.read(bytes, fileName: "ws.json")
        let reference = WorkspaceReader.readReference(bytes, fileName: "ws.json")
        #expect(loaded.problems == reference.problems, "problems differ for \(label)")
        #expect(loaded.newerVersion == reference.newerVersion, "version differs for \(label)")
        #expect(loaded.workspace == reference.workspace, "workspace differs for \(label)")
    }

    /// Every variant of `document` that breaks, nulls, removes, repeats or adds one member.
    static func variants(of value: JSONValue, label: String = "", rebuild: (JSONValue) -> JSONValue,
                         into out: inout [(String, JSONValue)]) {
        let replacements: [(String, JSONValue)] = [
            ("null", .null), ("string", .string("x")), ("number", .number(1.5)), ("negative", .number(-3)),
            ("integer", .number(7)), ("bool", .bool(true)), ("object", .object(JSONObject())), ("array", .array([])),
            ("huge", .number(1e300)),
        ]
        switch value {
        case .object(let object):
            var added = object
            added.members.append(("zzUnknown", .array([.number(1), .string("kept")])))
            out.append(("\(label)+unknown", rebuild(.object(added))))
            for (i, member) in object.members.enumerated() {
                let memberLabel = "\(label).\(member.key)"
                var removed = object
                removed.members.remove(at: i)
                out.append(("\(memberLabel) removed", rebuild(.object(removed))))
                var repeated = object
                repeated.members.append(member)
                out.append(("\(memberLabel) repeated", rebuild(.object(repeated))))
                for (name, replacement) in replacements {
                    var changed = object
                    changed.members[i].value = replacement
                    out.append(("\(memberLabel) = \(name)", rebuild(.object(changed))))
                }
                variants(of: member.value, label: memberLabel, rebuild: { new in
                    var changed = object
                    changed.members[i].value = new
                    return rebuild(.object(changed))
                }, into: &out)
            }
        case .array(let elements):
            for (i, element) in elements.enumerated() {
                out.append(("\(label)[\(i)] = null", rebuild(.array(elements.enumerated().map { $0.offset == i ? .null : $0.element }))))
                variants(of: element, label: "\(label)[\(i)]", rebuild: { new in
                    var changed = elements
                    changed[i] = new
                    return rebuild(.array(changed))
                }, into: &out)
            }
        case .string:
            for text in ["", "2025Q9", "2025-02-30", "unknownValue", "é\u{0001}"] {
                out.append(("\(label) = \"\(text)\"", rebuild(.string(text))))
            }
        default:
            break
        }
    }

    @Test func theSampleWorkspaceLoadsTheSameBothWays() throws {
        let bytes = WorkspaceFile.encode(Samples.workspace)
        let fast = bytes.withUnsafeBytes { FastWorkspaceDecoder.decode($0) }
        #expect(fast != nil, "the canonical file takes the fast path")
        #expect(fast == Samples.workspace)
        Self.compare(bytes, "canonical sample")
        Self.compare(JSONWriter.inline(try Samples.document), "one-line sample")
    }

    @Test func everyBrokenMemberGivesTheSameProblemsBothWays() throws {
        var variants: [(String, JSONValue)] = []
        Self.variants(of: try Samples.document, rebuild: { $0 }, into: &variants)
        #expect(variants.count > 1000)
        for (label, document) in variants {
            Self.compare(JSONWriter.inline(document), label)
        }
    }

    @Test func syntaxAndEncodingQuirksGiveTheSameResultBothWays() {
        let text = Samples.text
        let cases: [(String, String)] = [
            ("byte order mark", "\u{FEFF}" + text),
            ("trailing garbage", text + "x"),
            ("truncated", String(text.dropLast(40))),
            ("trailing comma", text.replacingOccurrences(of: "\"c2\"", with: "\"c2\",")),
            ("escaped key", text.replacingOccurrences(of: "\"segment\"", with: "\"s\\u0065gment\"")),
            ("escaped value", text.replacingOccurrences(of: "Acme Corp", with: "Acme\\u0020Corp")),
            ("non-ASCII key", text.replacingOccurrences(of: "\"notes\"", with: "\"nötes\"")),
            ("older version", text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 1")),
            ("newer version", text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 3")),
            ("version as 2.0", text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 2.0")),
            ("negative zero", text.replacingOccurrences(of: "\"grossProfit\": 29000", with: "\"grossProfit\": -0")),
            ("exponent", text.replacingOccurrences(of: "\"revenue\": 40000", with: "\"revenue\": 4e4")),
            ("long decimal", text.replacingOccurrences(of: "\"revenue\": 40000", with: "\"revenue\": 0.30000000000000004")),
            ("wide number", text.replacingOccurrences(of: "\"revenue\": 40000", with: "\"revenue\": 12345678.91")),
            ("tiny number", text.replacingOccurrences(of: "\"grossProfit\": 29000", with: "\"grossProfit\": 1e-300")),
            ("empty", ""),
            ("not an object", "[]"),
        ]
        for (label, input) in cases {
            Self.compare(Array(input.utf8), label)
        }
    }

    @Test func semanticProblemsAreFoundOnTheFastPathToo() {
        var workspace = Samples.workspace
        workspace.accounts[1].id = "acme"
        workspace.accounts[0].quarters[Samples.quarter("2025Q2")]?.retention = 1.5
        let bytes = WorkspaceFile.encode(workspace)
        let loaded = WorkspaceReader.read(bytes, fileName: "ws.json")
        #expect(loaded.problems.map(\.message).contains { $0.hasPrefix("duplicate account id") })
        #expect(loaded.problems.map(\.message).contains { $0.hasPrefix("must be between 0 and 1") })
        Self.compare(bytes, "semantic problems")
    }

    @Test func validationListsProblemsInTheSameOrderAsBefore() {
        var workspace = Samples.workspace
        let q1 = Samples.quarter("2025Q1"), q2 = Samples.quarter("2025Q2")
        workspace.accounts[0].quarters[q2]?.retention = 2
        workspace.accounts[0].quarters[q1]?.retention = 3
        workspace.accounts[0].quarters[q2]?.custom["b"] = Double.infinity
        workspace.accounts[0].quarters[q2]?.custom["a"] = Double.nan
        let paths = WorkspaceValidation.problems(in: workspace).map(\.path.description)
        #expect(paths == [
            "accounts[0].quarters[\"2025Q1\"].retention",
            "accounts[0].quarters[\"2025Q2\"].retention",
            "accounts[0].quarters[\"2025Q2\"].custom.a",
            "accounts[0].quarters[\"2025Q2\"].custom.b",
        ])
        #expect(WorkspaceValidation.isValid(workspace) == false)
        #expect(WorkspaceValidation.isValid(Samples.workspace))
    }
}

/// The accounts array read in parts on several cores against reading it on one.
@Suite struct FastLoaderPartsTests {
    /// The sample workspace with many copies of its accounts (new ids), as canonical text.
    static let bytes: [UInt8] = WorkspaceFile.encode(Samples.withManyAccounts(copies: 40))

    static func decode(_ bytes: [UInt8], parts: Int) -> Workspace? {
        bytes.withUnsafeBytes { FastWorkspaceDecoder.decode($0, parts: parts, splitBytes: 0) }
    }

    @Test("reading the accounts in 2, 3 or 7 parts gives the workspace read in one")
    func partsEqualOne() throws {
        let one = try #require(Self.decode(Self.bytes, parts: 1))
        #expect(one.accounts.count == 40 * Samples.workspace.accounts.count)
        for parts in [2, 3, 7] {
            #expect(Self.decode(Self.bytes, parts: parts) == one, "\(parts) parts")
        }
    }

    @Test("cuts that fall inside an account are caught, and the result is still the one-core result")
    func misleadingLinesFallBack() throws {
        // Put nested objects on lines of their own at the accounts' indentation.
        let text = String(decoding: Self.bytes, as: UTF8.self)
            .replacingOccurrences(of: "\"quarters\": {\n", with: "\"quarters\":\n    {\n")
        let bytes = Array(text.utf8)
        let one = try #require(Self.decode(bytes, parts: 1))
        for parts in [2, 3, 7] {
            #expect(Self.decode(bytes, parts: parts) == one, "\(parts) parts")
        }
    }

    @Test("a part that gives up makes the whole read give up, as on one core")
    func brokenPartGivesUp() throws {
        var bytes = Self.bytes
        // Break an account near the end: a number where a string belongs.
        let text = String(decoding: bytes, as: UTF8.self)
        let range = try #require(text.range(of: "\"name\": \"", options: .backwards,
                                            range: text.startIndex..<text.index(text.endIndex, offsetBy: -2000)))
        let offset = text.utf8.distance(from: text.startIndex, to: range.upperBound) - 1
        bytes[offset] = UInt8(ascii: "7")
        #expect(Self.decode(bytes, parts: 1) == nil)
        #expect(Self.decode(bytes, parts: 3) == nil)
        FastLoaderTests.compare(bytes, "broken late account")
    }
}
