import Testing
@testable import KamModel

/// The canonical writer: numbers, string escapes and layout.
@Suite struct JSONWriterTests {
    private func text(_ value: JSONValue) -> String { String(decoding: JSONWriter.inline(value), as: UTF8.self) }

    @Test func writesIntegersWithoutAFraction() {
        #expect(text(.number(120_000)) == "120000")
        #expect(text(.number(-3)) == "-3")
        #expect(text(.number(-0.0)) == "0")
        #expect(text(.number(9_007_199_254_740_991)) == "9007199254740991")
    }

    @Test func writesOtherNumbersInTheShortestFormThatReadsBack() throws {
        let values: [Double] = [0.1, 1.5, -12.75, 0.30000000000000004, 1e-7, .leastNonzeroMagnitude, 1.7976931348623157e308, 1e21, 123456.789, 2.0 / 3.0]
        for value in values {
            let written = text(.number(value))
            #expect(try JSONParser.parse(Array(written.utf8)) == .number(value), "\(written)")
            #expect(!written.hasSuffix(".0"))
        }
        #expect(text(.number(0.1)) == "0.1")
        #expect(text(.number(1.5)) == "1.5")
    }

    @Test func escapesMinimallyButAlwaysEscapesControlCharacters() {
        #expect(text(.string("a\"b\\c/d")) == #""a\"b\\c/d""#)
        #expect(text(.string("line\nnext\ttab\r\u{8}\u{C}")) == #""line\nnext\ttab\r\b\f""#)
        #expect(text(.string("\u{0}\u{1F}\u{7F}\u{85}\u{2028}")) == #""\u0000\u001f\u007f\u0085\u2028""#)
        #expect(text(.string("Zürich 東京 😀")) == "\"Zürich 東京 😀\"")
    }

    @Test func everyStringReadsBackUnchanged() throws {
        let strings = ["", "plain", "\u{0}\u{1}\u{2}", "quote \" and \\ backslash", "😀\u{2029}\u{9F}é"]
        for string in strings {
            #expect(try JSONParser.parse(JSONWriter.inline(.string(string))) == .string(string))
        }
    }

    @Test func laysOutExpandedAndInlineParts() {
        let layout = JSONLayout.expandedObject([
            ("name", .inline(.string("x"))),
            ("list", .expandedArray([.inline(.object(JSONObject([("id", .string("a")), ("n", .number(1))])))])),
            ("empty", .expandedArray([])),
            ("none", .expandedObject([])),
        ])
        let expected = """
        {
          "name": "x",
          "list": [
            {"id": "a", "n": 1}
          ],
          "empty": [],
          "none": {}
        }

        """
        #expect(String(decoding: JSONWriter.write(layout), as: UTF8.self) == expected)
    }
}
