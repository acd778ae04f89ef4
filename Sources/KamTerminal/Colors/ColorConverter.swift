import KamUI

/// Turns theme colours into the colour numbers a terminal in one `ColorMode` can show.
///
/// The result is an ncurses colour number: `-1` for the terminal's default colour,
/// a palette index, or `0xRRGGBB` in true-colour mode. Pure, so it is tested without a
/// terminal.
struct ColorConverter: Sendable, Hashable {
    /// The number ncurses uses for "the terminal's own default colour".
    static let defaultColor: Int32 = -1

    var mode: ColorMode
    /// Whether the terminal accepts `-1` (ncurses `use_default_colors` succeeded).
    var supportsDefaultColors: Bool = true

    /// The colour number for `color` used as a foreground (`isForeground`) or background;
    /// nil in monochrome mode, where only attributes are drawn.
    func convert(_ color: ThemeColor, isForeground: Bool) -> Int32? {
        switch mode {
        case .monochrome:
            return nil
        case .ansi8, .ansi16, .palette256, .trueColor:
            break
        }
        switch color {
        case .terminalDefault:
            if supportsDefaultColors { return Self.defaultColor }
            return isForeground ? 7 : 0
        case .named(let n):
            return convertIndex(min(max(n, 0), 15))
        case .indexed(let i):
            return convertIndex(min(max(i, 0), 255))
        case .rgb(let r, let g, let b):
            return convertRGB(RGB(Int(r), Int(g), Int(b)))
        }
    }

    /// A palette index in this mode.
    private func convertIndex(_ index: Int) -> Int32 {
        switch mode {
        case .monochrome, .palette256:
            return Int32(index)
        case .ansi8:
            if index < 16 { return Int32(index % 8) }
            return Int32(XtermPalette.nearestSystemIndex(to: XtermPalette.rgb(ofIndex: index), count: 8))
        case .ansi16:
            if index < 16 { return Int32(index) }
            return Int32(XtermPalette.nearestSystemIndex(to: XtermPalette.rgb(ofIndex: index), count: 16))
        case .trueColor:
            // Direct-colour terminfo sends numbers below 8 as the basic ANSI colours, so
            // those stay themselves; everything else becomes its xterm 24-bit value.
            if index < 8 { return Int32(index) }
            return Self.direct(XtermPalette.rgb(ofIndex: index))
        }
    }

    /// A 24-bit colour in this mode.
    private func convertRGB(_ rgb: RGB) -> Int32 {
        switch mode {
        case .monochrome, .palette256:
            return Int32(XtermPalette.nearestIndex(to: rgb))
        case .ansi8:
            return Int32(XtermPalette.nearestSystemIndex(to: rgb, count: 8))
        case .ansi16:
            return Int32(XtermPalette.nearestSystemIndex(to: rgb, count: 16))
        case .trueColor:
            return Self.direct(rgb)
        }
    }

    /// The direct-colour number for `rgb`; the few near-black values below 8 (which
    /// would be read as ANSI colours) move to 8, which looks the same.
    private static func direct(_ rgb: RGB) -> Int32 {
        max(rgb.packed, 8)
    }
}
