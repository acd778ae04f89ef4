/// How many colours the terminal can show, from none to 24-bit.
public enum ColorMode: String, Sendable, Hashable, CaseIterable {
    /// No colour at all: attributes (bold, underline, reverse) only.
    case monochrome
    /// The 8 basic colours.
    case ansi8
    /// The 8 basic colours and their 8 bright variants.
    case ansi16
    /// The xterm 256-colour palette.
    case palette256
    /// 24-bit colour: each colour number is `0xRRGGBB`.
    case trueColor

    /// The mode for a terminal that reports `colors` colours.
    ///
    /// True colour needs both the user's word for it (`COLORTERM` is `truecolor` or
    /// `24bit`) and a terminfo entry that does direct colour (the `RGB` flag, or at
    /// least 2^24 colours); with `COLORTERM` alone ncurses cannot send 24-bit colours,
    /// so that falls back to the palette.
    public static func detect(colors: Int, hasColors: Bool, colorTerm: String?, directColor: Bool) -> ColorMode {
        guard hasColors, colors >= 8 else { return .monochrome }
        let askedForTrueColor = ["truecolor", "24bit"].contains(colorTerm?.lowercased() ?? "")
        if askedForTrueColor && (directColor || colors >= 0x100_0000) { return .trueColor }
        if colors >= 256 { return .palette256 }
        if colors >= 16 { return .ansi16 }
        return .ansi8
    }
}
