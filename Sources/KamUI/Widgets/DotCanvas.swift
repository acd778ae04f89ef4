/// A grid of dots finer than cells, for line charts: 2x4 braille dots per cell, or one
/// dot per cell drawn as a plain character.
struct DotCanvas {
    let columns: Int
    let rows: Int
    let braille: Bool
    private var bits: [UInt8]

    init(columns: Int, rows: Int, braille: Bool) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.braille = braille
        self.bits = Array(repeating: 0, count: self.columns * self.rows)
    }

    /// Dots across and down.
    var dotWidth: Int { columns * (braille ? 2 : 1) }
    var dotHeight: Int { rows * (braille ? 4 : 1) }

    /// The braille bit of each dot in a cell, by row then column.
    static let brailleBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// Sets the dot at (x, y), counted from the top left; dots outside are ignored.
    mutating func set(_ x: Int, _ y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        if braille {
            bits[(y / 4) * columns + x / 2] |= Self.brailleBits[y % 4][x % 2]
        } else {
            bits[y * columns + x] = 1
        }
    }

    /// Sets the dots of a straight line from (x0, y0) to (x1, y1) (Bresenham).
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) {
        let dx = abs(end.x - start.x), dy = -abs(end.y - start.y)
        let sx = start.x < end.x ? 1 : -1, sy = start.y < end.y ? 1 : -1
        var (x, y) = start
        var error = dx + dy
        while true {
            set(x, y)
            if x == end.x && y == end.y { return }
            let twice = 2 * error
            if twice >= dy { error += dy; x += sx }
            if twice <= dx { error += dx; y += sy }
        }
    }

    /// The character for the cell at (column, row), or nil when it has no dots.
    func character(column: Int, row: Int, point: Character) -> Character? {
        let value = bits[row * columns + column]
        guard value != 0 else { return nil }
        guard braille, let scalar = Unicode.Scalar(0x2800 + UInt32(value)) else { return point }
        return Character(scalar)
    }
}
