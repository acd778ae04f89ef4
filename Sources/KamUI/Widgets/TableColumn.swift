/// One column of a `Table`: its title, how wide it may be and how its text is aligned.
public struct TableColumn: Sendable, Hashable {
    /// How a column claims width.
    public enum Width: Sendable, Hashable {
        /// Exactly this many columns.
        case fixed(Int)
        /// At least `min`, growing up to `max` when the area has room to spare.
        case flexible(min: Int, max: Int)
    }

    public var title: String
    public var width: Width
    public var alignment: HorizontalAlignment

    public init(_ title: String, width: Width = .flexible(min: 4, max: 40), alignment: HorizontalAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// The widths of `columns` fitted to `available` cells with `spacing` cells between them.
    ///
    /// Fixed columns and the minimum of flexible ones come first; spare room is shared out
    /// one cell at a time among flexible columns below their maximum. When even the minimums
    /// do not fit, columns keep their widths from the left, the first that does not fit gets
    /// what is left, and the rest get 0 (hidden).
    public static func widths(for columns: [TableColumn], available: Int, spacing: Int = 1) -> [Int] {
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let n): return max(0, n)
            case .flexible(let low, _): return max(0, low)
            }
        }
        let gaps = max(0, columns.count - 1) * spacing
        var spare = available - gaps - widths.reduce(0, +)
        if spare < 0 { return clipped(widths, available: available, spacing: spacing) }
        let limits = columns.map { column -> Int in
            if case .flexible(let low, let high) = column.width { return max(low, high) }
            return 0
        }
        var grew = true
        while spare > 0 && grew {
            grew = false
            for i in widths.indices where spare > 0 && widths[i] < limits[i] {
                widths[i] += 1
                spare -= 1
                grew = true
            }
        }
        return widths
    }

    static func clipped(_ widths: [Int], available: Int, spacing: Int) -> [Int] {
        var left = available
        return widths.map { width in
            let taken = max(0, min(width, left))
            left -= taken + spacing
            return taken
        }
    }
}
