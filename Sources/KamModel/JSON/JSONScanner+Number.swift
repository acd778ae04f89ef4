extension JSONScanner {
    /// Powers of ten that a Double holds exactly.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Reads a number per the RFC 8259 grammar.
    ///
    /// Up to 15 significant digits with a small decimal exponent are converted exactly
    /// (one correctly rounded multiply or divide); anything else goes through the
    /// standard library's correctly rounded conversion. A number that overflows is an error.
    mutating func parseNumber() throws(JSONScanError) -> Double {
        let start = pos
        var negative = false
        if base[pos] == UInt8(ascii: "-") {
            negative = true
            pos += 1
            if pos < count, base[pos] == UInt8(ascii: "I") {
                throw JSONScanError(offset: start, message: "NaN and Infinity are not valid JSON numbers")
            }
        }
        guard pos < count, isDigit(base[pos]) else {
            throw JSONScanError(offset: pos, message: "expected a digit after '-'")
        }
        var mantissa: UInt64 = 0
        var digits = 0
        if base[pos] == UInt8(ascii: "0") {
            pos += 1
            if pos < count, isDigit(base[pos]) {
                throw JSONScanError(offset: start, message: "leading zeros are not allowed in numbers")
            }
        } else {
            while pos < count, isDigit(base[pos]) {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(base[pos] &- 48) }
                digits += 1
                pos += 1
            }
        }
        var fractionDigits = 0
        if pos < count, base[pos] == UInt8(ascii: ".") {
            pos += 1
            guard pos < count, isDigit(base[pos]) else {
                throw JSONScanError(offset: pos, message: "expected a digit after '.' in number")
            }
            while pos < count, isDigit(base[pos]) {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(base[pos] &- 48) }
                if digits > 0 || base[pos] != UInt8(ascii: "0") { digits += 1 }
                fractionDigits += 1
                pos += 1
            }
        }
        var exponent = 0
        if pos < count, base[pos] == UInt8(ascii: "e") || base[pos] == UInt8(ascii: "E") {
            pos += 1
            var exponentNegative = false
            if pos < count, base[pos] == UInt8(ascii: "+") || base[pos] == UInt8(ascii: "-") {
                exponentNegative = base[pos] == UInt8(ascii: "-")
                pos += 1
            }
            guard pos < count, isDigit(base[pos]) else {
                throw JSONScanError(offset: pos, message: "expected a digit in the exponent of a number")
            }
            while pos < count, isDigit(base[pos]) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(base[pos] - 48) }
                pos += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        // Fast exact path (Clinger): the mantissa and the power of ten are both exact Doubles.
        if digits <= 15 {
            let scale = exponent - fractionDigits
            let value = Double(mantissa)
            if scale == 0 { return negative ? -value : value }
            if (-22...22).contains(scale) {
                let result = scale > 0 ? value * Self.exactPowersOfTen[scale] : value / Self.exactPowersOfTen[-scale]
                return negative ? -result : result
            }
        }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: pos - start), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw JSONScanError(offset: start, message: "number \(text.count > 40 ? String(text.prefix(40)) + "..." : text) is too large")
        }
        return value
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}
