import KamModel

/// Each row's totals of a table for one period, without custom figures, by position.
///
/// A one-quarter table keeps its rows as `QuarterTotals` (160 bytes each), and the rare
/// row that cannot be kept so exactly as `CompactTotals` apart; a table over several
/// quarters keeps every row as `CompactTotals` (344 bytes). Read as a collection, a row is
/// its `CompactTotals`, the same either way.
public struct TotalsColumn: RandomAccessCollection, Sendable {
    /// Each row's totals when the period is one quarter (else empty).
    private let quarterRows: [QuarterTotals]
    /// Each row's totals when the period is longer (else empty).
    private let compactRows: [CompactTotals]
    /// The one-quarter rows kept apart, by position.
    private let apart: [Int: CompactTotals]
    public let count: Int

    /// The positions of the rows kept apart, in order.
    package var rowsKeptApart: [Int] { apart.keys.sorted() }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// Row `p`'s totals.
    public subscript(p: Int) -> CompactTotals {
        compactRows.isEmpty ? CompactTotals(totals(at: p, quarters: 1)) : compactRows[p]
    }

    /// Row `p`'s totals for a period of `quarters` quarters (the table's), with no custom figures.
    public func totals(at p: Int, quarters: Int) -> MeasureTotals {
        if !compactRows.isEmpty { return compactRows[p].totals(quarters: quarters) }
        let row = quarterRows[p]
        if row.isApart { return apart[p]!.totals(quarters: quarters) }
        var totals = MeasureTotals(quarters: quarters)
        row.add(to: &totals)
        return totals
    }

    /// Row `p`'s revenue, gross profit, cost to serve and operating profit.
    public func keyFigures(at p: Int) -> AccountTable.KeyFigures {
        if compactRows.isEmpty, !quarterRows[p].isApart { return quarterRows[p].keyFigures }
        return AccountTable.KeyFigures(totals(at: p, quarters: 1).figures)
    }

    /// The summed totals of groups of rows, custom figures included: group `groups[i]` (in
    /// `0..<count`) gets row `positions[i]` when `summed(groups[i])`, each group's rows added
    /// in the order given.
    public func sums(positions: [Int], groups: [Int], count: Int, quarters: Int, customs: CustomFigureColumns,
                     where summed: (Int) -> Bool) -> [MeasureTotals] {
        var sums = [MeasureTotalsSum](repeating: MeasureTotalsSum(quarters: quarters, customNames: customs.names),
                                      count: count)
        // One loop per form, so that a row's form is not asked again for every row.
        if compactRows.isEmpty {
            for (i, g) in groups.enumerated() where summed(g) {
                let p = positions[i], row = quarterRows[p]
                if row.isApart {
                    sums[g].add(apart[p]!, customs: customs, row: p)
                } else {
                    sums[g].add(row, customs: customs, row: p)
                }
            }
        } else {
            for (i, g) in groups.enumerated() where summed(g) {
                sums[g].add(compactRows[positions[i]], customs: customs, row: positions[i])
            }
        }
        return sums.map(\.totals)
    }

    /// A column being filled, one disjoint run of rows per core (see `RowSlots`).
    package struct Slots: Sendable {
        fileprivate let quarterRows: RowSlots<QuarterTotals>?
        fileprivate let compactRows: RowSlots<CompactTotals>?

        /// Sets row `i` to `totals` (one account's, with its custom figures), noting in
        /// `part` what is kept beside the column.
        package func set(_ i: Int, _ totals: MeasureTotals, part: inout Part) {
            part.customs.add(totals)
            if let compactRows {
                compactRows[i] = CompactTotals(totals)
            } else if let quarterRows {
                if let row = QuarterTotals(totals) {
                    quarterRows[i] = row
                } else {
                    quarterRows[i] = .apart
                    part.apart[i] = CompactTotals(totals)
                }
            }
        }
    }

    /// What one run of rows keeps beside the column: its custom figures, and its rows kept apart.
    package struct Part: Sendable {
        var customs = CustomFigureColumns.Part()
        var apart: [Int: CompactTotals] = [:]

        package init() {}
    }

    /// The totals of `count` rows over a period of `quarters` quarters, and their custom
    /// figures: `fill` sets every row through the slots, in parts, and returns the parts in
    /// row order.
    package static func filled(count: Int, quarters: Int,
                               _ fill: (Slots) -> [Part]) -> (totals: TotalsColumn, customs: CustomFigureColumns) {
        var quarterRows: [QuarterTotals] = [], compactRows: [CompactTotals] = []
        let parts: [Part]
        if quarters == 1 {
            quarterRows = Array(repeating: .apart, count: count)
            parts = quarterRows.withUnsafeMutableBufferPointer {
                fill(Slots(quarterRows: RowSlots($0), compactRows: nil))
            }
        } else {
            compactRows = Array(repeating: CompactTotals(MeasureTotals()), count: count)
            parts = compactRows.withUnsafeMutableBufferPointer {
                fill(Slots(quarterRows: nil, compactRows: RowSlots($0)))
            }
        }
        var apart: [Int: CompactTotals] = [:]
        for part in parts { apart.merge(part.apart) { first, _ in first } }
        let column = TotalsColumn(quarterRows: quarterRows, compactRows: compactRows, apart: apart, count: count)
        return (column, CustomFigureColumns(parts: parts.map(\.customs)))
    }
}
