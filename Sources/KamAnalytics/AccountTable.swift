import KamModel

/// The measures of every account in a workspace for one period, built once and then sorted,
/// filtered and ranked by the portfolio views.
///
/// The table keeps each account's measures in contiguous columns of plain values, with no
/// heap object per row: the summable totals (`compactTotals`: as the figures they are summed
/// from when the period is one quarter; custom figures by position in `customs`), the few
/// measures not derived from them (`details`), manager and segment codes, and the account's
/// id, name, manager and segment (strings shared with the workspace); the key figures the
/// views sort and rank by are read from the totals (`keyFigures`). A view over 100,000
/// accounts touches a few megabytes, and a roll-up reads one block in order. `rows[i]`
/// gives back row `i` as the `AccountMeasures` that `AccountMeasures(account:)` computes,
/// built when asked for. Views work on row positions (`positions(in:)`,
/// `sortedPositions`), not on copies of rows.
public struct AccountTable: Sendable {
    /// The figures of one row that the portfolio views rank and sort by.
    public struct KeyFigures: Sendable, Equatable {
        public var revenue: Double?
        public var grossProfit: Double?
        public var costToServe: Double?
        public var operatingProfit: Double?
    }

    /// Each row's key figures, read from its totals when asked for.
    public struct KeyFiguresColumn: RandomAccessCollection, Sendable {
        let totals: TotalsColumn
        public var startIndex: Int { 0 }
        public var endIndex: Int { totals.count }
        public subscript(p: Int) -> KeyFigures { totals.keyFigures(at: p) }
    }

    /// The period measured.
    public let period: Period
    /// The day engagement and the pipeline are measured at.
    public let today: Day
    /// Each row's totals without custom figures, by position.
    public let compactTotals: TotalsColumn
    /// Each row's custom figures, by position.
    public let customs: CustomFigureColumns
    /// Each row's measures not derived from its totals, by position.
    public let details: [Details]
    /// Each row's key figures, by position (read from `compactTotals`).
    public var keyFigures: KeyFiguresColumn { KeyFiguresColumn(totals: compactTotals) }
    /// Each row's account id, name, manager id and segment, by position.
    public let ids: [String]
    public let names: [String]
    public let managers: [String]
    public let segments: [String]
    /// Each row's manager and segment as a small number: rows with equal codes have equal
    /// manager ids (segments), numbered in order of first appearance.
    public let managerCodes: [Int32]
    public let segmentCodes: [Int32]
    private let managerCode: [String: Int32]
    private let segmentCode: [String: Int32]
    private let positionOfID: PositionIndex

    /// Measures every account of `workspace` over `period` as of `today`.
    public init(workspace: Workspace, period: Period, today: Day) {
        self.period = period
        self.today = today
        let settings = workspace.settings
        let n = workspace.accounts.count
        // The rows are independent: measure them in parts on all cores, each part writing
        // its run of every column. Each is measured the simple way (`AccountMeasures(account:)`).
        let accounts = workspace.accounts
        var details = [Details](repeating: Details(), count: n)
        (compactTotals, customs) = details.withUnsafeMutableBufferPointer { details in
            let details = RowSlots(details)
            return TotalsColumn.filled(count: n, quarters: period.length) { totals in
                BothCores.map(Self.parts(n)) { part in
                    var kept = TotalsColumn.Part()
                    for i in Self.chunk(part, of: n) {
                        let m = AccountMeasures(account: accounts[i], index: i, period: period, settings: settings,
                                                today: today)
                        totals.set(i, m.totals, part: &kept)
                        details[i] = Details(m)
                    }
                    return kept
                }
            }
        }
        self.details = details
        var ids: [String] = [], names: [String] = [], managers: [String] = [], segments: [String] = []
        var managerCodes: [Int32] = [], segmentCodes: [Int32] = []
        ids.reserveCapacity(n); names.reserveCapacity(n); managers.reserveCapacity(n); segments.reserveCapacity(n)
        managerCodes.reserveCapacity(n); segmentCodes.reserveCapacity(n)
        var managerCode: [String: Int32] = [:], segmentCode: [String: Int32] = [:]
        for account in accounts {
            ids.append(account.id)
            names.append(account.name)
            managers.append(account.manager)
            segments.append(account.segment)
            managerCodes.append(Self.code(account.manager, in: &managerCode))
            segmentCodes.append(Self.code(account.segment, in: &segmentCode))
        }
        self.ids = ids
        self.names = names
        self.managers = managers
        self.segments = segments
        self.managerCodes = managerCodes
        self.segmentCodes = segmentCodes
        self.managerCode = managerCode
        self.segmentCode = segmentCode
        positionOfID = PositionIndex(ids)
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
    public var count: Int { ids.count }

    /// Every row as `AccountMeasures`, each built from the columns when read.
    public var rows: Rows { Rows(table: self) }

    /// The rows of a table as `AccountMeasures`, each built from the table's columns when read.
    public struct Rows: RandomAccessCollection, Sendable {
        let table: AccountTable
        public var startIndex: Int { 0 }
        public var endIndex: Int { table.count }
        public subscript(position: Int) -> AccountMeasures { table.measures(at: position) }
    }

    /// The measures of row `p`: the same as `AccountMeasures(account:)` of its account.
    public func measures(at p: Int) -> AccountMeasures {
        AccountMeasures(id: ids[p], index: p, name: names[p], manager: managers[p], segment: segments[p],
                        period: period, totals: totals(at: p), details: details[p], today: today)
    }

    /// The totals of row `p`, with its custom figures.
    public func totals(at p: Int) -> MeasureTotals {
        var totals = compactTotals.totals(at: p, quarters: period.length)
        if !customs.names.isEmpty { totals.figures.custom = customs.figures(p) }
        return totals
    }

    /// The value of a built-in scorecard metric for row `p` (read without its custom figures).
    public func value(of metric: BuiltInMetric, at p: Int) -> Double? {
        compactTotals.totals(at: p, quarters: period.length).value(of: metric)
    }

    /// The row of the account with `id` (the first, should ids repeat).
    public func row(id: String) -> AccountMeasures? { positionOfID[id].map(measures(at:)) }

    /// The position of the account with `id` (the first, should ids repeat).
    public func position(id: String) -> Int? { positionOfID[id] }

    /// Whether no two rows have the same account id (as in every valid workspace).
    public var hasUniqueIDs: Bool { positionOfID.count == count }

    /// The name of the account with `id` (the first, should ids repeat); nil when none has it.
    public func name(id: String) -> String? { positionOfID[id].map { names[$0] } }

    /// The positions of the rows in `scope`, in workspace order.
    public func positions(in scope: ScorecardScope) -> [Int] {
        switch scope {
        case .portfolio: return Array(0..<count)
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
    public func rows(in scope: ScorecardScope) -> [AccountMeasures] { positions(in: scope).map(measures(at:)) }

    /// `positions` sorted by a measure, rows without data last; ties keep workspace order.
    ///
    /// The measure is read once per row, then positions are sorted: no rows are copied.
    public func sortedPositions(_ positions: [Int], descending: Bool = true,
                                by measure: (AccountMeasures) -> Double?) -> [Int] {
        var known: [(value: Double, position: Int)] = [], missing: [Int] = []
        known.reserveCapacity(positions.count)
        for p in positions {
            if let v = measure(measures(at: p)) { known.append((v, p)) } else { missing.append(p) }
        }
        known.sort { a, b in
            a.value != b.value ? (descending ? a.value > b.value : a.value < b.value) : a.position < b.position
        }
        return known.map(\.position) + missing
    }

    /// The summed totals of the rows at `positions` (a roll-up over a subset).
    public func totals(of positions: [Int]) -> MeasureTotals {
        compactTotals.sums(positions: positions, groups: Array(repeating: 0, count: positions.count), count: 1,
                           quarters: period.length, customs: customs) { _ in true }[0]
    }
}

extension AccountTable.KeyFigures {
    /// The key figures of `f`, as `AccountMeasures` reads them from its totals.
    init(_ f: FigureTotals) {
        self.init(revenue: f.revenue.value, grossProfit: f.grossProfit.value, costToServe: f.costToServe.value,
                  operatingProfit: f.operatingProfit)
    }
}
