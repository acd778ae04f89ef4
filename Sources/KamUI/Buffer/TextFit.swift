/// Where text sits in a space wider than itself.
public enum HorizontalAlignment: Sendable, Hashable {
    case left, right, center
}

/// Cuts, pads and wraps text by terminal columns, respecting wide characters.
///
/// Every function sanitises first (see `SafeText`), so widths are those the screen will show.
public enum TextFit {
    /// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        let clean = SafeText.sanitize(text)
        if SafeText.width(of: clean) <= width { return clean }
        let room = width - SafeText.width(of: ellipsis)
        var out = ""
        var used = 0
        for character in clean {
            let w = SafeText.width(of: character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + String(ellipsis)
    }

    /// `text` truncated to `width` columns, then padded with spaces to exactly `width`.
    public static func fit(_ text: String, width: Int, alignment: HorizontalAlignment = .left,
                           ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let gap = width - SafeText.width(of: cut)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let before = gap / 2
            return String(repeating: " ", count: before) + cut + String(repeating: " ", count: gap - before)
        }
    }

    /// `text` broken into lines of at most `width` columns: at spaces where possible, inside
    /// words that are longer than a line, and at every newline.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in SafeText.sanitize(String(paragraph)).split(separator: " ") {
                var rest = String(word)
                var restWidth = SafeText.width(of: rest)
                if lineWidth > 0 && lineWidth + 1 + restWidth <= width {
                    line += " " + rest
                    lineWidth += 1 + restWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line) }
                while restWidth > width {
                    let (head, tail) = split(rest, at: width)
                    lines.append(head)
                    rest = tail
                    restWidth = SafeText.width(of: rest)
                }
                line = rest
                lineWidth = restWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// The first characters of `text` that fit in `width` columns, and the rest.
    static func split(_ text: String, at width: Int) -> (String, String) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let w = SafeText.width(of: text[index])
            if used + w > width { break }
            used += w
            index = text.index(after: index)
        }
        if index == text.startIndex, index < text.endIndex { index = text.index(after: index) }
        return (String(text[..<index]), String(text[index...]))
    }
}

extension ScreenBuffer {
    /// Writes `text` fitted to `width` columns from (x, y): truncated with `ellipsis`,
    /// aligned and padded with spaces in `style`, clipped to `clip`.
    public mutating func write(_ text: String, x: Int, y: Int, width: Int, alignment: HorizontalAlignment = .left,
                               style: Style, ellipsis: Character = "…", clip: Rect? = nil) {
        guard width > 0 else { return }
        let fitted = TextFit.fit(text, width: width, alignment: alignment, ellipsis: ellipsis)
        let bounds = (clip ?? area).intersection(Rect(x: x, y: y, width: width, height: 1))
        write(fitted, x: x, y: y, style: style, clip: bounds)
    }
}
