/// Writes JSON text in kam's canonical style: two-space indent, `": "` and `", "`
/// separators, integers without a fraction, other numbers in their shortest round-trip
/// form, minimal string escapes (control characters always escaped), a final newline.
enum JSONWriter {
    /// The text of `layout`, ending with a newline.
    static func write(_ layout: JSONLayout) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        append(layout, indent: 0, to: &out)
        out.append(0x0A)
        return out
    }

    /// The one-line text of `value`, without a newline.
    static func inline(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        appendInline(value, to: &out)
        return out
    }

    private static func append(_ layout: JSONLayout, indent: Int, to out: inout [UInt8]) {
        switch layout {
        case .inline(let value):
            appendInline(value, to: &out)
        case .expandedObject(let members):
            guard !members.isEmpty else { out.append(contentsOf: [0x7B, 0x7D]); return }
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                out.append(contentsOf: i == 0 ? [0x0A] : [0x2C, 0x0A])
                appendIndent(indent + 1, to: &out)
                appendString(member.key, to: &out)
                out.append(contentsOf: [0x3A, 0x20])
                append(member.value, indent: indent + 1, to: &out)
            }
            out.append(0x0A)
            appendIndent(indent, to: &out)
            out.append(UInt8(ascii: "}"))
        case .expandedArray(let elements):
            guard !elements.isEmpty else { out.append(contentsOf: [0x5B, 0x5D]); return }
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                out.append(contentsOf: i == 0 ? [0x0A] : [0x2C, 0x0A])
                appendIndent(indent + 1, to: &out)
                append(element, indent: indent + 1, to: &out)
            }
            out.append(0x0A)
            appendIndent(indent, to: &out)
            out.append(UInt8(ascii: "]"))
        }
    }

    private static func appendIndent(_ level: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: level * 2))
    }

    private static func appendInline(_ value: JSONValue, to out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): appendNumber(number, to: &out)
        case .string(let text): appendString(text, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(contentsOf: [0x2C, 0x20]) }
                appendInline(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (i, member) in object.members.enumerated() {
                if i > 0 { out.append(contentsOf: [0x2C, 0x20]) }
                appendString(member.key, to: &out)
                out.append(contentsOf: [0x3A, 0x20])
                appendInline(member.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Integers (below 2^53) without a fraction; others in the shortest form that reads
    /// back to the same Double. Non-finite numbers have no JSON form and are written `null`.
    static func appendNumber(_ number: Double, to out: inout [UInt8]) {
        guard number.isFinite else { out.append(contentsOf: "null".utf8); return }
        if number.rounded(.towardZero) == number, abs(number) < 9_007_199_254_740_992 {
            appendInteger(Int64(number), to: &out)
        } else {
            out.append(contentsOf: number.description.utf8)
        }
    }

    /// The decimal digits of `value`, written without making a String.
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value == 0 { out.append(UInt8(ascii: "0")); return }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// A string literal with `"` and `\` escaped, and every control character
    /// (U+0000-U+001F, U+007F-U+009F, U+2028, U+2029) escaped as `\n`, `\t`... or `\uXXXX`.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        // Most strings are printable ASCII without quotes or backslashes: copy their bytes.
        var text = text
        let plain: Bool? = text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte > 0x7E || byte == 0x22 || byte == 0x5C { return false }
            out.append(0x22)
            out.append(contentsOf: bytes)
            out.append(0x22)
            return true
        }
        if plain == true { return }
        out.append(0x22)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                let hex = Array("0123456789abcdef".utf8)
                let v = Int(scalar.value)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), hex[v >> 12], hex[(v >> 8) & 15], hex[(v >> 4) & 15], hex[v & 15]])
            case 0x20..<0x7F:
                out.append(UInt8(scalar.value))
            default:
                if let encoded = UTF8.encode(scalar) { out.append(contentsOf: encoded) }
            }
        }
        out.append(0x22)
    }
}
