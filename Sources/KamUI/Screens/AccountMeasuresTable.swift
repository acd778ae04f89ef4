import Foundation
import KamAnalytics
import KamModel

/// The measures of every account for one quarter, computed once per (workspace, quarter)
/// with the analytics and then only sorted, filtered and grouped by the screens.
///
/// The figures live in columns (an `AccountTable` for the quarter, the quarter before's
/// totals beside it) shared by every row: a row is a position in them, with no heap object
/// of its own, and a roll-up reads the totals it sums in one contiguous block.
public struct AccountMeasuresTable: Sendable {
    public let quarter: Quarter
    /// One row per account, in workspace order.
    public let rows: [AccountRow]
    /// The columns the rows read from.
    let store: AccountRowStore
    let today: Day
    /// Tells this table from any other (even an equal one built again after an edit), so
    /// that what was computed from it can be reused only while it is the same table.
    let identity = Identity()
    /// The sort ranks and group numbers computed from this table's rows (see `ranks(of:)`).
    let cache = AccountTableCache()

    /// An identity token, compared with `===`.
    final class Identity: Sendable {}

    /// Measures every account of `workspace` in `quarter` as of `today`.
    public init(workspace: Workspace, quarter: Quarter, today: Day) {
        self.quarter = quarter
        self.today = today
        let table = AccountTable(workspace: workspace, period: .quarter(quarter), today: today)
        // The quarter before, for trends and roll-ups: measured in parts on all cores.
        let accounts = workspace.accounts, n = accounts.count
        let (previous, previousCustoms) = TotalsColumn.filled(count: n, quarters: 1) { previous in
            BothCores.map(AccountTable.parts(n)) { part in
                var kept = TotalsColumn.Part()
                for i in AccountTable.chunk(part, of: n) {
                    previous.set(i, MeasureTotals(account: accounts[i], period: .quarter(quarter.previous)), part: &kept)
                }
                return kept
            }
        }
        var managerNames: [String: String] = [:]
        for manager in workspace.managers { managerNames[manager.id] = manager.name }
        // Codes are numbered in order of first appearance: each new one is the next.
        var nameOfCode: [String] = []
        for (p, code) in table.managerCodes.enumerated() where Int(code) == nameOfCode.count {
            nameOfCode.append(managerNames[table.managers[p]] ?? table.managers[p])
        }
        store = AccountRowStore(
            table: table, previous: previous, previousCustoms: previousCustoms,
            managerNames: nameOfCode, industries: accounts.map(\.industry),
            statuses: accounts.map(\.status),
            inputs: AccountRow.ScorecardInputs(definition: workspace.scorecard, quarter: quarter, today: today))
        let store = self.store
        rows = (0..<n).map { AccountRow(store: store, index: $0) }
    }

    /// The row of the account with `id` (the first, should ids repeat).
    public func row(id: String) -> AccountRow? { store.table.position(id: id).map { rows[$0] } }

    /// The roll-up of `rows`: summed figures and the scorecard scored from them (never an
    /// average of account scores).
    public func rollUp(_ rows: [AccountRow], scope: ScorecardScope = .portfolio) -> AccountRollUp {
        let all = [Int](repeating: 0, count: rows.count)
        let sums = store.sums(positions: rows.map(\.index), groups: all, count: 1) { _ in true }
        return AccountRollUp(count: rows.count, totals: sums.totals[0], previous: sums.previous[0], scope: scope,
                             inputs: store.inputs)
    }

    /// The roll-ups of the groups of `rows`, where `groups[i]` (in `0..<scopes.count`) is
    /// the group of `rows[i]`: each the same as `rollUp` of that group's rows in order.
    /// The groups are shared between the cores; each group is summed by one.
    public func rollUps(_ rows: [AccountRow], groups: [Int], scopes: [ScorecardScope]) -> [AccountRollUp] {
        rollUps(positions: rows.map(\.index), groups: groups, scopes: scopes)
    }

    /// `rollUps` of the rows at `positions` in this table.
    func rollUps(positions: [Int], groups: [Int], scopes: [ScorecardScope]) -> [AccountRollUp] {
        let count = scopes.count
        var sizes = [Int](repeating: 0, count: count)
        for g in groups { sizes[g] += 1 }
        // Give each group to the least loaded core, largest groups first.
        let parts = max(1, min(BothCores.parts, count))
        var owner = [Int](repeating: 0, count: count)
        var load = [Int](repeating: 0, count: parts)
        for g in sizes.indices.sorted(by: { sizes[$0] > sizes[$1] }) {
            let part = load.indices.min { load[$0] < load[$1] } ?? 0
            owner[g] = part
            load[part] += sizes[g]
        }
        let ownerOf = owner, store = store
        let sums = BothCores.map(parts) { part in
            store.sums(positions: positions, groups: groups, count: count) { ownerOf[$0] == part }
        }
        return (0..<count).map { g in
            AccountRollUp(count: sizes[g], totals: sums[owner[g]].totals[g], previous: sums[owner[g]].previous[g],
                          scope: scopes[g], inputs: store.inputs)
        }
    }
}

/// The columns the rows of one `AccountMeasuresTable` read from, shared by the rows: the
/// quarter's `AccountTable`, the quarter before's totals, what the list shows beside the
/// figures, and each row's scorecard once evaluated.
final class AccountRowStore: @unchecked Sendable {
    let table: AccountTable
    /// Each row's totals of the quarter before, without custom figures, and those by position.
    let previous: TotalsColumn
    let previousCustoms: CustomFigureColumns
    /// Each manager's name, by the table's manager code (the id when the manager is not listed).
    let managerNames: [String]
    let industries: [String]
    let statuses: [AccountStatus]
    let inputs: AccountRow.ScorecardInputs
    /// The rows' scorecards evaluated so far, by position; read and written under `inputs.lock`.
    private var scorecards: [Int: ScorecardResult] = [:]

    init(table: AccountTable, previous: TotalsColumn, previousCustoms: CustomFigureColumns,
         managerNames: [String], industries: [String], statuses: [AccountStatus], inputs: AccountRow.ScorecardInputs) {
        self.table = table
        self.previous = previous
        self.previousCustoms = previousCustoms
        self.managerNames = managerNames
        self.industries = industries
        self.statuses = statuses
        self.inputs = inputs
    }

    /// Row `p`'s totals of the quarter before, with its custom figures.
    func previousTotals(_ p: Int) -> MeasureTotals {
        var totals = previous.totals(at: p, quarters: 1)
        if !previousCustoms.names.isEmpty { totals.figures.custom = previousCustoms.figures(p) }
        return totals
    }

    /// Row `p`'s scorecard, evaluated the first time it is asked for.
    func scorecard(_ p: Int) -> ScorecardResult {
        inputs.lock.withLock {
            if let evaluated = scorecards[p] { return evaluated }
            let card = Scorecard.evaluate(inputs.definition, scope: .account(table.ids[p]), quarter: inputs.quarter,
                                          today: inputs.today, history: [previousTotals(p), table.totals(at: p)])
            scorecards[p] = card
            return card
        }
    }

    /// The totals of the quarter and of the quarter before of groups of rows: group
    /// `groups[i]` (in `0..<count`) gets row `positions[i]` when `summed(groups[i])`, each
    /// group's rows added in the order given.
    func sums(positions: [Int], groups: [Int], count: Int,
              where summed: (Int) -> Bool) -> (totals: [MeasureTotals], previous: [MeasureTotals]) {
        (table.compactTotals.sums(positions: positions, groups: groups, count: count, quarters: 1, customs: table.customs,
                                  where: summed),
         previous.sums(positions: positions, groups: groups, count: count, quarters: 1, customs: previousCustoms,
                       where: summed))
    }
}

/// One account's measures for the quarter, with what the list shows beside them: a
/// position in its table's columns, which every row shares.
public struct AccountRow: Sendable {
    /// What a row's scorecard is evaluated from, besides the row's own totals.
    struct ScorecardInputs: Sendable {
        let definition: ScorecardDefinition
        let quarter: Quarter
        let today: Day
        /// Guards the rows' scorecards, evaluated on first read from any thread.
        let lock = NSLock()
    }

    private let store: AccountRowStore
    /// The row's position in its table: the account's position in the workspace.
    public let index: Int

    init(store: AccountRowStore, index: Int) {
        self.store = store
        self.index = index
    }

    /// Every measure of the account, built from the table's columns when asked for.
    public var measures: AccountMeasures { store.table.measures(at: index) }
    /// The summed figures of the quarter before, for trends and roll-ups.
    public var previousTotals: MeasureTotals { store.previousTotals(index) }
    public var managerName: String { store.managerNames[Int(store.table.managerCodes[index])] }
    public var industry: String { store.industries[index] }
    public var status: AccountStatus { store.statuses[index] }
    /// The account's balanced scorecard for the quarter, evaluated on first use (opening
    /// the list evaluates only the rows it shows; sorting by score evaluates them all once).
    public var scorecard: ScorecardResult { store.scorecard(index) }

    public var id: String { store.table.ids[index] }
    public var name: String { store.table.names[index] }
    /// The manager's id and the segment.
    public var manager: String { store.table.managers[index] }
    public var segment: String { store.table.segments[index] }
    public var tier: Tier { store.table.details[index].tier }
    /// Revenue, gross profit, cost to serve and operating profit in the quarter.
    public var keyFigures: AccountTable.KeyFigures { store.table.compactTotals.keyFigures(at: index) }
    /// The measures not derived from the totals (pipeline, contact, lifetime value).
    public var details: AccountTable.Details { store.table.details[index] }
    /// Days from the last contact to the table's day.
    public var daysSinceLastContact: Int? { details.daysSinceLastContact(today: store.table.today) }
    /// The value of a built-in scorecard metric: `measures.value(of: .builtIn(metric))`.
    public func value(of metric: BuiltInMetric) -> Double? { store.table.value(of: metric, at: index) }
}

/// The totals of a group of accounts (or all of them): summed figures and their scorecard.
///
/// The scorecard is scored the first time it is read: a list grouped by manager has
/// thousands of groups at 100,000 accounts, of which a screenful is shown.
public struct AccountRollUp: Sendable {
    public let count: Int
    public let totals: MeasureTotals
    private let card: LazyScorecard

    /// The roll-up of `count` accounts with `totals`, scored in `scope` against `previous`.
    init(count: Int, totals: MeasureTotals, previous: MeasureTotals, scope: ScorecardScope,
         inputs: AccountRow.ScorecardInputs) {
        self.count = count
        self.totals = totals
        card = LazyScorecard(totals: totals, previous: previous, scope: scope, inputs: inputs)
    }

    /// The scorecard scored from the summed figures (never an average of account scores).
    public var scorecard: ScorecardResult { card.value }

    /// A roll-up's scorecard, evaluated once, on first read, from any thread.
    private final class LazyScorecard: @unchecked Sendable {
        private let totals: MeasureTotals, previous: MeasureTotals
        private let scope: ScorecardScope
        private let inputs: AccountRow.ScorecardInputs
        private let lock = NSLock()
        /// Set once, under `lock`.
        private var evaluated: ScorecardResult?

        init(totals: MeasureTotals, previous: MeasureTotals, scope: ScorecardScope, inputs: AccountRow.ScorecardInputs) {
            self.totals = totals
            self.previous = previous
            self.scope = scope
            self.inputs = inputs
        }

        var value: ScorecardResult {
            lock.withLock {
                if let evaluated { return evaluated }
                let card = Scorecard.evaluate(inputs.definition, scope: scope, quarter: inputs.quarter,
                                              today: inputs.today, history: [previous, totals])
                evaluated = card
                return card
            }
        }
    }
}
