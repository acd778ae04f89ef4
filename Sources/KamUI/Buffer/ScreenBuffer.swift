import KamModel

/// An in-memory grid of styled cells that screens and widgets draw into.
///
/// The terminal backend paints it; `kam render` and the tests read it as text.
/// Everything written goes through `SafeText`, so no control character or escape
/// sequence from data can reach the terminal.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Sets one cell if it lies inside the buffer and inside `clip`.
    public mutating func set(_ x: Int, _ y: Int, _ character: Character, _ style: Style, clip: Rect? = nil) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        if let clip, !(x >= clip.x && x < clip.maxX && y >= clip.y && y < clip.maxY) { return }
        cells[y * width + x] = Cell(SafeText.printable(character), style: style)
    }

    /// Writes `text` from (x, y) to the right, clipped to `clip` (default: the row), and
    /// returns the column after the last cell written. Wide characters take two columns;
    /// a wide character that does not fit whole is replaced by a space.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard y >= bounds.y, y < bounds.maxY else { return x }
        var column = x
        for character in SafeText.sanitize(text) {
            let w = SafeText.width(of: character)
            if w == 0 { continue }
            if column >= bounds.maxX { break }
            if column + w > bounds.maxX {
                if column >= bounds.x { cells[y * width + column] = Cell(" ", style: style) }
                column += 1
                break
            }
            if column >= bounds.x {
                cells[y * width + column] = Cell(character, style: style)
                if w == 2 { cells[y * width + column + 1] = Cell(" ", style: style, isContinuation: true) }
            }
            column += w
        }
        return column
    }

    /// Fills `rect` with `character` in `style`.
    public mutating func fill(_ rect: Rect, _ character: Character = " ", style: Style = .plain) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let cell = Cell(SafeText.printable(character), style: style)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x] = cell }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { change(&cells[y * width + x].style) }
        }
    }

    /// The text of each row, trailing spaces removed: what tests and `kam render` compare.
    public var lines: [String] {
        (0..<height).map { line($0) }
    }

    /// The text of row `y`, trailing spaces removed.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width {
            let cell = cells[y * width + x]
            if !cell.isContinuation { s.append(cell.character) }
        }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// All rows joined with newlines.
    public var text: String { lines.joined(separator: "\n") }
}

/// Makes text from data safe to print and measures it in terminal columns.
public enum SafeText {
    /// `text` with control characters, escape sequences and other non-printing
    /// characters replaced: C0/C1 controls and DEL become `?`, tabs a space, and an ESC
    /// swallows the sequence that follows it.
    public static func sanitize(_ text: String) -> String {
        var needs = false
        for scalar in text.unicodeScalars where !isPrintable(scalar) { needs = true; break }
        if !needs { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                out.append("?")
                // Skip a CSI (ESC [ ... final) or a two-character escape.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    // OSC: until BEL or ST.
                    while let c = scalars.next(), c != "\u{07}", c != "\u{1B}" {}
                }
            } else if scalar == "\t" {
                out.append(" ")
            } else if isPrintable(scalar) {
                out.append(scalar)
            } else {
                out.append("?")
            }
        }
        return String(out)
    }

    /// One printable character: a control character becomes `?`.
    public static func printable(_ character: Character) -> Character {
        character.unicodeScalars.allSatisfy(isPrintable) ? character : "?"
    }

    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool { TerminalText.isPrintable(scalar) }

    /// Columns `character` takes on a terminal: 0, 1 or 2.
    public static func width(of character: Character) -> Int { TerminalText.width(of: character) }

    /// Columns `text` takes once sanitised.
    public static func width(of text: String) -> Int {
        sanitize(text).reduce(0) { $0 + width(of: $1) }
    }
}
