import CNcurses
import KamUI

extension CursesScreen {
    /// Paints `buffer` and shows the text cursor at `cursor` (hidden when nil), writing
    /// only the cells that changed since the last paint, then one `doupdate`.
    ///
    /// A buffer of another size than the screen is clipped; the terminal is never
    /// cleared, so a frame that changes two rows sends about two rows of bytes.
    func paint(_ buffer: ScreenBuffer, theme: Theme, cursor: CursorPosition?) {
        if theme != paintedTheme { painted = nil }
        let (width, height) = size
        let writes = PaintPlan.writes(from: painted, to: buffer)
        let visibleCursor = cursor.flatMap { $0.x >= 0 && $0.y >= 0 && $0.x < width && $0.y < height ? $0 : nil }
        if writes.isEmpty && visibleCursor == paintedCursor && painted != nil { return }

        var appearances: [Style: Appearance] = [:]
        for write in writes where write.x < width && write.y < height {
            let appearance = appearances[write.style] ?? {
                let resolved = Appearance.resolve(write.style, theme: theme, converter: converter)
                appearances[write.style] = resolved
                return resolved
            }()
            draw(write, appearance: appearance, isLastCell: write.x == width - 1 && write.y == height - 1)
        }
        placeCursor(visibleCursor)
        wnoutrefresh(window)
        doupdate()
        painted = buffer
        paintedTheme = theme
        paintedCursor = visibleCursor
    }

    /// Shows the cursor at `position`, or hides it.
    private func placeCursor(_ position: CursorPosition?) {
        if let position {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            leaveok(window, false)
            wmove(window, Int32(position.y), Int32(position.x))
        } else {
            if cursorVisible { curs_set(0); cursorVisible = false }
            leaveok(window, true)
        }
    }

    /// Writes one cell. The bottom-right cell is inserted rather than added, so the
    /// cursor never moves past the end of the screen and nothing scrolls.
    private func draw(_ write: CellWrite, appearance: Appearance, isLastCell: Bool) {
        var attributes = KAM_A_NORMAL
        if appearance.bold { attributes |= KAM_A_BOLD }
        if appearance.underline { attributes |= KAM_A_UNDERLINE }
        if appearance.reverse { attributes |= KAM_A_REVERSE }
        var pair = colorPair(for: appearance.colors)

        var scalars: [Unicode.Scalar]
        switch Glyph.forCharacter(write.character, unicode: unicode) {
        case .text(let text):
            scalars = text
        case .lineDrawing(let letter):
            guard let acs = lineDrawingCharacter(letter) else { scalars = ["?"]; break }
            scalars = acs.scalars
            attributes |= acs.attributes
        }
        var characters = scalars.map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var cell = cchar_t()
        setcchar(&cell, characters, attributes, 0, &pair)
        let x = Int32(write.x), y = Int32(write.y)
        if isLastCell {
            mvwins_wch(window, y, x, &cell)
        } else {
            mvwadd_wch(window, y, x, &cell)
        }
    }

    /// The colour pair for `colors`, telling ncurses about it the first time; pair 0
    /// (default colours) when colour is off or the terminal has run out of pairs.
    private func colorPair(for colors: ColorPairTable.Colors?) -> Int32 {
        guard let colors else { return 0 }
        switch pairs.pair(for: colors) {
        case .existing(let pair):
            return pair
        case .new(let pair):
            return init_extended_pair(pair, colors.foreground, colors.background) == OK ? pair : 0
        case .exhausted:
            return 0
        }
    }

    /// The character and attributes ncurses uses for the line-drawing glyph `letter`.
    private func lineDrawingCharacter(_ letter: Character) -> (scalars: [Unicode.Scalar], attributes: attr_t)? {
        guard let ascii = letter.asciiValue, let glyph = kam_wacs(CChar(bitPattern: ascii)) else { return nil }
        var characters = [wchar_t](repeating: 0, count: Glyph.maxScalars + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(glyph, &characters, &attributes, &pair, nil) != ERR else { return nil }
        let scalars = Self.scalars(fromWide: characters)
        return scalars.isEmpty ? nil : (scalars, attributes & KAM_A_ATTRIBUTES)
    }

    /// The scalars of a zero-terminated wide string as `getcchar` fills it.
    static func scalars(fromWide characters: [wchar_t]) -> [Unicode.Scalar] {
        characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
    }
}
