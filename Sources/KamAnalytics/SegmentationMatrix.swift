import KamModel

/// The 2x2 segmentation matrix: account attractiveness against relationship strength.
///
/// Both ratings run 1-5; a rating of 3 or more counts as high (attractive, strong), below 3
/// as low. Accounts missing either rating are unrated and listed separately. Revenue per
/// quadrant sums the revenue the accounts have in the period (accounts without revenue
/// data add nothing to it but still count).
public struct SegmentationMatrix: Sendable, Equatable {
    /// A quadrant of the matrix.
    public enum Quadrant: String, Sendable, CaseIterable {
        /// Attractive and strong: invest.
        case invest
        /// Attractive and weak: develop.
        case develop
        /// Less attractive and strong: maintain.
        case maintain
        /// Less attractive and weak: streamline.
        case streamline

        /// The quadrant for the two ratings.
        public init(attractive: Bool, strong: Bool) {
            switch (attractive, strong) {
            case (true, true): self = .invest
            case (true, false): self = .develop
            case (false, true): self = .maintain
            case (false, false): self = .streamline
            }
        }

        /// The quadrant's name for people.
        public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    /// The accounts of one quadrant and their revenue.
    public struct Cell: Sendable, Equatable {
        /// The quadrant.
        public var quadrant: Quadrant
        /// Ids of the accounts in it, in input order.
        public var accounts: [String] = []
        /// Their summed revenue in the period; nil when none has revenue data.
        public var revenue = KnownSum()

        /// Number of accounts.
        public var count: Int { accounts.count }
    }

    /// A rating of at least this is high.
    public static let highFrom = 3.0

    /// One cell per quadrant, in `Quadrant.allCases` order.
    public var cells: [Cell]
    /// Ids of accounts without both ratings.
    public var unrated: [String]

    /// Places `rows` in the matrix.
    public init(rows: some Sequence<AccountMeasures>) {
        var cells = Quadrant.allCases.map { Cell(quadrant: $0) }
        var unrated: [String] = []
        for row in rows {
            guard let a = row.attractiveness, let s = row.relationshipStrength else {
                unrated.append(row.id)
                continue
            }
            // Index into `Quadrant.allCases`: invest, develop, maintain, streamline.
            let i = (a >= Self.highFrom ? 0 : 2) + (s >= Self.highFrom ? 0 : 1)
            cells[i].accounts.append(row.id)
            cells[i].revenue.add(row.revenue)
        }
        self.cells = cells
        self.unrated = unrated
    }

    /// The cell of `quadrant`.
    public func cell(_ quadrant: Quadrant) -> Cell {
        cells.first { $0.quadrant == quadrant } ?? Cell(quadrant: quadrant)
    }
}
