import Testing
@testable import KamModel

/// The JSON parser: what it accepts, what it refuses, and where it says the error is.
@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    private func error(_ bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    private func error(_ text: String) -> JSONSyntaxError? { error(Array(text.utf8)) }

    @Test func parsesEveryKindOfValueAndKeepsMemberOrder() throws {
        let value = try parse(#" { "z": [1, -2.5, 3e2, true, false, null], "a": {"": "x"} } "#)
        let expected = JSONValue.object(JSONObject([
            ("z", .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null])),
            ("a", .object(JSONObject([("", .string("x"))]))),
        ]))
        #expect(value == expected)
    }

    @Test func decodesEveryEscape() throws {
        #expect(try parse(#""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC""#) == .string("\"\\/\u{8}\u{C}\n\r\tAé€"))
    }

    @Test func decodesSurrogatePairs() throws {
        #expect(try parse(#""\uD83D\uDE00 and \ud834\udd1e""#) == .string("😀 and 𝄞"))
    }

    @Test func keepsRawUTF8InStrings() throws {
        #expect(try parse("\"Zürich – 東京 😀\"") == .string("Zürich – 東京 😀"))
    }

    @Test func refusesUnpairedSurrogates() {
        #expect(error(#""\uD83D""#)?.message.contains("unpaired high surrogate") == true)
        #expect(error(#""\uD83Dx""#)?.message.contains("unpaired high surrogate") == true)
        #expect(error(#""\uD83D\u0041""#)?.message.contains("expected a low surrogate") == true)
        #expect(error(#""\uDE00""#)?.message == "unpaired low surrogate in \\u escape")
    }

    @Test func refusesBadEscapes() {
        #expect(error(#""\x""#)?.message == "invalid escape '\\x' in string")
        #expect(error(#""\u12G4""#)?.message == "invalid \\u escape; expected four hex digits")
        #expect(error(#""\u12"#)?.message == "invalid \\u escape; expected four hex digits")
    }

    @Test func refusesControlCharactersInStrings() {
        #expect(error("\"a\tb\"")?.message == "unescaped control character U+0009 in string")
        #expect(error("\"a\nb\"")?.message == "unescaped control character U+000A in string")
    }

    @Test func reportsUnterminatedStringAtItsStart() {
        let e = error("{\n  \"name\": \"Acme\n}")
        #expect(e?.message == "unescaped control character U+000A in string")
        let unterminated = error("[\"abc")
        #expect(unterminated?.message == "unterminated string")
        #expect(unterminated?.line == 1 && unterminated?.column == 2)
    }

    @Test func parsesNumbersExactly() throws {
        let cases: [(String, Double)] = [
            ("0", 0), ("-0", -0.0), ("120000", 120_000), ("0.1", 0.1), ("-12.75", -12.75), ("1e3", 1000),
            ("1E-2", 0.01), ("2.5e+3", 2500), ("123456789012345678", 123_456_789_012_345_680),
            ("0.30000000000000004", 0.30000000000000004), ("1.7976931348623157e308", 1.7976931348623157e308),
            ("4.9e-324", .leastNonzeroMagnitude), ("1e-400", 0), ("3.141592653589793238462643383279", 3.141592653589793),
            ("9007199254740993", 9007199254740992), ("0.000001234", 0.000001234), ("1e22", 1e22), ("1e23", 1e23),
        ]
        for (text, expected) in cases {
            #expect(try parse(text) == .number(expected), "\(text)")
        }
        #expect(try parse("-0") == .number(0) && (try parse("-0")) != .number(1))
    }

    @Test func refusesMalformedNumbers() {
        #expect(error("01")?.message == "leading zeros are not allowed in numbers")
        #expect(error("-01")?.message == "leading zeros are not allowed in numbers")
        #expect(error("1.")?.message == "expected a digit after '.' in number")
        #expect(error("1e")?.message == "expected a digit in the exponent of a number")
        #expect(error("-")?.message == "expected a digit after '-'")
        #expect(error(".5")?.message == "unexpected '.'; expected a value")
        #expect(error("+1")?.message == "unexpected '+'; expected a value")
        #expect(error("NaN")?.message == "NaN and Infinity are not valid JSON numbers")
        #expect(error("Infinity")?.message == "NaN and Infinity are not valid JSON numbers")
        #expect(error("-Infinity")?.message == "NaN and Infinity are not valid JSON numbers")
    }

    @Test func refusesNumbersThatOverflowToInfinity() {
        #expect(error("1e309")?.message == "number 1e309 is too large")
        #expect(error("[-" + String(repeating: "9", count: 400) + "]")?.message.hasPrefix("number -999") == true)
    }

    @Test func reportsStructuralErrorsWithLineAndColumn() {
        let missingComma = error("{\n  \"a\": 1\n  \"b\": 2\n}")
        #expect(missingComma?.message == "expected ',' or '}' after object member; found '\"'")
        #expect(missingComma?.line == 3 && missingComma?.column == 3)

        let array = error("[1, 2 3]")
        #expect(array?.description == "1:7: expected ',' or ']' after array element; found '3'")
        #expect(error("{\"a\" 1}")?.description == "1:6: expected ':' after object key; found '1'")
        #expect(error("{1: 2}")?.description == "1:2: expected a string key or '}'; found '1'")
        #expect(error("{\"a\": 1,}")?.description == "1:9: expected a string key after ','; found '}'")
        #expect(error("[1,]")?.description == "1:4: expected a value after ','; a trailing comma is not allowed")
        #expect(error("[1, 2")?.message == "expected ',' or ']' after array element; found end of input")
        #expect(error("tru")?.message == "invalid literal; expected 'true'")
        #expect(error("")?.message == "empty input; expected a JSON value")
        #expect(error("  \n ")?.description == "2:2: empty input; expected a JSON value")
    }

    @Test func columnsCountCharactersNotBytes() {
        // "é" and "😀" are 2 and 4 bytes but one column each.
        let e = error("{\"é😀\": 1 x}")
        #expect(e?.line == 1 && e?.column == 10)
    }

    @Test func refusesTrailingGarbage() {
        #expect(error("{} x")?.description == "1:4: unexpected 'x' after the JSON value")
        #expect(error("1 2")?.description == "1:3: unexpected '2' after the JSON value")
    }

    @Test func skipsAByteOrderMarkAtTheStartOnly() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.number(1)]))
        let e = error(Array(" ".utf8) + [0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(e?.message == "unexpected byte 0xEF; expected a value")
        #expect(error([0xEF, 0xBB, 0xBF] + Array("[1,,]".utf8))?.description == "1:4: unexpected ','; expected a value")
    }

    @Test func refusesInvalidUTF8() {
        let invalid: [[UInt8]] = [
            [0xC3],             // truncated
            [0xC0, 0xAF],       // overlong
            [0xE0, 0x80, 0xAF], // overlong
            [0xED, 0xA0, 0x80], // UTF-16 surrogate
            [0xF4, 0x90, 0x80, 0x80], // above U+10FFFF
            [0x80],             // lone continuation
            [0xFF],
        ]
        for bytes in invalid {
            #expect(error([0x22] + bytes + [0x22])?.message == "invalid UTF-8 in string", "\(bytes)")
        }
        #expect(error([0xC3, 0xA9])?.message == "unexpected byte 0xC3; expected a value")
    }

    @Test func limitsNestingDepth() throws {
        let deep = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try parse(deep) }
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(error(tooDeep)?.message == "nesting deeper than 512 levels")
        let objects = String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600)
        #expect(error(objects)?.message == "nesting deeper than 512 levels")
    }

    @Test func keepsDuplicateKeysInOrder() throws {
        guard case .object(let object) = try parse(#"{"a": 1, "a": 2}"#) else { Issue.record("not an object"); return }
        #expect(object.keys == ["a", "a"])
        #expect(object["a"] == .number(1))
    }
}
