import KamModel

/// The measures of every account in a workspace for one period, built once and then sorted,
/// filtered and ranked by the portfolio views.
///
/// Besides the full rows, the table keeps the figures the portfolio views sort, filter and
/// rank by in small contiguous columns (`keyFigures`, manager and segment codes), so a view
/// over 100,000 accounts touches a few megabytes instead of every full row. Views work on
/// row positions (`positions(in:)`, `sortedPositions`), not on copies of rows.
public struct AccountTable: Sendable {
    /// The figures of one row that the portfolio views rank and sort by.
    public struct KeyFigures: Sendable, Equatable {
        public var revenue: Double?
        public var grossProfit: Double?
        public var costToServe: Double?
        public var operatingProfit: Double?
    }

    /// The period measured.
    public let period: Period
    /// The day engagement and the pipeline are measured at.
    public let today: Day
    /// One row per account, in workspace order.
    public let rows: [AccountMeasures]
    /// Each row's key figures, by position.
    public let keyFigures: [KeyFigures]
    /// Each row's account id and name, by position.
    public let ids: [String]
    public let names: [String]
    private let managerCodes: [Int32]
    private let segmentCodes: [Int32]
    private let managerCode: [String: Int32]
    private let segmentCode: [String: Int32]
    private let positionOfID: [String: Int]

    /// Measures every account of `workspace` over `period` as of `today`.
    public init(workspace: Workspace, period: Period, today: Day) {
        self.period = period
        self.today = today
        let settings = workspace.settings
        let n = workspace.accounts.count
        var rows: [AccountMeasures] = [], keys: [KeyFigures] = [], ids: [String] = [], names: [String] = []
        var managers: [Int32] = [], segments: [Int32] = []
        rows.reserveCapacity(n); keys.reserveCapacity(n); ids.reserveCapacity(n); names.reserveCapacity(n)
        managers.reserveCapacity(n); segments.reserveCapacity(n)
        var managerCode: [String: Int32] = [:], segmentCode: [String: Int32] = [:], positionOfID: [String: Int] = [:]
        positionOfID.reserveCapacity(n)
        // The rows are independent: measure them in parts on all cores, then put them in order.
        let accounts = workspace.accounts
        for part in BothCores.map(Self.parts(n), { part in
            Self.chunk(part, of: n).map { i in
                AccountMeasures(account: accounts[i], index: i, period: period, settings: settings, today: today)
            }
        }) {
            rows.append(contentsOf: part)
        }
        for (i, account) in workspace.accounts.enumerated() {
            let row = rows[i]
            keys.append(KeyFigures(revenue: row.revenue, grossProfit: row.grossProfit, costToServe: row.costToServe,
                                   operatingProfit: row.operatingProfit))
            ids.append(account.id)
            names.append(account.name)
            managers.append(Self.code(account.manager, in: &managerCode))
            segments.append(Self.code(account.segment, in: &segmentCode))
            if positionOfID[account.id] == nil { positionOfID[account.id] = i }
        }
        self.rows = rows
        keyFigures = keys
        self.ids = ids
        self.names = names
        managerCodes = managers
        segmentCodes = segments
        self.managerCode = managerCode
        self.segmentCode = segmentCode
        self.positionOfID = positionOfID
    }

    /// How many parts to measure `n` accounts in: one per core, one for small portfolios.
    public static func parts(_ n: Int) -> Int { n >= 512 ? BothCores.parts : 1 }

    /// The positions of part `part` of `n` accounts split into `parts(n)` runs.
    public static func chunk(_ part: Int, of n: Int) -> Range<Int> {
        let parts = Self.parts(n)
        return (n * part / parts)..<(n * (part + 1) / parts)
    }

    private static func code(_ key: String, in codes: inout [String: Int32]) -> Int32 {
        if let c = codes[key] { return c }
        let c = Int32(codes.count)
        codes[key] = c
        return c
    }

    /// Number of rows.
    public var count: Int { rows.count }

    /// The row of the account with `id` (the first, should ids repeat).
    public func row(id: String) -> AccountMeasures? { positionOfID[id].map { rows[$0] } }

    /// The positions of the rows in `scope`, in workspace order.
    public func positions(in scope: ScorecardScope) -> [Int] {
        switch scope {
        case .portfolio: return Array(rows.indices)
        case .account(let id): return positionOfID[id].map { [$0] } ?? []
        case .manager(let id):
            guard let code = managerCode[id] else { return [] }
            return managerCodes.indices.filter { managerCodes[$0] == code }
        case .segment(let name):
            guard let code = segmentCode[name] else { return [] }
            return segmentCodes.indices.filter { segmentCodes[$0] == code }
        }
    }

    /// The rows in `scope`, in workspace order.
    public func rows(in scope: ScorecardScope) -> [AccountMeasures] { positions(in: scope).map { rows[$0] } }

    /// `positions` sorted by a measure, rows without data last; ties keep workspace order.
    ///
    /// The measure is read once per row, then positions are sorted: no rows are copied.
    public func sortedPositions(_ positions: [Int], descending: Bool = true,
                                by measure: (AccountMeasures) -> Double?) -> [Int] {
        var known: [(value: Double, position: Int)] = [], missing: [Int] = []
        known.reserveCapacity(positions.count)
        for p in positions {
            if let v = measure(rows[p]) { known.append((v, p)) } else { missing.append(p) }
        }
        known.sort { a, b in
            a.value != b.value ? (descending ? a.value > b.value : a.value < b.value) : a.position < b.position
        }
        return known.map(\.position) + missing
    }

    /// The summed totals of the rows at `positions` (a roll-up over a subset).
    public func totals(of positions: [Int]) -> MeasureTotals {
        var sum = MeasureTotals(quarters: period.length)
        for p in positions { sum.add(rows[p].totals) }
        return sum
    }
}
