import KamModel
import Testing
@testable import KamReports

/// Names with characters that would break a format are escaped or neutralised.
@Suite struct EscapingTests {
    static func document(name: String) -> ReportDocument {
        ReportDocument(kind: "sample", title: "T", workspace: "W", currency: "EUR", period: .quarter(qtr("2025Q3")),
                       today: day("2025-10-01"),
                       tables: [ReportTable(key: "rows", columns: [ReportColumn("name", "Name", .text),
                                                                   ReportColumn("n", "N", .count)],
                                            rows: [[.text(name), .count(1)]])])
    }

    @Test("text: C0 and C1 controls and ESC become ?, so a name cannot drive the terminal")
    func textControls() {
        let text = Self.document(name: "A\u{1B}[31mB\nC\u{9B}D\tE").rendered(as: .text)
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\t" })
        #expect(text.contains("A?[31mB?C?D?E  1"))
    }

    @Test("text: wide characters count two columns when aligning")
    func textWideCharacters() {
        let text = Self.document(name: "東京").rendered(as: .text)
        #expect(text.contains("Name  N\n----  -\n東京  1\n"))
    }

    @Test("markdown: | and \\ in cells are escaped, newlines neutralised, so the table stays one row")
    func markdownPipes() {
        let text = Self.document(name: "A|B\\C\nD").rendered(as: .markdown)
        #expect(text.contains("| A\\|B\\\\C?D | 1 |"))
    }

    @Test("csv: fields with commas, quotes, newlines or edge spaces are quoted, quotes doubled")
    func csvQuoting() {
        #expect(CSVRenderer.field("plain") == "plain")
        #expect(CSVRenderer.field("a,b") == "\"a,b\"")
        #expect(CSVRenderer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVRenderer.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVRenderer.field("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(CSVRenderer.field(" padded") == "\" padded\"")
        let text = Self.document(name: "Smith, \"Jr\"\nLtd").rendered(as: .csv)
        #expect(text == "name,n\r\n\"Smith, \"\"Jr\"\"\nLtd\",1\r\n")
    }

    @Test("json: quotes, backslashes and control characters are escaped; the text parses back")
    func jsonEscapes() throws {
        let name = "Q\"B\\N\nE\u{1B}C\u{85}"
        let text = Self.document(name: name).rendered(as: .json)
        #expect(text.contains(#""name": "Q\"B\\N\nE\u001bC\u0085""#))
        guard case .object(let top) = try JSONParser.parse(Array(text.utf8)),
              case .array(let rows)? = top["rows"], case .object(let row)? = rows.first else {
            Issue.record("unexpected json shape")
            return
        }
        #expect(row["name"] == .string(name))
    }

    @Test("exact numbers: whole numbers without a fraction, others round-trip, non-finite has none")
    func exactNumbers() {
        #expect(ValueText.exact(12) == "12")
        #expect(ValueText.exact(-0.5) == "-0.5")
        #expect(ValueText.exact(0.1 + 0.2) == "0.30000000000000004")
        #expect(ValueText.exact(.infinity) == nil)
        #expect(ReportValue.amount(Optional(Double.nan)) == .noData)
        #expect(ValueText.machine(.amount(.nan)) == nil)
        #expect(JSONRenderer.json(.amount(.infinity)) == .null)
    }
}

/// The test csv reader agrees with the writer, so the demo checks mean something.
@Suite struct CSVRecordsTests {
    @Test("a written record with quotes, commas and newlines reads back field for field")
    func roundTrip() {
        let fields = ["a,b", "say \"hi\"", "two\nlines", "", "plain"]
        #expect(CSVRecords.parse(CSVRenderer.record(fields) + CSVRenderer.newline) == [fields])
    }
}
