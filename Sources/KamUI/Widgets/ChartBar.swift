/// One bar of a bar chart: a label, its value, the value as the UI formatted it, and
/// optionally a role (otherwise `.chart1`, or `.bad` below zero).
public struct ChartBar: Sendable, Hashable {
    public var label: String
    public var value: Double
    /// Shown next to horizontal bars; the model computes, the UI formats.
    public var valueText: String
    public var role: Role?

    public init(_ label: String, value: Double, valueText: String = "", role: Role? = nil) {
        self.label = label
        self.value = value.isFinite ? value : 0
        self.valueText = valueText
        self.role = role
    }

    /// The role the bar is drawn in.
    var drawRole: Role { role ?? (value < 0 ? .bad : .chart1) }

    /// The largest positive value and the largest magnitude below zero among `bars`.
    static func extent(of bars: [ChartBar]) -> (positive: Double, negative: Double) {
        bars.reduce((0, 0)) { (max($0.0, $1.value), max($0.1, -$1.value)) }
    }

    /// How many of `height` rows go above the zero axis, shared in proportion to the largest
    /// profit and loss: a side with bars keeps at least one row, losses only from a height of
    /// `lossRowsFrom` rows.
    static func rowsAboveAxis(height: Int, positive: Double, negative: Double, lossRowsFrom: Int) -> Int {
        guard positive + negative > 0 else { return height }
        var up = Int((Double(height) * positive / (positive + negative)).rounded())
        if negative > 0, up == height, height >= lossRowsFrom { up -= 1 }
        if positive > 0, up == 0, height > 1 { up = 1 }
        return up
    }

    /// The number of `levels`-ths of a cell a bar of `value` takes when `maximum` fills `cells`:
    /// rounded, and at least one for any value that is not zero.
    static func units(_ value: Double, of maximum: Double, cells: Int, levels: Int) -> Int {
        guard maximum > 0, value != 0, cells > 0 else { return 0 }
        let units = Int((abs(value) / maximum * Double(cells * levels)).rounded())
        return min(cells * levels, max(1, units))
    }

    /// The block level of each cell, from the base out, of a bar `units` long in
    /// `levels`-ths of a cell: full cells, then one partial cell if any.
    static func cellLevels(units: Int, levels: Int) -> [Int] {
        guard units > 0, levels > 0 else { return [] }
        return (0..<(units + levels - 1) / levels).map { min(levels, units - $0 * levels) }
    }
}
