import KamModel

/// A running sum of many accounts' (or groups') totals, for roll-ups of large portfolios.
///
/// The result is the same as adding each with `MeasureTotals.add` in the same order; only
/// the custom figures are kept differently while adding: by position in a short list of
/// names instead of a dictionary. Hashing (or even comparing) every name of every account
/// made a roll-up of 100,000 accounts several times slower than all the other figures
/// together, so a table that keeps its rows' custom figures by position (see
/// `add(_:customs:row:)`) never touches a name.
public struct MeasureTotalsSum: Sendable {
    private var sum: MeasureTotals
    /// The custom figures' names, and their sums (nil: no account added had the figure).
    public private(set) var customNames: [String]
    private var customSums: [KnownSum?]

    /// An empty sum for a period of `quarters` quarters, with custom figures kept in the
    /// order of `customNames` (more are added as they come).
    public init(quarters: Int = 1, customNames: [String] = []) {
        sum = MeasureTotals(quarters: quarters)
        self.customNames = customNames
        customSums = Array(repeating: nil, count: customNames.count)
    }

    /// Adds one account's (or group's) totals for the same period.
    public mutating func add(_ o: MeasureTotals) {
        sum.addExceptCustom(o)
        for (name, value) in o.figures.custom { add(value, named: name) }
    }

    /// Adds one account-quarter's totals whose custom figures were left out, with that
    /// quarter's custom figures: the same as `add` of the totals with them.
    mutating func add(_ o: MeasureTotals, custom: CustomFigures) {
        sum.addExceptCustom(o)
        for (name, value) in custom {
            var one = KnownSum()
            one.add(value)
            add(one, named: name)
        }
    }

    private mutating func add(_ value: KnownSum, named name: String) {
        // Lengths first: they are kept in the string itself, its bytes are not.
        if let i = customNames.firstIndex(where: { $0.utf8.count == name.utf8.count && $0 == name }) {
            add(value, at: i)
        } else {
            customNames.append(name)
            customSums.append(nil)
            add(value, at: customSums.count - 1)
        }
    }

    /// Adds row `row` of a table: its totals without custom figures and its custom figures
    /// by position in `customs`, whose names this sum must have been started with
    /// (`init(quarters:customNames: customs.names)`).
    public mutating func add(_ totals: CompactTotals, customs: CustomFigureColumns, row: Int) {
        totals.add(to: &sum)
        addCustom(customs, row: row)
    }

    /// Adds row `row` of a one-quarter table: its totals kept as figures, and its custom
    /// figures by position (as `add(_:customs:row:)`).
    mutating func add(_ totals: QuarterTotals, customs: CustomFigureColumns, row: Int) {
        totals.add(to: &sum)
        addCustom(customs, row: row)
    }

    private mutating func addCustom(_ customs: CustomFigureColumns, row: Int) {
        let start = customs.start(row)
        for k in customSums.indices {
            if let value = customs.values[start + k] { add(value, at: k) }
        }
    }

    private mutating func add(_ value: KnownSum, at i: Int) {
        var total = customSums[i] ?? KnownSum()
        total.add(value)
        customSums[i] = total
    }

    /// The totals added so far.
    public var totals: MeasureTotals {
        var totals = sum  // whose custom figures `addExceptCustom` left empty
        for (name, value) in zip(customNames, customSums) {
            if let value { totals.figures.custom[name] = value }
        }
        return totals
    }
}
