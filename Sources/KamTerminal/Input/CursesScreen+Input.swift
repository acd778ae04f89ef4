import CNcurses
import KamUI

extension CursesScreen {
    /// The next event, waiting up to `timeoutMilliseconds` (0: do not wait; negative:
    /// wait for ever); nil when nothing came, a signal interrupted the wait, or the
    /// input was something kam ignores.
    ///
    /// Alt: terminals send Alt-x as Esc then x. An Esc followed at once by more input
    /// is an Alt chord or an escape sequence ncurses does not know (Ctrl-arrow on some
    /// terminals); kam binds neither, so the whole burst is dropped rather than read
    /// as Esc plus stray characters. A lone Esc arrives after 25 ms.
    func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard let first = readRaw(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        let decoded = KeyDecoder.decode(first)
        if decoded == .key(.escape) {
            return readAfterEscape()
        }
        return event(for: decoded)
    }

    /// After an Esc: the Esc itself if nothing follows, else drops the burst (keeping
    /// a resize that arrived in it).
    private func readAfterEscape() -> InputEvent? {
        guard var next = readRaw(timeoutMilliseconds: 0) else { return .key(.escape) }
        for _ in 0..<64 {
            if KeyDecoder.decode(next) == .resize { return event(for: .resize) }
            guard let more = readRaw(timeoutMilliseconds: 0) else { break }
            next = more
        }
        return nil
    }

    /// One `wget_wch` read.
    private func readRaw(timeoutMilliseconds: Int) -> RawInput? {
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: value))
        case OK: return .character(UInt32(value))
        default: return nil
        }
    }

    /// The event for a decoded read, fetching mouse details or the new size.
    private func event(for decoded: DecodedInput) -> InputEvent? {
        switch decoded {
        case .key(let key):
            return .key(key)
        case .mouse:
            var report = MEVENT()
            guard getmouse(&report) == OK else { return nil }
            return MouseDecoder.decode(state: report.bstate, x: Int(report.x), y: Int(report.y)).map { .mouse($0) }
        case .resize:
            invalidate()
            let (width, height) = size
            return .resize(width: width, height: height)
        case .ignored:
            return nil
        }
    }
}
