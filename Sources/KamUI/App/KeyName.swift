/// The names keys have in key map files, the help overlay and key strings: `j`, `ctrl-d`, `pgdn`.
///
/// Names are case-sensitive for single characters (`g` and `G` differ) and
/// case-insensitive otherwise (`Enter` and `enter` are the same key). `alt-` keys are not
/// supported: terminals send them as Esc followed by the key.
public enum KeyName {
    /// Names of the special keys, first the one `name(of:)` writes, then accepted aliases.
    static let special: [(key: Key, names: [String])] = [
        (.enter, ["enter", "return", "ret", "cr"]),
        (.escape, ["esc", "escape"]),
        (.tab, ["tab"]),
        (.backTab, ["shift-tab", "backtab", "s-tab"]),
        (.backspace, ["backspace", "bs"]),
        (.delete, ["delete", "del"]),
        (.insert, ["insert", "ins"]),
        (.up, ["up"]),
        (.down, ["down"]),
        (.left, ["left"]),
        (.right, ["right"]),
        (.pageUp, ["pgup", "pageup"]),
        (.pageDown, ["pgdn", "pagedown", "pgdown"]),
        (.home, ["home"]),
        (.end, ["end"]),
        (.character(" "), ["space"]),
        (.character("<"), ["lt"]),
    ]

    /// The key a name stands for, or nil when it names no key.
    public static func key(named name: String) -> Key? {
        if name.count == 1, let c = name.first {
            return SafeText.isPrintable(c.unicodeScalars.first ?? "\u{0}") ? .character(c) : nil
        }
        let lower = name.lowercased()
        for entry in special where entry.names.contains(lower) { return entry.key }
        for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else { return nil }
            return .control(c)
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            return .function(n)
        }
        return nil
    }

    /// The canonical name of `key`: what the help overlay and status hints show.
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): return "space"
        case .character(let c): return String(c)
        case .control(let c): return "ctrl-\(c)"
        case .function(let n): return "f\(n)"
        default:
            return special.first { $0.key == key }?.names.first ?? "?"
        }
    }

    /// A short label for hints and help: `^D`, `Enter`, `PgDn`, `j`.
    public static func label(of key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "^" + String(c).uppercased()
        case .function(let n): return "F\(n)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        }
    }
}
