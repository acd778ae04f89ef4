import KamModel

/// A date format such as `M/d/yyyy`, `d.M.yyyy`, `yyyy-MM-dd` or `dd/MM/yyyy`.
///
/// `yyyy` is a four-digit year, `yy` a two-digit year in 2000...2099; `M`, `MM`, `d` and
/// `dd` accept one or two digits alike. Any other character must appear as written.
/// A time after the date (`2016-11-08 10:30`, `2016-11-08T10:30:00`) is ignored.
public struct DatePattern: Equatable, Sendable, CustomStringConvertible {
    /// ISO 8601, the default.
    public static let iso = DatePattern(parts: [.year(digits: 4), .literal(0x2D), .month, .literal(0x2D), .day],
                                        text: "yyyy-MM-dd")

    /// One element of the pattern.
    enum Part: Equatable, Sendable {
        case year(digits: Int)
        case month
        case day
        /// A byte that must appear as written (patterns are ASCII).
        case literal(UInt8)
    }

    let parts: [Part]
    /// The pattern as written.
    public let description: String

    private init(parts: [Part], text: String) {
        self.parts = parts
        self.description = text
    }

    /// Parses a pattern; throws `ImportError.invalidDateFormat` saying what is wrong.
    public init(_ text: String) throws {
        func invalid(_ reason: String) -> ImportError { .invalidDateFormat(pattern: text, reason: reason) }
        var parts: [Part] = []
        var counts: [UInt8: Int] = [:]
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            var run = 1
            while i + run < bytes.count, bytes[i + run] == byte { run += 1 }
            switch byte {
            case UInt8(ascii: "y"):
                guard run == 4 || run == 2 else { throw invalid("the year is yyyy or yy") }
                parts.append(.year(digits: run))
            case UInt8(ascii: "M"):
                guard run <= 2 else { throw invalid("the month is M or MM (month names are not supported)") }
                parts.append(.month)
            case UInt8(ascii: "d"):
                guard run <= 2 else { throw invalid("the day is d or dd") }
                parts.append(.day)
            default:
                guard byte < 0x80, !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) else {
                    throw invalid("unknown letter or character \"\(String(decoding: [byte], as: UTF8.self))\"; "
                        + "use yyyy, M, d and separators")
                }
                parts.append(contentsOf: Array(repeating: Part.literal(byte), count: run))
            }
            counts[byte, default: 0] += 1
            i += run
        }
        for (letter, name) in [(UInt8(ascii: "y"), "year"), (UInt8(ascii: "M"), "month"), (UInt8(ascii: "d"), "day")] {
            guard counts[letter] == 1 else {
                throw invalid("needs the \(name) exactly once, e.g. M/d/yyyy")
            }
        }
        self.init(parts: parts, text: text)
    }

    /// The date in `text`, or nil when it does not follow the pattern or is not a real date.
    public func day(from text: String) -> Day? {
        var year = 0, month = 0, day = 0
        var utf8 = text.utf8.makeIterator()
        var pending = utf8.next()
        func number(min: Int, max: Int) -> Int? {
            var value = 0, count = 0
            while count < max, let byte = pending, byte >= 0x30, byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                count += 1
                pending = utf8.next()
            }
            return count >= min ? value : nil
        }
        for part in parts {
            switch part {
            case .literal(let byte):
                guard pending == byte else { return nil }
                pending = utf8.next()
            case .year(let digits):
                guard let value = number(min: digits, max: digits) else { return nil }
                year = digits == 2 ? 2000 + value : value
            case .month:
                guard let value = number(min: 1, max: 2) else { return nil }
                month = value
            case .day:
                guard let value = number(min: 1, max: 2) else { return nil }
                day = value
            }
        }
        // Allow a time of day after the date.
        if let byte = pending, byte != UInt8(ascii: " "), byte != UInt8(ascii: "T") { return nil }
        return Day(year: year, month: month, day: day)
    }
}
