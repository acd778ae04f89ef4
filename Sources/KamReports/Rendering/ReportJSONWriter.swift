import KamModel

/// Writes a `JSONValue` as pretty-printed JSON: two-space indent, keys in the order given.
///
/// Numbers are exact (see `ValueText.exact`): whole numbers without a fraction, others in
/// their shortest round-trip form; a number that is not finite is written as `null`.
/// Strings escape `"`, `\`, and every control character below U+0020 (as `\n`, `\t`, or
/// `\u00XX`), plus DEL and the C1 controls as `\u00XX`, so the output is plain ASCII-safe
/// JSON that no terminal will interpret. (KamModel has no JSON writer on main yet.)
enum ReportJSONWriter {
    /// The pretty-printed text of `value`, ending with a newline.
    static func write(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += ValueText.exact(n) ?? "null"
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += spaces(indent + 1)
                write(item, indent: indent + 1, into: &out)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += spaces(indent) + "]"
        case .object(let object):
            guard !object.members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, member) in object.members.enumerated() {
                out += spaces(indent + 1)
                writeString(member.key, into: &out)
                out += ": "
                write(member.value, indent: indent + 1, into: &out)
                out += i < object.members.count - 1 ? ",\n" : "\n"
            }
            out += spaces(indent) + "}"
        }
    }

    private static func spaces(_ level: Int) -> String { String(repeating: "  ", count: level) }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) {
                    let hex = String(v, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
