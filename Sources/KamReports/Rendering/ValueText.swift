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

    static func isControl(_ scalar: Unicode.Scalar) -> Bool { !TerminalText.isPrintable(scalar) }

    /// Columns `text` (already neutralised) takes on a terminal.
    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + TerminalText.width(of: $1) }
    }

    /// `text` padded with spaces to `width` columns, on the right or the left.
    static func pad(_ text: String, to width: Int, alignment: ReportColumn.Alignment) -> String {
        let gap = String(repeating: " ", count: max(0, width - self.width(text)))
        return alignment == .left ? text + gap : gap + text
    }
}
