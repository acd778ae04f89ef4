import KamModel

/// Revenue against cost to serve: each account placed in one of four quadrants.
///
/// The split is at the median revenue and the median cost-to-serve ratio (cost to serve /
/// revenue) of the placed accounts. The ratio, not the amount, is used because cost to
/// serve grows with size: by amount almost every large account would look costly. An
/// account is "high" only when strictly above the median; an account at the median counts
/// as low (so a single account is low/low: maintain). Accounts without revenue, with
/// revenue of 0 or less, or without cost to serve are not placed and are listed separately.
public struct CostToServeMatrix: Sendable, Equatable {
    /// A quadrant of the matrix.
    public enum Quadrant: String, Sendable, CaseIterable {
        /// High revenue, low cost to serve: protect.
        case protect
        /// High revenue, high cost to serve: reprice.
        case reprice
        /// Low revenue, low cost to serve: maintain.
        case maintain
        /// Low revenue, high cost to serve: review.
        case review

        /// The quadrant for high or low revenue and cost.
        public init(highRevenue: Bool, highCost: Bool) {
            switch (highRevenue, highCost) {
            case (true, false): self = .protect
            case (true, true): self = .reprice
            case (false, false): self = .maintain
            case (false, true): self = .review
            }
        }

        /// The quadrant's name for people.
        public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    /// One placed account.
    public struct Placement: Sendable, Equatable {
        /// The account's id.
        public var id: String
        /// Revenue in the period.
        public var revenue: Double
        /// Cost to serve / revenue, in %.
        public var costToServeRatio: Double
        /// The quadrant.
        public var quadrant: Quadrant
    }

    /// The placed accounts, in input order.
    public var placements: [Placement]
    /// Ids of accounts that could not be placed.
    public var unplaced: [String]
    /// The median revenue and cost-to-serve ratio (%) the split is at; nil with no placed accounts.
    public var medianRevenue: Double?
    public var medianCostToServeRatio: Double?

    /// Places the rows of `table` at `positions` (all rows when nil) in the matrix.
    public init(table: AccountTable, positions: [Int]? = nil) {
        let positions = positions ?? Array(table.keyFigures.indices)
        let keys = table.keyFigures
        var placed: [Int] = [], revenues: [Double] = [], ratios: [Double] = []
        var unplaced: [String] = []
        for p in positions {
            if let revenue = keys[p].revenue, revenue > 0, let cost = keys[p].costToServe {
                placed.append(p)
                revenues.append(revenue)
                ratios.append(cost / revenue * 100)
            } else {
                unplaced.append(table.ids[p])
            }
        }
        let medianRevenue = Self.median(revenues)
        let medianRatio = Self.median(ratios)
        placements = placed.indices.map { k in
            Placement(id: table.ids[placed[k]], revenue: revenues[k], costToServeRatio: ratios[k],
                      quadrant: Quadrant(highRevenue: revenues[k] > medianRevenue ?? 0,
                                         highCost: ratios[k] > medianRatio ?? 0))
        }
        self.unplaced = unplaced
        self.medianRevenue = medianRevenue
        medianCostToServeRatio = medianRatio
    }

    /// The median of `values` (the mean of the middle two for an even count); nil when empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The placed accounts in `quadrant`.
    public func accounts(in quadrant: Quadrant) -> [Placement] { placements.filter { $0.quadrant == quadrant } }
}
