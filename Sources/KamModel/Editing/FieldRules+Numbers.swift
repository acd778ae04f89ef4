extension FieldRules {
    /// A finite number: `12x` gives "must be a number".
    static func amount(_ text: String) -> Result<Double, FieldError> { number(text) }

    /// Reads a number as people type it: digit groups separated by `_`, `'`, `,` or spaces,
    /// one `.` for the fraction, an optional sign and an optional `k` (thousand) or `m`
    /// (million) suffix. Rejects everything `Double` would also take (hex, `inf`, `nan`).
    static func number(_ text: String) -> Result<Double, FieldError> {
        var body = trimmed(text).filter { !"_', \u{00A0}\u{202F}".contains($0) }
        var scale = 1.0
        if let last = body.last?.lowercased() {
            if last == "k" { scale = 1_000 } else if last == "m" { scale = 1_000_000 }
            if scale != 1 { body.removeLast() }
        }
        let notANumber = Result<Double, FieldError>.failure(FieldError("must be a number"))
        guard !body.isEmpty else { return trimmed(text).isEmpty ? .failure(FieldError("is required")) : notANumber }
        var digits = body[...]
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              digits.filter({ $0 == "." }).count <= 1, digits.contains(where: \.isNumber),
              let value = Double(body) else { return notANumber }
        let scaled = value * scale
        return scaled.isFinite ? .success(scaled) : .failure(FieldError("must be a finite number"))
    }

    /// A number, or a percentage (`10%`) read as a fraction (0.1).
    static func percentOrNumber(_ text: String) -> Result<Double, FieldError> {
        let value = trimmed(text)
        if value.hasSuffix("%") { return number(String(value.dropLast())).map { $0 / 100 } }
        return number(value)
    }

    /// A fraction 0 to 1, or a percentage 0% to 100%.
    static func fraction(_ text: String, _ message: String) -> Result<Double, FieldError> {
        percentOrNumber(text).flatMap { (0...1).contains($0) ? .success($0) : .failure(FieldError(message)) }
    }

    /// nil for empty text, else what `read` makes of it.
    static func optional<Value>(_ text: String, _ read: (String) -> Result<Value, FieldError>) -> Result<Value?, FieldError> {
        trimmed(text).isEmpty ? .success(nil) : read(text).map { $0 }
    }

    /// The text without spaces or newlines around it.
    static func trimmed(_ text: String) -> String {
        var slice = text[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
