import KamUI

/// What the painter puts in a cell: the character itself, or a line-drawing glyph
/// from the terminal's alternate character set.
enum Glyph: Hashable, Sendable {
    /// Draw these Unicode scalars (a base character and any combining marks).
    case text([Unicode.Scalar])
    /// Draw the alternate-character-set glyph with this ACS letter ('q' is a
    /// horizontal line).
    case lineDrawing(Character)

    /// The glyph for `character`. With a UTF-8 locale characters draw as themselves;
    /// without one, ncurses can only draw ASCII, so box drawing and a few symbols go
    /// through the alternate character set (which works in any locale) and every
    /// other character becomes `?`.
    static func forCharacter(_ character: Character, unicode: Bool) -> Glyph {
        let scalars = Array(character.unicodeScalars)
        guard let first = scalars.first else { return .text([" "]) }
        if first.value < 0x20 || first.value == 0x7F { return .text(["?"]) }
        if SafeText.width(of: character) == 0 { return .text([" "]) }
        if unicode { return .text(Array(scalars.prefix(maxScalars))) }
        if first.isASCII { return .text([first]) }
        if let letter = acsLetters[first] { return .lineDrawing(letter) }
        return .text(["?"])
    }

    /// ncurses keeps at most this many scalars in one cell (`CCHARW_MAX`).
    static let maxScalars = 5

    /// Unicode characters with an alternate-character-set equivalent, by ACS letter.
    static let acsLetters: [Unicode.Scalar: Character] = [
        "─": "q", "━": "q", "═": "q", "│": "x", "┃": "x", "║": "x",
        "┌": "l", "┏": "l", "╔": "l", "╭": "l", "┐": "k", "┓": "k", "╗": "k", "╮": "k",
        "└": "m", "┗": "m", "╚": "m", "╰": "m", "┘": "j", "┛": "j", "╝": "j", "╯": "j",
        "├": "t", "┣": "t", "╠": "t", "┤": "u", "┫": "u", "╣": "u",
        "┬": "w", "┳": "w", "╦": "w", "┴": "v", "┻": "v", "╩": "v", "┼": "n", "╋": "n", "╬": "n",
        "█": "0", "▒": "a", "░": "a", "◆": "`", "♦": "`", "·": "~", "•": "~", "°": "f", "±": "g",
        "≤": "y", "≥": "z", "π": "{", "≠": "|", "£": "}", "↑": "-", "↓": ".", "←": ",", "→": "+",
    ]
}
