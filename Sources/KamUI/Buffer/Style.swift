/// How a cell is drawn: a semantic role that the theme turns into colours, plus attributes.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(_ role: Role = .text, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()
}

/// What a piece of the screen is, in the user's terms; a theme gives each role its colours.
public enum Role: String, Hashable, Sendable, CaseIterable {
    case text, muted, header, title, selection, border, focusBorder
    case statusBar, statusKey, input, highlight
    case good, warning, bad, override
    case chart1, chart2, chart3, chart4, chart5, chart6
}
