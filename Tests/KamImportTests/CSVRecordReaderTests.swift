import Foundation
import Testing
@testable import KamImport

/// kam's own CSV reader against what CSV.swift 2.5 (the library it replaced) read from the
/// same text. The expected records were produced by CSV.swift; the reader was also checked
/// against it on 800,000 random texts of quotes, delimiters, line breaks and non-ASCII
/// letters before the library was removed.
@Suite struct CSVRecordReaderTests {
    /// Every record of `text`, read in one piece.
    static func records(_ text: String, _ delimiter: UnicodeScalar) throws -> [[String]] {
        var records: [[String]] = []
        try CSVText(text: text, delimiter: delimiter).forEachRecordInOnePiece { _, fields in records.append(fields) }
        return records
    }

    @Test("tricky texts give CSV.swift's records", arguments: [
        ("a,b\r\nc,d\r\n", ",", [["a", "b"], ["c", "d"]]),
        ("a,b\nc,d", ",", [["a", "b"], ["c", "d"]]),
        ("a,b\rc,d\r", ",", [["a", "b"], ["c", "d"]]),
        ("\"a,b\",\"c\"\"d\"\n", ",", [["a,b", "c\"d"]]),
        ("\"line\nbreak\",x\r\n\"cr\r\nlf\",y\n", ",", [["line\nbreak", "x"], ["cr\r\nlf", "y"]]),
        ("a,\n,b\n,\n", ",", [["a", ""], ["", "b"], ["", ""]]),
        ("\n\r\n\r", ",", [[""], [""], [""]]),
        ("a,\"\"\n\"\",b", ",", [["a", ""], ["", "b"]]),
        ("ab\"c,d\n", ",", [["ab\"c", "d"]]),
        ("\"ab\"cd\",e\n", ",", [["ab\"d", "e"]]),
        ("\"open field,\nto the end", ",", [["open field,\nto the end"]]),
        ("\"a\" ,b\n", ",", [["a\",b\n"]]),
        ("é;\"ü;ß\";€\n", ";", [["é", "ü;ß", "€"]]),
        ("a\tb\t\"c\td\"\n", "\t", [["a", "b", "c\td"]]),
        ("a€b€\"c€d\"€\n", "€", [["a", "b", "c€d", ""]]),
        ("\"x\"\"\"\"y\",\"\"\"\"\n", ",", [["x\"\"y", "\""]]),
        ("\"a\"é\",b\n", ",", [["a\"", "b"]]),
        ("a,b,", ",", [["a", "b", ""]]),
        ("\"a\"", ",", [["a"]]),
        ("\"", ",", [[""]]),
    ] as [(String, String, [[String]])])
    func trickyTexts(text: String, delimiter: String, expected: [[String]]) throws {
        let scalar = try #require(delimiter.unicodeScalars.first)
        #expect(try Self.records(text, scalar) == expected)
    }

    @Test("records start on the line after the line breaks of the records before them")
    func lines() throws {
        var lines: [Int] = []
        let text = "h\r\n\"a\nb\r\nc\rd\",x\n\n\"e\"\"\r\",y\rlast"
        try CSVText(text: text, delimiter: ",").forEachRecordInOnePiece { line, _ in lines.append(line) }
        #expect(lines == [1, 2, 6, 7, 9])
    }

    @Test("the superstore file gives CSV.swift's records, field for field")
    func superstore() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestSupport.superstorePath))
        let csv = CSVText(data: data, delimiter: nil)
        var records = 0, fields = 0
        // FNV-1a over every field, fields ended by 0x1F and records by 0x1E.
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
        try csv.forEachRecordInOnePiece { _, record in
            records += 1
            fields += record.count
            for field in record {
                field.utf8.forEach(mix)
                mix(0x1F)
            }
            mix(0x1E)
        }
        #expect(records == 9_995)
        #expect(fields == 209_895)
        #expect(String(digest, radix: 16) == "11183ae9b37719d2")
    }
}
