import KamAnalytics
import KamModel

/// The custom figures of a table's rows, for the quarter and the one before, by position
/// in one list of names: roll-ups add them by position (`MeasureTotalsSum`) instead of
/// reading every row's dictionaries, whose names are scattered strings.
struct CustomFigureColumns: Sendable {
    /// Every custom figure's name, in order of first appearance.
    let names: [String]
    /// Row `r`'s figure `k` for the quarter at `r * names.count + k`; nil when the row
    /// has no such figure.
    let current: [KnownSum?]
    /// The same for the quarter before.
    let previous: [KnownSum?]

    /// Where row `row`'s figures start in `current` and `previous`.
    func start(_ row: Int) -> Int { row * names.count }

    /// The figures of consecutive runs of rows, each collected on its own core.
    init(parts: [Part]) {
        var names: [String] = []
        let positions = parts.map { part in
            part.names.map { name in
                if let i = names.firstIndex(of: name) { return i }
                names.append(name)
                return names.count - 1
            }
        }
        let width = names.count, rows = parts.reduce(0) { $0 + $1.rows }
        var current = [KnownSum?](repeating: nil, count: rows * width)
        var previous = current
        var first = 0
        for (part, position) in zip(parts, positions) {
            for entry in part.current { current[(first + entry.row) * width + position[entry.name]] = entry.sum }
            for entry in part.previous { previous[(first + entry.row) * width + position[entry.name]] = entry.sum }
            first += part.rows
        }
        self.names = names
        self.current = current
        self.previous = previous
    }

    /// The custom figures of a run of rows, as they are built.
    struct Part: Sendable {
        /// One figure of one row: the row within the run and the name's position in `names`.
        struct Entry: Sendable {
            let row: Int
            let name: Int
            let sum: KnownSum
        }

        private(set) var names: [String] = []
        private(set) var rows = 0
        private(set) var current: [Entry] = []
        private(set) var previous: [Entry] = []

        /// Adds the next row's figures for the quarter and the one before.
        mutating func add(current totals: MeasureTotals, previous before: MeasureTotals) {
            for (name, sum) in totals.figures.custom { current.append(Entry(row: rows, name: position(name), sum: sum)) }
            for (name, sum) in before.figures.custom { previous.append(Entry(row: rows, name: position(name), sum: sum)) }
            rows += 1
        }

        private mutating func position(_ name: String) -> Int {
            if let i = names.firstIndex(where: { $0.utf8.count == name.utf8.count && $0 == name }) { return i }
            names.append(name)
            return names.count - 1
        }
    }
}
