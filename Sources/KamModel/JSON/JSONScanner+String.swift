extension JSONScanner {
    /// Reads a string literal starting at the opening quote.
    ///
    /// The fast path scans ASCII and validated UTF-8 without copying until the closing
    /// quote and makes the String in one step; the first escape switches to a slow path
    /// that decodes into a byte buffer.
    mutating func parseString() throws(JSONScanError) -> String {
        try parseString(shared: false)
    }

    /// Reads a string literal starting at the opening quote; when `shared`, a text without
    /// escapes is shared with an equal one read before (`sharing.texts`, `TextSharing`).
    @inline(__always)
    mutating func parseString(shared: Bool) throws(JSONScanError) -> String {
        let start = pos
        pos += 1
        let contentStart = pos
        guard try scanPlainString(start: start) else {
            return try parseEscapedString(start: start, contentStart: contentStart)
        }
        let bytes = UnsafeBufferPointer(start: base + contentStart, count: pos - contentStart)
        let text = shared ? sharing.texts.text(bytes) : String(decoding: bytes, as: UTF8.self)
        pos += 1
        return text
    }

    /// Moves over a string's content (validating its UTF-8) up to its closing quote (true)
    /// or its first backslash (false), where it leaves `pos`. `start` is the opening quote.
    @inline(__always)
    private mutating func scanPlainString(start: Int) throws(JSONScanError) -> Bool {
        while pos < count {
            let byte = base[pos]
            if byte == UInt8(ascii: "\"") { return true }
            if byte == UInt8(ascii: "\\") { return false }
            if byte < 0x20 { throw controlCharacterError(byte) }
            if byte < 0x80 {
                pos += 1
            } else {
                try skipUTF8Scalar()
            }
        }
        throw JSONScanError(offset: start, message: "unterminated string")
    }

    /// Finishes a string that contains escapes, decoding into the scratch buffer.
    private mutating func parseEscapedString(start: Int, contentStart: Int) throws(JSONScanError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(pos - contentStart + 16)
        out.append(contentsOf: UnsafeBufferPointer(start: base + contentStart, count: pos - contentStart))
        while pos < count {
            let byte = base[pos]
            if byte == UInt8(ascii: "\"") {
                pos += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try readEscape(into: &out)
            } else if byte < 0x20 {
                throw controlCharacterError(byte)
            } else if byte < 0x80 {
                out.append(byte)
                pos += 1
            } else {
                let scalarStart = pos
                try skipUTF8Scalar()
                out.append(contentsOf: UnsafeBufferPointer(start: base + scalarStart, count: pos - scalarStart))
            }
        }
        throw JSONScanError(offset: start, message: "unterminated string")
    }

    /// Decodes one escape sequence at `pos` (the backslash) and appends its UTF-8.
    private mutating func readEscape(into out: inout [UInt8]) throws(JSONScanError) {
        let escapeStart = pos
        guard pos + 1 < count else { throw JSONScanError(offset: escapeStart, message: "unterminated string") }
        let letter = base[pos + 1]
        pos += 2
        switch letter {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4(escapeStart: escapeStart)
            if (0xD800...0xDBFF).contains(scalar) {
                guard pos + 1 < count, base[pos] == UInt8(ascii: "\\"), base[pos + 1] == UInt8(ascii: "u") else {
                    throw JSONScanError(offset: escapeStart, message: "unpaired high surrogate in \\u escape; expected a low surrogate \\uDC00-\\uDFFF next")
                }
                let lowStart = pos
                pos += 2
                let low = try readHex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw JSONScanError(offset: lowStart, message: "expected a low surrogate \\uDC00-\\uDFFF after a high surrogate")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw JSONScanError(offset: escapeStart, message: "unpaired low surrogate in \\u escape")
            }
            appendUTF8(scalar, to: &out)
        default:
            throw JSONScanError(offset: escapeStart, message: "invalid escape '\\\(describeEscapeLetter(letter))' in string")
        }
    }

    private func describeEscapeLetter(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? String(Character(Unicode.Scalar(byte))) : "byte 0x" + String(byte, radix: 16)
    }

    /// Reads the four hex digits of a `\u` escape.
    private mutating func readHex4(escapeStart: Int) throws(JSONScanError) -> UInt32 {
        guard pos + 4 <= count else {
            throw JSONScanError(offset: escapeStart, message: "invalid \\u escape; expected four hex digits")
        }
        var value: UInt32 = 0
        for i in 0..<4 {
            let byte = base[pos + i]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONScanError(offset: escapeStart, message: "invalid \\u escape; expected four hex digits")
            }
            value = value << 4 | UInt32(digit)
        }
        pos += 4
        return value
    }

    private func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    private func controlCharacterError(_ byte: UInt8) -> JSONScanError {
        let hex = String(byte, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: 4 - hex.count) + hex
        return JSONScanError(offset: pos, message: "unescaped control character U+\(code) in string")
    }

    /// Checks the multi-byte UTF-8 sequence at `pos` (RFC 3629: no overlongs, no surrogates,
    /// nothing above U+10FFFF) and moves past it.
    private mutating func skipUTF8Scalar() throws(JSONScanError) {
        let lead = base[pos]
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; highest = 0x9F
        case 0xF0: length = 4; lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; highest = 0x8F
        default: throw JSONScanError(offset: pos, message: "invalid UTF-8 in string")
        }
        guard pos + length <= count else { throw JSONScanError(offset: pos, message: "invalid UTF-8 in string") }
        let second = base[pos + 1]
        guard second >= lowest, second <= highest else { throw JSONScanError(offset: pos, message: "invalid UTF-8 in string") }
        var i = 2
        while i < length {
            guard base[pos + i] & 0xC0 == 0x80 else { throw JSONScanError(offset: pos, message: "invalid UTF-8 in string") }
            i += 1
        }
        pos += length
    }
}
