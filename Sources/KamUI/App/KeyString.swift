/// Key sequences written as text, for `kam render --keys` and tests.
///
/// Syntax (vim-like): each plain character is that key (`j`, `G`, `/`, `a`, space); a
/// key name in angle brackets is a special key: `<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`,
/// `<BS>`, `<Del>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<PgUp>`, `<PgDn>`, `<Home>`,
/// `<End>`, `<F5>`, `<Space>`, `<C-d>` (Ctrl-D), `<lt>` (a literal `<`). Names are the
/// key map file's names (case-insensitive). Example: `jjj<Enter><C-d>/acme<Enter>`.
public enum KeyString {
    /// A key string that went wrong, with the offending part.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The keys `text` stands for.
    public static func parse(_ text: String) throws(ParseError) -> [Key] {
        var keys: [Key] = []
        var chars = Array(text)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "<" else {
                keys.append(c == "\n" ? .enter : .character(c))
                continue
            }
            guard let close = chars.firstIndex(of: ">") else {
                throw ParseError(message: "keys: < without a closing > (write <lt> for a literal <)")
            }
            let name = String(chars[..<close])
            chars = chars[chars.index(after: close)...]
            guard let key = KeyName.key(named: name.count == 1 ? name : name.lowercased()) else {
                throw ParseError(message: "keys: <\(name)> is not a key name")
            }
            keys.append(key)
        }
        return keys
    }
}
