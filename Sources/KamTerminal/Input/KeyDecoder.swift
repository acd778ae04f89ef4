import CNcurses
import KamUI

/// What one `wget_wch` read returned: a character, or a key code (`KEY_CODE_YES`).
enum RawInput: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
}

/// What a raw read means, before mouse and resize details are fetched from ncurses.
enum DecodedInput: Hashable, Sendable {
    case key(Key)
    /// `KEY_MOUSE`: the event is waiting in `getmouse`.
    case mouse
    /// `KEY_RESIZE`: ncurses has already taken the new size.
    case resize
    /// Something kam does not use (an unknown key code, Ctrl-@, a lone control byte).
    case ignored
}

/// Maps ncurses key codes and characters to `Key`s: a pure table, tested without a terminal.
enum KeyDecoder {
    /// The meaning of one read.
    static func decode(_ input: RawInput) -> DecodedInput {
        switch input {
        case .character(let value): decodeCharacter(value)
        case .keyCode(let code): decodeKeyCode(code)
        }
    }

    /// A character read: control bytes become keys, the rest printable characters.
    static func decodeCharacter(_ value: UInt32) -> DecodedInput {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 27: return .key(.escape)
        case 1...26:
            // Ctrl-A is 1 ... Ctrl-Z is 26; Tab (I), Enter (J, M) and Backspace (H) are above.
            guard let letter = Unicode.Scalar(UInt32(96) + value) else { return .ignored }
            return .key(.control(Character(letter)))
        case 0..<32, 0x80..<0xA0:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// A key code read (`KEY_CODE_YES`).
    static func decodeKeyCode(_ code: Int32) -> DecodedInput {
        if code == KEY_MOUSE { return .mouse }
        if code == KEY_RESIZE { return .resize }
        let f0 = kam_key_f0()
        if code > f0 && code <= f0 + 63 { return .key(.function(Int(code - f0))) }
        guard let key = keyCodes[code] else { return .ignored }
        return .key(key)
    }

    /// The fixed key codes. The keypad corners and the vt220 Find/Select keys some
    /// terminals send for Home and End map to the keys users meant.
    static let keyCodes: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_SR: .up, KEY_SF: .down, KEY_SLEFT: .left, KEY_SRIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_A3: .pageUp, KEY_C3: .pageDown,
        KEY_HOME: .home, KEY_END: .end, KEY_A1: .home, KEY_C1: .end,
        KEY_FIND: .home, KEY_SELECT: .end, KEY_SHOME: .home, KEY_SEND: .end,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace,
        KEY_DC: .delete, KEY_SDC: .delete, KEY_IC: .insert,
    ]
}
