@testable import KamTerminal
import KamUI
import Testing

@Suite("Colour conversion")
struct ColorConverterTests {
    let palette = ColorConverter(mode: .palette256)
    let eight = ColorConverter(mode: .ansi8)
    let sixteen = ColorConverter(mode: .ansi16)
    let direct = ColorConverter(mode: .trueColor)

    @Test("rgb maps to the nearest xterm-256 cube or grey index")
    func rgbToPalette() {
        #expect(palette.convert(.rgb(255, 0, 0), isForeground: true) == 196)
        #expect(palette.convert(.rgb(0, 0, 0), isForeground: true) == 16)
        #expect(palette.convert(.rgb(255, 255, 255), isForeground: true) == 231)
        #expect(palette.convert(.rgb(95, 135, 175), isForeground: true) == 67)
        #expect(palette.convert(.rgb(128, 128, 128), isForeground: true) == 244)
        #expect(palette.convert(.rgb(18, 18, 18), isForeground: true) == 233)
        #expect(palette.convert(.rgb(38, 139, 210), isForeground: true) == 32)
        #expect(palette.convert(.rgb(255, 175, 0), isForeground: true) == 214)
    }

    @Test("every palette colour from 16 up maps back to itself")
    func paletteRoundTrip() {
        for index in 16...255 {
            #expect(XtermPalette.nearestIndex(to: XtermPalette.rgb(ofIndex: index)) == index, "index \(index)")
        }
    }

    @Test("rgb and palette colours map to the nearest of the 8 basic colours")
    func toEightColours() {
        #expect(eight.convert(.rgb(220, 50, 47), isForeground: true) == 1)
        #expect(eight.convert(.rgb(255, 175, 0), isForeground: true) == 3)
        #expect(eight.convert(.rgb(40, 80, 200), isForeground: true) == 4)
        #expect(eight.convert(.rgb(180, 60, 200), isForeground: true) == 5)
        #expect(eight.convert(.rgb(133, 153, 0), isForeground: true) == 3)
        #expect(eight.convert(.rgb(88, 88, 88), isForeground: true) == 7)
        #expect(eight.convert(.rgb(40, 40, 40), isForeground: true) == 0)
        #expect(eight.convert(.rgb(200, 200, 200), isForeground: true) == 7)
        #expect(eight.convert(.rgb(0, 180, 180), isForeground: true) == 6)
        #expect(eight.convert(.indexed(214), isForeground: true) == 3)
        #expect(eight.convert(.indexed(196), isForeground: true) == 1)
        #expect(eight.convert(.indexed(21), isForeground: true) == 4)
        #expect(eight.convert(.indexed(244), isForeground: true) == 7)
    }

    @Test("named colours keep their number where the terminal has it and drop to the basic 8 otherwise")
    func namedColours() {
        #expect(palette.convert(.named(12), isForeground: true) == 12)
        #expect(sixteen.convert(.named(12), isForeground: true) == 12)
        #expect(eight.convert(.named(12), isForeground: true) == 4)
        #expect(eight.convert(.named(3), isForeground: true) == 3)
        #expect(direct.convert(.named(3), isForeground: true) == 3)
        #expect(direct.convert(.named(9), isForeground: true) == 0xFF0000)
        #expect(ColorConverter(mode: .monochrome).convert(.named(1), isForeground: true) == nil)
    }

    @Test("true colour passes rgb through as 0xRRGGBB")
    func trueColour() {
        #expect(direct.convert(.rgb(0x12, 0x34, 0x56), isForeground: true) == 0x123456)
        #expect(direct.convert(.indexed(196), isForeground: true) == 0xFF0000)
        // Numbers below 8 mean ANSI colours in direct mode, so near-black moves up.
        #expect(direct.convert(.rgb(0, 0, 3), isForeground: true) == 8)
    }

    @Test("palette indices above 15 map to the nearest of 16 colours on a 16-colour terminal")
    func toSixteenColours() {
        #expect(sixteen.convert(.indexed(231), isForeground: true) == 15)
        #expect(sixteen.convert(.indexed(196), isForeground: true) == 9)
        #expect(sixteen.convert(.indexed(244), isForeground: true) == 8)
        #expect(sixteen.convert(.rgb(220, 50, 47), isForeground: true) == 1)
        #expect(sixteen.convert(.indexed(46), isForeground: true) == 10)
    }

    @Test("the terminal default is -1, or white on black where defaults are not supported")
    func defaults() {
        #expect(palette.convert(.terminalDefault, isForeground: true) == -1)
        let noDefaults = ColorConverter(mode: .ansi8, supportsDefaultColors: false)
        #expect(noDefaults.convert(.terminalDefault, isForeground: true) == 7)
        #expect(noDefaults.convert(.terminalDefault, isForeground: false) == 0)
    }

    @Test("colour mode follows COLORTERM only when terminfo can do direct colour")
    func modeDetection() {
        #expect(ColorMode.detect(colors: 256, hasColors: true, colorTerm: "truecolor", directColor: false) == .palette256)
        #expect(ColorMode.detect(colors: 0x100_0000, hasColors: true, colorTerm: "24bit", directColor: true) == .trueColor)
        #expect(ColorMode.detect(colors: 0x100_0000, hasColors: true, colorTerm: nil, directColor: true) == .palette256)
        #expect(ColorMode.detect(colors: 16, hasColors: true, colorTerm: nil, directColor: false) == .ansi16)
        #expect(ColorMode.detect(colors: 8, hasColors: true, colorTerm: nil, directColor: false) == .ansi8)
        #expect(ColorMode.detect(colors: -1, hasColors: false, colorTerm: "truecolor", directColor: false) == .monochrome)
    }

    @Test("pairs are allocated once per colour combination, pair 0 is the default, and they run out cleanly")
    func pairTable() {
        var table = ColorPairTable(capacity: 3)
        let red = ColorPairTable.Colors(foreground: 1, background: -1)
        let blue = ColorPairTable.Colors(foreground: 4, background: -1)
        #expect(table.pair(for: .init(foreground: -1, background: -1)) == .existing(0))
        #expect(table.pair(for: red) == .new(1))
        #expect(table.pair(for: red) == .existing(1))
        #expect(table.pair(for: blue) == .new(2))
        #expect(table.pair(for: .init(foreground: 2, background: 0)) == .exhausted)
        #expect(table.count == 2)
    }
}
