import KamUI

/// One cell the painter must write: a character (one or two columns wide) and its style.
struct CellWrite: Hashable, Sendable {
    var x: Int
    var y: Int
    var character: Character
    var style: Style
    /// True when the character takes this cell and the next.
    var isWide: Bool
}

/// Which cells to write to bring the screen from one buffer to the next.
///
/// Pure: the painter runs the plan against ncurses. Continuation cells are never
/// written (the wide character before them covers them). A buffer whose wide
/// characters lost their continuation, or whose continuation lost its wide character
/// (a widget wrote over half of one), is drawn with spaces there rather than letting a
/// wide character spill into its neighbour.
enum PaintPlan {
    /// The writes that turn `previous` into `next`; all of `next` when there is no
    /// previous buffer or its size differs.
    static func writes(from previous: ScreenBuffer?, to next: ScreenBuffer) -> [CellWrite] {
        let comparable = previous.flatMap { $0.width == next.width && $0.height == next.height ? $0 : nil }
        var writes: [CellWrite] = []
        for y in 0..<next.height {
            let row = normalizedRow(next, y)
            let oldRow = comparable.map { normalizedRow($0, y) }
            var x = 0
            while x < row.count {
                let cell = row[x]
                let span = cell.isWide ? 2 : 1
                let changed = oldRow.map { old in
                    (x..<min(x + span, old.count)).contains { old[$0] != row[$0] }
                } ?? true
                if changed, !cell.isContinuation {
                    writes.append(CellWrite(x: x, y: y, character: cell.character, style: cell.style, isWide: cell.isWide))
                }
                x += span
            }
        }
        return writes
    }

    /// A cell as it will be drawn.
    struct DrawnCell: Equatable {
        var character: Character
        var style: Style
        var isWide: Bool
        var isContinuation: Bool
    }

    /// Row `y` of `buffer` with broken wide characters replaced by spaces.
    static func normalizedRow(_ buffer: ScreenBuffer, _ y: Int) -> [DrawnCell] {
        var row: [DrawnCell] = []
        row.reserveCapacity(buffer.width)
        var x = 0
        while x < buffer.width {
            let cell = buffer[x, y]
            let wide = !cell.isContinuation && SafeText.width(of: cell.character) == 2
            if wide {
                if x + 1 < buffer.width, buffer[x + 1, y].isContinuation {
                    row.append(DrawnCell(character: cell.character, style: cell.style, isWide: true, isContinuation: false))
                    row.append(DrawnCell(character: " ", style: cell.style, isWide: false, isContinuation: true))
                    x += 2
                    continue
                }
                row.append(DrawnCell(character: " ", style: cell.style, isWide: false, isContinuation: false))
            } else if cell.isContinuation {
                // A continuation without its wide character: draw it as a space.
                row.append(DrawnCell(character: " ", style: cell.style, isWide: false, isContinuation: false))
            } else {
                row.append(DrawnCell(character: cell.character, style: cell.style, isWide: false, isContinuation: false))
            }
            x += 1
        }
        return row
    }
}
