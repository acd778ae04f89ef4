/// Works out the date format of a file from its date values when none is given.
///
/// ISO dates (`yyyy-MM-dd`) are taken when at least half the values are ISO. Otherwise
/// the values are read as three numbers with a separator: a four-digit first number
/// means year/month/day; else the year is last, and a first number above 12 proves
/// day-first while a second number above 12 proves month-first. With no proof either
/// way the file is ambiguous and the caller must give a format. When both kinds of proof
/// appear, the majority wins and the other rows are rejected one by one.
enum DateFormatDetection {
    /// A date value or a sample of one, with the line it is on.
    struct Sample {
        var line: Int
        var text: String
    }

    static func detect(_ samples: [Sample]) throws -> DatePattern {
        let values = samples.filter { !$0.text.isEmpty }
        guard let first = values.first else { return .iso }
        let isoCount = values.reduce(0) { $0 + (DatePattern.iso.day(from: $1.text) == nil ? 0 : 1) }
        if isoCount * 2 >= values.count { return .iso }

        guard let shape = values.lazy.compactMap({ NumericDate($0.text) }).first else {
            throw ImportError.unrecognisedDates(example: first.text, line: first.line)
        }
        let sep = String(UnicodeScalar(shape.separator))
        if shape.digits.0 == 4 {
            return try DatePattern("yyyy\(sep)M\(sep)d")
        }
        guard shape.digits.2 == 4 || shape.digits.2 == 2 else {
            throw ImportError.unrecognisedDates(example: first.text, line: first.line)
        }
        let year = shape.digits.2 == 4 ? "yyyy" : "yy"
        var dayFirst = 0, monthFirst = 0
        for value in values {
            guard let date = NumericDate(value.text), date.separator == shape.separator else { continue }
            if date.numbers.0 > 12 && date.numbers.1 <= 12 { dayFirst += 1 }
            if date.numbers.1 > 12 && date.numbers.0 <= 12 { monthFirst += 1 }
        }
        if dayFirst == 0 && monthFirst == 0 {
            throw ImportError.ambiguousDates(example: first.text)
        }
        return try DatePattern(dayFirst > monthFirst ? "d\(sep)M\(sep)\(year)" : "M\(sep)d\(sep)\(year)")
    }
}

/// A date written as three numbers with one separator, such as `11/8/2016` or `8.11.16`.
struct NumericDate {
    var numbers: (Int, Int, Int)
    var digits: (Int, Int, Int)
    var separator: UInt8

    init?(_ text: String) {
        var numbers = [0, 0, 0], digits = [0, 0, 0]
        var separator: UInt8?
        var index = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                numbers[index] = numbers[index] * 10 + Int(byte - 0x30)
                digits[index] += 1
                guard digits[index] <= 4 else { return nil }
            } else if index == 2 {
                guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "T") else { return nil }
                break
            } else {
                guard digits[index] > 0, byte < 0x80, separator == nil || separator == byte,
                      !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) else { return nil }
                separator = byte
                index += 1
            }
        }
        guard index == 2, digits[2] > 0, let separator else { return nil }
        self.numbers = (numbers[0], numbers[1], numbers[2])
        self.digits = (digits[0], digits[1], digits[2])
        self.separator = separator
    }
}
