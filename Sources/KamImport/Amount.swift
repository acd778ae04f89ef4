/// The character that separates the whole part of an amount from its fraction.
///
/// With `.point`, commas group thousands (`1,234.56`); with `.comma`, points do
/// (`1.234,56`). Spaces and apostrophes are ignored in both (`1 234,56`, `1'234.56`).
public enum DecimalSeparator: String, Sendable, CaseIterable {
    case point, comma

    var byte: UInt8 { self == .point ? UInt8(ascii: ".") : UInt8(ascii: ",") }
    var groupingByte: UInt8 { self == .point ? UInt8(ascii: ",") : UInt8(ascii: ".") }

    /// Works out the decimal separator from the amounts of a file.
    ///
    /// Each value votes when it proves a reading: both `.` and `,` present (the last one
    /// is the decimal separator); one separator followed by other than three digits (a
    /// decimal separator, as in `12,5`); the same separator twice (a grouping one, as in
    /// `1.234.567`). `1,234` alone proves nothing. The majority wins; ties and files
    /// without proof read decimal points.
    static func detect<S: Sequence>(in values: S) -> DecimalSeparator where S.Element == String {
        var pointVotes = 0, commaVotes = 0
        for value in values {
            var dots = 0, commas = 0, last: UInt8 = 0, digitsAfterLast = 0
            for byte in value.utf8 {
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                    if byte == UInt8(ascii: ".") { dots += 1 } else { commas += 1 }
                    last = byte
                    digitsAfterLast = 0
                } else if byte >= 0x30 && byte <= 0x39 {
                    digitsAfterLast += 1
                }
            }
            let single = dots + commas == 1
            if dots > 0 && commas > 0 {
                if last == UInt8(ascii: ".") { pointVotes += 1 } else { commaVotes += 1 }
            } else if single && digitsAfterLast != 3 {
                if dots == 1 { pointVotes += 1 } else { commaVotes += 1 }
            } else if dots > 1 {
                commaVotes += 1
            } else if commas > 1 {
                pointVotes += 1
            }
        }
        return commaVotes > pointVotes ? .comma : .point
    }
}

/// Reads amounts written the way spreadsheets and accounting systems export them.
///
/// Accepted: digits with one decimal separator and optional thousands grouping (groups
/// of exactly three digits); currency signs `$ € £ ¥` before or after; spaces, no-break
/// spaces and apostrophes anywhere; a sign `-`, `−` or `+` before the digits or a `-`
/// after them (`1234-`); parentheses for a negative amount (`($1,234.50)`); an exponent
/// (`1.5E+03`). Anything else is not an amount.
struct AmountParser: Sendable {
    var decimalSeparator: DecimalSeparator

    private static let powersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { acc, _ in acc * 10 } }

    /// The amount in `text`, or nil when it is not an amount (empty text included).
    func amount(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { amount(bytes: $0) }
    }

    private func amount(bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let decimal = decimalSeparator.byte, grouping = decimalSeparator.groupingByte
        var mantissa: UInt64 = 0, significant = 0, scale = 0
        var anyDigit = false, inFraction = false, digitsEnded = false
        var groupLength = 0, grouped = false
        var negative = false, signSeen = false, parenthesis = false, closed = false
        var exponent = 0, exponentSign = 1, inExponent = false, exponentDigits = 0

        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if closed, byte != 0x20 { // after ")" only spaces and currency may follow
                guard let (width, _) = Self.currencyOrSpace(bytes, at: i - 1) else { return nil }
                i += width - 1
                continue
            }
            switch byte {
            case 0x30...0x39:
                if inExponent {
                    guard exponentDigits < 4 else { return nil }
                    exponent = exponent * 10 + Int(byte - 0x30)
                    exponentDigits += 1
                    continue
                }
                guard !digitsEnded else { return nil }
                anyDigit = true
                if !inFraction { groupLength += 1 }
                if significant < 19 {
                    mantissa = mantissa * 10 + UInt64(byte - 0x30)
                    if mantissa > 0 { significant += 1 }
                    if inFraction { scale -= 1 }
                } else if !inFraction {
                    scale += 1
                }
            case decimal:
                guard !inFraction, !inExponent, !digitsEnded, !grouped || groupLength == 3 else { return nil }
                inFraction = true
            case grouping:
                guard !inFraction, !inExponent, !digitsEnded, groupLength > 0,
                      grouped ? groupLength == 3 : groupLength <= 3 else { return nil }
                grouped = true
                groupLength = 0
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard anyDigit, !inExponent, !digitsEnded else { return nil }
                inExponent = true
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                    exponentSign = bytes[i] == UInt8(ascii: "-") ? -1 : 1
                    i += 1
                }
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard !signSeen, !inExponent else { return nil }
                signSeen = true
                negative = byte == UInt8(ascii: "-")
                if anyDigit {
                    guard negative else { return nil }
                    digitsEnded = true
                }
            case UInt8(ascii: "("):
                guard !anyDigit, !parenthesis, !signSeen else { return nil }
                parenthesis = true
            case UInt8(ascii: ")"):
                guard parenthesis, anyDigit else { return nil }
                closed = true
            case 0xE2 where i + 1 < bytes.count && bytes[i] == 0x88 && bytes[i + 1] == 0x92: // U+2212 minus
                guard !signSeen, !anyDigit else { return nil }
                signSeen = true
                negative = true
                i += 2
            default:
                guard let (width, isCurrency) = Self.currencyOrSpace(bytes, at: i - 1) else { return nil }
                if anyDigit && isCurrency { digitsEnded = true }
                i += width - 1
            }
        }
        guard anyDigit, parenthesis == closed, !inExponent || exponentDigits > 0 else { return nil }
        if grouped && !inFraction && groupLength != 3 { return nil }

        let power = scale + exponentSign * exponent
        var value: Double
        if mantissa < (1 << 53) && abs(power) <= 22 {
            // One correctly rounded operation on exact operands: the same result as strtod.
            value = power < 0 ? Double(mantissa) / Self.powersOfTen[-power]
                              : Double(mantissa) * Self.powersOfTen[power]
        } else {
            guard let parsed = Double("\(mantissa)e\(power)") else { return nil }
            value = parsed
        }
        if value == 0 { return 0 }
        if negative || parenthesis { value = -value }
        return value.isFinite ? value : nil
    }

    /// The width in bytes of a currency sign or an ignored space or apostrophe at `index`,
    /// and whether it is a currency sign; nil for anything else.
    private static func currencyOrSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Bool)? {
        switch bytes[index] {
        case 0x20, 0x09, UInt8(ascii: "'"):
            return (1, false)
        case UInt8(ascii: "$"):
            return (1, true)
        case 0xC2 where index + 1 < bytes.count:
            switch bytes[index + 1] {
            case 0xA3, 0xA5: return (2, true) // £ ¥
            case 0xA0: return (2, false) // no-break space
            default: return nil
            }
        case 0xE2 where index + 2 < bytes.count:
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x82, 0xAC): return (3, true) // €
            case (0x80, 0xAF), (0x80, 0x89), (0x80, 0x99): return (3, false) // narrow/thin space, ’
            default: return nil
            }
        default:
            return nil
        }
    }
}
