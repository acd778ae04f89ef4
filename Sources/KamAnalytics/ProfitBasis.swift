import KamModel

/// Which profit the 80/20 view ranks accounts by: operating profit, or gross profit when no
/// cost to serve is on record.
///
/// The 80/20 view is about operating profit (gross profit - cost to serve). Order-line
/// imports such as the superstore file often carry revenue and profit per line but no cost
/// to serve; their accounts then have no operating profit and nothing could be ranked.
/// `ProfitBasis.choose` falls back to gross profit in exactly that case (no account in view
/// has operating profit, some have gross profit), and the screens say so.
public enum ProfitBasis: String, Sendable, Equatable, CaseIterable {
    case operatingProfit
    case grossProfit

    /// The profit of one row on this basis.
    public func profit(_ figures: AccountTable.KeyFigures) -> Double? {
        switch self {
        case .operatingProfit: figures.operatingProfit
        case .grossProfit: figures.grossProfit
        }
    }

    /// What the profit is called: "operating profit" or "gross profit".
    public var title: String {
        switch self {
        case .operatingProfit: "operating profit"
        case .grossProfit: "gross profit"
        }
    }

    /// Operating profit when any row at `positions` has it; else gross profit when any row
    /// has that; else operating profit (there is nothing to rank either way).
    public static func choose(table: AccountTable, positions: [Int]) -> ProfitBasis {
        let keys = table.keyFigures
        if positions.contains(where: { keys[$0].operatingProfit != nil }) { return .operatingProfit }
        if positions.contains(where: { keys[$0].grossProfit != nil }) { return .grossProfit }
        return .operatingProfit
    }
}

extension ProfitConcentrationView {
    /// The view of the rows at `positions`, ranked on the basis `ProfitBasis.choose` picks.
    public init(table: AccountTable, choosingBasisFor positions: [Int], settings: Settings) {
        self.init(table: table, positions: positions, settings: settings,
                  basis: ProfitBasis.choose(table: table, positions: positions))
    }
}
