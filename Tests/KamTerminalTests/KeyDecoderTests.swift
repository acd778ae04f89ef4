@testable import KamTerminal
import KamUI
import Testing

/// ncurses key codes as the terminfo headers define them (octal in curses.h).
private enum Code {
    static let down: Int32 = 0o402, up: Int32 = 0o403, left: Int32 = 0o404, right: Int32 = 0o405
    static let home: Int32 = 0o406, backspace: Int32 = 0o407, f0: Int32 = 0o410
    static let dc: Int32 = 0o512, ic: Int32 = 0o513, npage: Int32 = 0o522, ppage: Int32 = 0o523
    static let enter: Int32 = 0o527, btab: Int32 = 0o541, end: Int32 = 0o550
    static let mouse: Int32 = 0o631, resize: Int32 = 0o632
}

@Suite("Key decoding")
struct KeyDecoderTests {
    @Test("ncurses key codes map to keys", arguments: [
        (Code.up, Key.up), (Code.down, .down), (Code.left, .left), (Code.right, .right),
        (Code.ppage, .pageUp), (Code.npage, .pageDown), (Code.home, .home), (Code.end, .end),
        (Code.enter, .enter), (Code.btab, .backTab), (Code.backspace, .backspace),
        (Code.dc, .delete), (Code.ic, .insert), (Code.f0 + 1, .function(1)), (Code.f0 + 12, .function(12)),
    ])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(.keyCode(code)) == .key(key))
    }

    @Test("characters map to keys: enter, tab, escape, backspace, control letters, printable text", arguments: [
        (UInt32(10), DecodedInput.key(.enter)), (13, .key(.enter)), (9, .key(.tab)), (27, .key(.escape)),
        (127, .key(.backspace)), (8, .key(.backspace)), (1, .key(.control("a"))), (4, .key(.control("d"))),
        (19, .key(.control("s"))), (26, .key(.control("z"))), (32, .key(.character(" "))),
        (0x71, .key(.character("q"))), (0xE9, .key(.character("é"))), (0x65E5, .key(.character("日"))),
        (0, .ignored), (28, .ignored), (0x9B, .ignored),
    ])
    func characters(value: UInt32, expected: DecodedInput) {
        #expect(KeyDecoder.decode(.character(value)) == expected)
    }

    @Test("mouse and resize codes ask for their details; unknown codes are ignored")
    func specialCodes() {
        #expect(KeyDecoder.decode(.keyCode(Code.mouse)) == .mouse)
        #expect(KeyDecoder.decode(.keyCode(Code.resize)) == .resize)
        #expect(KeyDecoder.decode(.keyCode(0o777)) == .ignored)
    }

    @Test("mouse reports map to presses, releases and wheel turns at the cell")
    func mouse() {
        // ncurses mouse version 2 masks: button n's bits start at (n - 1) * 5.
        let pressed1: UInt32 = 0o2, released1: UInt32 = 0o1, pressed3: UInt32 = 0o2 << 10
        let wheelUp: UInt32 = 0o2 << 15, wheelDown: UInt32 = 0o2 << 20
        #expect(MouseDecoder.decode(state: .init(pressed1), x: 4, y: 7) == MouseEvent(action: .press, button: 1, x: 4, y: 7))
        #expect(MouseDecoder.decode(state: .init(released1), x: 4, y: 7) == MouseEvent(action: .release, button: 1, x: 4, y: 7))
        #expect(MouseDecoder.decode(state: .init(pressed3), x: 0, y: 0) == MouseEvent(action: .press, button: 3, x: 0, y: 0))
        #expect(MouseDecoder.decode(state: .init(wheelUp), x: 2, y: 3) == MouseEvent(action: .wheelUp, button: 0, x: 2, y: 3))
        #expect(MouseDecoder.decode(state: .init(wheelDown), x: 2, y: 3) == MouseEvent(action: .wheelDown, button: 0, x: 2, y: 3))
        #expect(MouseDecoder.decode(state: 0, x: 2, y: 3) == nil)
    }
}
