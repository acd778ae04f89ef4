import KamModel

/// The custom figures of a table's rows for one period, by position in one list of names:
/// roll-ups add them by position (`MeasureTotalsSum`) instead of reading every row's
/// dictionary, whose names are scattered strings, and rows keep no dictionary of their own.
public struct CustomFigureColumns: Sendable {
    /// Every custom figure's name, in order of first appearance.
    public let names: [String]
    /// Row `r`'s figure `k` at `r * names.count + k`; nil when the row has no such figure.
    public var values: Values { Values(totals: totals, counts: counts) }
    /// Each figure's total and count (0: the row has no such figure), 12 bytes where a
    /// `KnownSum?` takes 24. A row's count is at most the quarters of its period.
    private let totals: [Double]
    private let counts: [Int32]

    /// The figures of every row, by position (see `values`).
    public struct Values: RandomAccessCollection, Sendable {
        let totals: [Double]
        let counts: [Int32]
        public var startIndex: Int { 0 }
        public var endIndex: Int { totals.count }
        public subscript(i: Int) -> KnownSum? {
            counts[i] == 0 ? nil : KnownSum(total: totals[i], count: Int(counts[i]))
        }
    }

    /// Where row `row`'s figures start in `values`.
    public func start(_ row: Int) -> Int { row * names.count }

    /// Row `row`'s figures by name, as `FigureTotals.custom` has them.
    public func figures(_ row: Int) -> [String: KnownSum] {
        var figures: [String: KnownSum] = [:]
        let start = start(row)
        for (k, name) in names.enumerated() {
            if let value = values[start + k] { figures[name] = value }
        }
        return figures
    }

    /// Row `row`'s figure `name`, or nil when it has none.
    public func figure(_ name: String, row: Int) -> KnownSum? {
        names.firstIndex(of: name).flatMap { values[start(row) + $0] }
    }

    /// The figures of consecutive runs of rows, each collected on its own core.
    public init(parts: [Part]) {
        var names: [String] = []
        let positions = parts.map { part in
            part.names.map { name in
                if let i = names.firstIndex(of: name) { return i }
                names.append(name)
                return names.count - 1
            }
        }
        let width = names.count, rows = parts.reduce(0) { $0 + $1.rows }
        var totals = [Double](repeating: 0, count: rows * width), counts = [Int32](repeating: 0, count: rows * width)
        var first = 0
        for (part, position) in zip(parts, positions) {
            for entry in part.entries {
                let i = (first + Int(entry.row)) * width + position[Int(entry.name)]
                totals[i] = entry.sum.total
                counts[i] = Int32(clamping: entry.sum.count)
            }
            first += part.rows
        }
        self.names = names
        self.totals = totals
        self.counts = counts
    }

    /// The custom figures of a run of rows, as they are built.
    public struct Part: Sendable {
        /// One figure of one row: the row within the run and the name's position in `names`.
        struct Entry: Sendable {
            let row: Int32
            let name: Int32
            let sum: KnownSum
        }

        private(set) var names: [String] = []
        private(set) var rows = 0
        private(set) var entries: [Entry] = []

        /// No rows yet.
        public init() {}

        /// Adds the next row's figures.
        public mutating func add(_ totals: MeasureTotals) {
            for (name, sum) in totals.figures.custom { entries.append(Entry(row: Int32(rows), name: Int32(position(name)), sum: sum)) }
            rows += 1
        }

        private mutating func position(_ name: String) -> Int {
            if let i = names.firstIndex(where: { $0.utf8.count == name.utf8.count && $0 == name }) { return i }
            names.append(name)
            return names.count - 1
        }
    }
}
