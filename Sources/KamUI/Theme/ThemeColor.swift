/// A colour as a theme file names it: the terminal's default, one of the 16 named colours,
/// a 256-colour index, or a 24-bit `#rrggbb`.
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    /// 0...15: black, red, green, yellow, blue, magenta, cyan, white, then the bright ones.
    case named(Int)
    /// 0...255.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)
}

/// The colours and attributes a theme gives one role.
public struct RoleColors: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }
}
