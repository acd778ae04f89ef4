/// A strict RFC 8259 JSON parser over UTF-8 bytes, producing `JSONValue`.
///
/// Works on raw bytes without Foundation: strings without escapes are made in one step
/// from the input, numbers take a fast exact path when they can. Rejects what RFC 8259
/// rejects (leading zeros, NaN, Infinity, trailing commas, control characters in strings,
/// invalid UTF-8, unpaired surrogates, trailing garbage) and numbers too large for a
/// Double. A UTF-8 byte order mark at the start is skipped.
public enum JSONParser {
    /// How deeply arrays and objects may nest before the input is refused.
    public static let defaultMaxDepth = 512

    /// Parses a whole JSON text.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBytes { buffer in
            do throws(JSONSyntaxError) {
                return .success(try parse(buffer, maxDepth: maxDepth))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses a whole JSON text held in `buffer`.
    public static func parse(_ buffer: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth) throws(JSONSyntaxError) -> JSONValue {
        var scanner = JSONScanner(buffer, maxDepth: maxDepth)
        do throws(JSONScanError) {
            return try scanner.parseDocument()
        } catch {
            let (line, column) = TextPosition.lineAndColumn(of: error.offset, in: buffer)
            throw JSONSyntaxError(offset: error.offset, line: line, column: column, message: error.message)
        }
    }
}

/// A syntax error found by `JSONScanner`, before its line and column are worked out.
struct JSONScanError: Error {
    var offset: Int
    var message: String
}

/// The byte-level JSON reader behind `JSONParser` and `JSONLocator`.
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let count: Int
    var pos = 0
    let maxDepth: Int
    /// Reused for strings with escapes.
    private var scratch: [UInt8] = []
    /// How the fast loader splits the accounts array between cores: into `parts`, when at
    /// least `minimumBytes` remain (smaller arrays are read on one core; splitting would not pay).
    var split = (parts: BothCores.parts, minimumBytes: 1 << 20)
    /// Where the fast loader counts the accounts' bytes it has decoded, if anywhere.
    var progress: LoadProgress?
    /// What the fast loader shares between the records it reads (empty until it reads one).
    var sharing = DecodingSharing()

    /// A one-byte buffer that stands in for an empty input.
    nonisolated(unsafe) private static let emptyInput: UnsafeMutablePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    init(_ buffer: UnsafeRawBufferPointer, maxDepth: Int = JSONParser.defaultMaxDepth) {
        if let address = buffer.baseAddress, buffer.count > 0 {
            base = address.assumingMemoryBound(to: UInt8.self)
            count = buffer.count
        } else {
            base = UnsafePointer(JSONScanner.emptyInput)
            count = 0
        }
        self.maxDepth = maxDepth
    }

    // MARK: Document

    /// Reads one value that must fill the whole input (after an optional BOM and whitespace).
    mutating func parseDocument() throws(JSONScanError) -> JSONValue {
        skipByteOrderMark()
        skipWhitespace()
        if pos >= count { throw JSONScanError(offset: pos, message: "empty input; expected a JSON value") }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if pos < count {
            throw JSONScanError(offset: pos, message: "unexpected \(describeByte(at: pos)) after the JSON value")
        }
        return value
    }

    mutating func skipByteOrderMark() {
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { pos = 3 }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < count {
            let byte = base[pos]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            pos += 1
        }
    }

    // MARK: Values

    mutating func parseValue(depth: Int) throws(JSONScanError) -> JSONValue {
        guard pos < count else { throw JSONScanError(offset: pos, message: "unexpected end of input; expected a value") }
        switch base[pos] {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "{"): return .object(try parseObject(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try parseArray(depth: depth + 1))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw JSONScanError(offset: pos, message: "NaN and Infinity are not valid JSON numbers")
        default:
            throw JSONScanError(offset: pos, message: "unexpected \(describeByte(at: pos)); expected a value")
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONScanError) {
        let start = pos
        let length = word.utf8CodeUnitCount
        let letters = word.utf8Start
        var i = 0
        while i < length {
            guard pos + i < count, base[pos + i] == letters[i] else {
                throw JSONScanError(offset: start, message: "invalid literal; expected '\(word)'")
            }
            i += 1
        }
        pos += length
    }

    private mutating func parseObject(depth: Int) throws(JSONScanError) -> JSONObject {
        if depth > maxDepth { throw JSONScanError(offset: pos, message: "nesting deeper than \(maxDepth) levels") }
        pos += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if pos < count, base[pos] == UInt8(ascii: "}") {
            pos += 1
            return JSONObject(members)
        }
        var afterComma = false
        while true {
            guard pos < count, base[pos] == UInt8(ascii: "\"") else {
                let expected = afterComma ? "expected a string key after ','" : "expected a string key or '}'"
                throw JSONScanError(offset: pos, message: "\(expected); found \(describeByte(at: pos))")
            }
            let key = try parseString()
            skipWhitespace()
            guard pos < count, base[pos] == UInt8(ascii: ":") else {
                throw JSONScanError(offset: pos, message: "expected ':' after object key; found \(describeByte(at: pos))")
            }
            pos += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append((key, value))
            skipWhitespace()
            guard pos < count else {
                throw JSONScanError(offset: pos, message: "expected ',' or '}' after object member; found end of input")
            }
            let byte = base[pos]
            pos += 1
            if byte == UInt8(ascii: "}") { return JSONObject(members) }
            guard byte == UInt8(ascii: ",") else {
                throw JSONScanError(offset: pos - 1, message: "expected ',' or '}' after object member; found \(describeByte(at: pos - 1))")
            }
            skipWhitespace()
            afterComma = true
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONScanError) -> [JSONValue] {
        if depth > maxDepth { throw JSONScanError(offset: pos, message: "nesting deeper than \(maxDepth) levels") }
        pos += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if pos < count, base[pos] == UInt8(ascii: "]") {
            pos += 1
            return elements
        }
        while true {
            if pos < count, base[pos] == UInt8(ascii: "]") {
                throw JSONScanError(offset: pos, message: "expected a value after ','; a trailing comma is not allowed")
            }
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard pos < count else {
                throw JSONScanError(offset: pos, message: "expected ',' or ']' after array element; found end of input")
            }
            let byte = base[pos]
            pos += 1
            if byte == UInt8(ascii: "]") { return elements }
            guard byte == UInt8(ascii: ",") else {
                throw JSONScanError(offset: pos - 1, message: "expected ',' or ']' after array element; found \(describeByte(at: pos - 1))")
            }
            skipWhitespace()
        }
    }

    /// A short description of the byte at `offset` for error messages.
    func describeByte(at offset: Int) -> String {
        guard offset < count else { return "end of input" }
        let byte = base[offset]
        switch byte {
        case 0x0A: return "end of line"
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default:
            let hex = String(byte, radix: 16, uppercase: true)
            return "byte 0x\(hex.count < 2 ? "0" + hex : hex)"
        }
    }
}
