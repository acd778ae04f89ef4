import Foundation
import Testing
@testable import KamImport

/// CSV parsed in two halves on both cores against parsed in one piece.
@Suite struct CSVPartsTests {
    /// Every record with its line, parsed in one piece.
    static func sequential(_ csv: CSVText) throws -> [String] {
        var records: [String] = []
        try csv.forEachRecordInOnePiece { line, fields in records.append("\(line): \(fields)") }
        return records
    }

    /// Every record with its line, parsed in halves; nil when no cut was made.
    static func inParts(_ csv: CSVText) throws -> [String]? {
        try csv.recordsInParts(parts: 2)?.flatMap { $0.map { "\($0.line): \($0.fields)" } }
    }

    @Test("the superstore file parsed in halves gives the same records on the same lines")
    func superstoreHalves() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestSupport.superstorePath))
        let csv = CSVText(data: data, delimiter: nil)
        let parts = try #require(try Self.inParts(csv), "the file is split")
        #expect(parts == (try Self.sequential(csv)))
    }

    @Test("quoted line breaks, doubled quotes, CRLF and blank lines keep their lines across the cut")
    func trickyHalves() throws {
        var text = "id,name,note\r\n"
        for i in 0..<16_000 {
            switch i % 4 {
            case 0: text += "\(i),\"Multi\nline \"\"quoted\"\" name\",plain\r\n"
            case 1: text += "\r\n"
            case 2: text += "\(i),\"a,b\",\"x\r\ny\"\n"
            default: text += "\(i),simple,\"\"\n"
            }
        }
        let csv = CSVText(text: text, delimiter: nil)
        let parts = try #require(try Self.inParts(csv), "the text is split")
        #expect(parts == (try Self.sequential(csv)))
    }

    @Test("a quote inside an unquoted field before the middle means no cut (CSV.swift reads it its own way)")
    func oddQuotesAreNotSplit() throws {
        var text = "id,name\n1,ab\"c\n"
        for i in 0..<20_000 { text += "\(i),\"name \(i)\"\n" }
        let csv = CSVText(text: text, delimiter: nil)
        #expect(try Self.inParts(csv) == nil)
        var records: [String] = []
        try csv.forEachRecord { line, fields in records.append("\(line): \(fields)") }
        #expect(records == (try Self.sequential(csv)))
    }
}
