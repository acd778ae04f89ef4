import Foundation

extension ThemeColor {
    /// The names of the 16 standard colours, by number: the 8 normal ones, then `bright...`.
    public static let names: [String] = {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        return base + base.map { "bright" + $0 }
    }()

    /// Reads a colour as a theme file writes it: `default`, a name such as `red` or
    /// `brightred` (`grey`/`gray` for `brightblack`), an index `0`-`255`, or `#rrggbb`.
    /// Case does not matter. Returns nil for anything else.
    public init?(parsing text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if word == "default" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: word) {
            self = .named(index)
        } else if word == "grey" || word == "gray" {
            self = .named(8)
        } else if word.allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(word), (0...255).contains(index) {
            self = .indexed(index)
        } else if word.hasPrefix("#"), word.count == 7, word.dropFirst().allSatisfy(\.isHexDigit),
                  let rgb = UInt32(word.dropFirst(), radix: 16) {
            self = .rgb(UInt8(rgb >> 16), UInt8((rgb >> 8) & 0xFF), UInt8(rgb & 0xFF))
        } else {
            return nil
        }
    }

    /// The colour as a theme file would write it.
    public var themeFileText: String {
        switch self {
        case .terminalDefault: return "default"
        case .named(let n): return Self.names.indices.contains(n) ? Self.names[n] : String(n)
        case .indexed(let n): return String(n)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}
