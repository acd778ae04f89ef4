import KamAnalytics
import KamModel

/// How report values are written: rounded for people, exact for machines.
enum ValueText {
    /// The value as text and markdown show it: thousands separators, one decimal for
    /// percentages, whole scores, `–` for no data; control characters in text become `?`.
    static func human(_ value: ReportValue, format: Format = .standard) -> String {
        switch value {
        case .text(let s): PlainText.neutralised(s)
        case .amount(let v): format.amount(v)
        case .percent(let v, let signed): signed ? format.growth(v) : format.percent(v)
        case .fraction(let v): format.percent(v * 100)
        case .count(let n): format.number(Double(n), decimals: 0)
        case .score(let v): format.score(v)
        case .number(let v, let decimals): format.number(v, decimals: decimals)
        case .status(let s): s.title
        case .quarter(let q): q.description
        case .date(let d): d.description
        case .noData: format.noData
        case .notApplicable: ""
        }
    }

    /// The value as csv writes it: exact numbers with `.` and no separators, fractions as
    /// fractions, lower-case status names, ISO quarters and dates; nil for no data.
    static func machine(_ value: ReportValue) -> String? {
        switch value {
        case .text(let s): s
        case .amount(let v), .percent(let v, _), .fraction(let v), .score(let v), .number(let v, _): exact(v)
        case .count(let n): String(n)
        case .status(let s): s.rawValue
        case .quarter(let q): q.description
        case .date(let d): d.description
        case .noData, .notApplicable: nil
        }
    }

    /// The shortest text that reads back as exactly `value`: `1234` for whole numbers below
    /// 2^53, else Swift's round-trip form (`0.1`, `1e-05`); nil when not finite. The same
    /// numbers as KamModel's JSON writer, so csv and json agree digit for digit.
    static func exact(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == value.rounded(.towardZero), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return String(value)
    }
}

/// Text made safe and measurable for a terminal.
enum PlainText {
    /// `text` with every C0 and C1 control character, DEL, and bidirectional override
    /// replaced by `?`, so a name cannot move the cursor, recolour the terminal or break a row.
    static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isControl(scalar) ? "?" : scalar) }
        return String(out)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Columns `text` (already neutralised) takes on a terminal: wide East Asian characters
    /// and emoji take two, combining marks none.
    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if first.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(v) } ? 2 : 1
    }

    /// East Asian wide and fullwidth blocks.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// `text` padded with spaces to `width` columns, on the right or the left.
    static func pad(_ text: String, to width: Int, alignment: ReportColumn.Alignment) -> String {
        let gap = String(repeating: " ", count: max(0, width - self.width(text)))
        return alignment == .left ? text + gap : gap + text
    }
}
