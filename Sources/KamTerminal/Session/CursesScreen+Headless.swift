import CNcurses

/// What one screen cell holds, read back from ncurses.
struct CursesCell: Equatable, Sendable {
    var text: String
    var bold: Bool
    var underline: Bool
    var reverse: Bool
    var lineDrawing: Bool
    var foreground: Int32
    var background: Int32
}

extension CursesScreen {
    /// A screen that writes to a temporary file and reads no input: ncurses without a
    /// terminal, for tests. Its cells can be read back with `cell(x:y:)`.
    static func headless(width: Int, height: Int, terminalType: String = "xterm-256color",
                         unicode: Bool = true, colorTerm: String? = nil) throws -> CursesScreen {
        guard let output = tmpfile(), let input = fopen("/dev/null", "r") else {
            throw TerminalUnavailable(reason: "no temporary file for a headless screen")
        }
        let screen = try CursesScreen(terminalType: terminalType, output: output, input: input,
                                      unicode: unicode, mouse: false, colorTerm: colorTerm)
        screen.resize(width: width, height: height)
        return screen
    }

    /// The contents of the cell at (x, y) as ncurses holds it (`mvwin_wch`).
    func cell(x: Int, y: Int) -> CursesCell? {
        var cell = cchar_t()
        guard mvwin_wch(window, Int32(y), Int32(x), &cell) != ERR else { return nil }
        var characters = [wchar_t](repeating: 0, count: Glyph.maxScalars + 1)
        var attributes: attr_t = 0
        var shortPair: Int16 = 0
        var pair: Int32 = 0
        guard getcchar(&cell, &characters, &attributes, &shortPair, &pair) != ERR else { return nil }
        var foreground: Int32 = -1, background: Int32 = -1
        if pair != 0 { extended_pair_content(pair, &foreground, &background) }
        let scalars = Self.scalars(fromWide: characters)
        return CursesCell(text: String(String.UnicodeScalarView(scalars)),
                          bold: attributes & KAM_A_BOLD != 0,
                          underline: attributes & KAM_A_UNDERLINE != 0,
                          reverse: attributes & KAM_A_REVERSE != 0,
                          lineDrawing: attributes & KAM_A_ALTCHARSET != 0,
                          foreground: foreground, background: background)
    }
}
