import KamModel

/// A small reader and writer of JSON text for the cockpit's own settings files
/// (`keys.json`, view preferences), over the model's `JSONValue`.
enum SettingsJSON {
    /// A JSON syntax error: where (line and column) and what.
    struct SyntaxError: Error, Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var reason: String
        var description: String { "line \(line), column \(column): \(reason)" }
    }

    /// Parses one JSON value filling the whole text.
    static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        if reader.index < reader.scalars.count { throw reader.error("unexpected text after the value") }
        return value
    }

    /// Writes `value` on one line, keys in order.
    static func write(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n):
            if n == n.rounded(), abs(n) < 1e15 { return String(Int(n)) }
            return String(n)
        case .string(let s): return quote(s)
        case .array(let items): return "[" + items.map(write).joined(separator: ", ") + "]"
        case .object(let object):
            return "{" + object.members.map { quote($0.key) + ": " + write($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A cursor over the text's scalars.
    struct Reader {
        var scalars: [Unicode.Scalar]
        var index = 0

        func error(_ reason: String) -> SyntaxError {
            var line = 1, column = 1
            for s in scalars[..<min(index, scalars.count)] {
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            return SyntaxError(line: line, column: column, reason: reason)
        }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func skipSpace() {
            while let c = current, c == " " || c == "\n" || c == "\t" || c == "\r" { index += 1 }
        }

        mutating func expect(_ word: String) throws(SyntaxError) {
            for s in word.unicodeScalars {
                guard current == s else { throw error("expected \(word)") }
                index += 1
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
            guard depth < 64 else { throw error("nested too deeply") }
            guard let c = current else { throw error("unexpected end of text") }
            switch c {
            case "{": return .object(try object(depth: depth))
            case "[":
                index += 1
                var items: [JSONValue] = []
                skipSpace()
                if current == "]" { index += 1; return .array(items) }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    if current == "," { index += 1; continue }
                    if current == "]" { index += 1; return .array(items) }
                    throw error("expected , or ]")
                }
            case "\"": return .string(try string())
            case "t": try expect("true"); return .bool(true)
            case "f": try expect("false"); return .bool(false)
            case "n": try expect("null"); return .null
            default: return .number(try number())
            }
        }

        mutating func object(depth: Int) throws(SyntaxError) -> JSONObject {
            index += 1
            var object = JSONObject()
            skipSpace()
            if current == "}" { index += 1; return object }
            while true {
                skipSpace()
                guard current == "\"" else { throw error("expected a quoted key") }
                let key = try string()
                skipSpace()
                guard current == ":" else { throw error("expected : after the key") }
                index += 1
                skipSpace()
                object.members.append((key, try value(depth: depth + 1)))
                skipSpace()
                if current == "," { index += 1; continue }
                if current == "}" { index += 1; return object }
                throw error("expected , or }")
            }
        }

        mutating func string() throws(SyntaxError) -> String {
            index += 1
            var out = String.UnicodeScalarView()
            while let c = current {
                index += 1
                switch c {
                case "\"": return String(out)
                case "\\":
                    guard let e = current else { throw error("unfinished escape") }
                    index += 1
                    switch e {
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "/": out.append("/")
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "b": out.append("\u{8}")
                    case "f": out.append("\u{C}")
                    case "u":
                        guard index + 4 <= scalars.count,
                              let v = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16)
                        else { throw error("bad \\u escape") }
                        index += 4
                        out.append(Unicode.Scalar(v) ?? "?")
                    default: throw error("unknown escape \\\(e)")
                    }
                default:
                    if c.value < 0x20 { throw error("control character in a string") }
                    out.append(c)
                }
            }
            throw error("unfinished string")
        }

        mutating func number() throws(SyntaxError) -> Double {
            let start = index
            while let c = current, "+-0123456789.eE".unicodeScalars.contains(c) { index += 1 }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            guard !text.isEmpty, let n = Double(text), n.isFinite else {
                index = start
                throw error("unexpected character")
            }
            return n
        }
    }
}
