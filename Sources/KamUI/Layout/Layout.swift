/// How much of a split one part claims.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells.
    case fixed(Int)
    /// This percentage of the whole (0...100), rounded down.
    case percent(Int)
    /// A share of what fixed and percentage parts leave, by weight.
    case fill(Int)

    /// A fill part with weight 1.
    public static let fill = Constraint.fill(1)
}

/// Splits rectangles into rows or columns.
public enum Layout {
    /// `area` cut top to bottom into rows sized by `constraints`.
    public static func rows(_ area: Rect, _ constraints: [Constraint]) -> [Rect] {
        var y = area.y
        return sizes(total: area.height, constraints).map { height in
            defer { y += height }
            return Rect(x: area.x, y: y, width: area.width, height: height)
        }
    }

    /// `area` cut left to right into columns sized by `constraints`.
    public static func columns(_ area: Rect, _ constraints: [Constraint]) -> [Rect] {
        var x = area.x
        return sizes(total: area.width, constraints).map { width in
            defer { x += width }
            return Rect(x: x, y: area.y, width: width, height: area.height)
        }
    }

    /// The sizes `constraints` give out of `total` cells.
    ///
    /// Fixed and percentage parts are served first, in order, until the total runs out
    /// (later ones shrink to what is left, down to 0). Fill parts share the rest by weight,
    /// the last fill part taking any remainder so the sizes add up to the total.
    public static func sizes(total: Int, _ constraints: [Constraint]) -> [Int] {
        let total = max(0, total)
        var left = total
        var sizes = constraints.map { constraint -> Int in
            let wanted: Int
            switch constraint {
            case .fixed(let n): wanted = n
            case .percent(let p): wanted = total * min(100, max(0, p)) / 100
            case .fill: return 0
            }
            let size = min(max(0, wanted), left)
            left -= size
            return size
        }
        let weights = constraints.map { constraint -> Int in
            if case .fill(let weight) = constraint { return max(0, weight) }
            return 0
        }
        let weightSum = weights.reduce(0, +)
        guard weightSum > 0 else { return sizes }
        var given = 0
        var lastFill = 0
        for (i, weight) in weights.enumerated() where weight > 0 {
            sizes[i] = left * weight / weightSum
            given += sizes[i]
            lastFill = i
        }
        sizes[lastFill] += left - given
        return sizes
    }
}

extension Rect {
    /// A rectangle of at most `width` x `height` centred in `self` (smaller when `self` is).
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(max(0, width), self.width), h = min(max(0, height), self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// Whether the cell (x, y) lies inside.
    public func contains(x: Int, y: Int) -> Bool {
        x >= self.x && x < maxX && y >= self.y && y < maxY
    }
}
