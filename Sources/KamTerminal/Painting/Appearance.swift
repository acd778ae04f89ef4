import KamUI

/// How one styled cell looks on this terminal: its attributes and, unless colour is
/// off, its colour numbers.
struct Appearance: Hashable, Sendable {
    var bold: Bool
    var underline: Bool
    var reverse: Bool
    /// Nil when drawing without colour (monochrome theme or terminal).
    var colors: ColorPairTable.Colors?

    /// The look of `style` under `theme`: the role's colours and attributes, plus the
    /// style's own attributes.
    static func resolve(_ style: Style, theme: Theme, converter: ColorConverter) -> Appearance {
        let role = theme.colors(for: style.role)
        var colors: ColorPairTable.Colors?
        if !theme.isMonochrome,
           let fg = converter.convert(role.foreground, isForeground: true),
           let bg = converter.convert(role.background, isForeground: false) {
            colors = ColorPairTable.Colors(foreground: fg, background: bg)
        }
        return Appearance(bold: style.bold || role.bold,
                          underline: style.underline || role.underline,
                          reverse: style.reverse || role.reverse,
                          colors: colors)
    }
}
