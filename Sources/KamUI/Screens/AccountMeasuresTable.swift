import Foundation
import KamAnalytics
import KamModel

/// The measures of every account for one quarter, computed once per (workspace, quarter)
/// with the analytics and then only sorted, filtered and grouped by the screens.
public struct AccountMeasuresTable: Sendable {
    public let quarter: Quarter
    /// One row per account, in workspace order.
    public let rows: [AccountRow]
    let scorecard: ScorecardDefinition
    /// What rows' and roll-ups' scorecards are scored from, besides their totals.
    let inputs: AccountRow.ScorecardInputs
    /// The rows' custom figures by position, for roll-ups.
    let customs: CustomFigureColumns
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
        self.scorecard = workspace.scorecard
        self.today = today
        let table = AccountTable(workspace: workspace, period: .quarter(quarter), today: today)
        var managerNames: [String: String] = [:]
        for manager in workspace.managers { managerNames[manager.id] = manager.name }
        // Rows are independent: build them in parts on all cores, then put them in order.
        // Each row's scorecard is evaluated when first read (the list shows a screenful).
        let accounts = workspace.accounts, measured = table.rows
        let card = AccountRow.ScorecardInputs(definition: workspace.scorecard, quarter: quarter, today: today)
        inputs = card
        let names = managerNames
        let n = accounts.count
        let parts = BothCores.map(AccountTable.parts(n)) { part in
            var customs = CustomFigureColumns.Part()
            let rows = AccountTable.chunk(part, of: n).map { i in
                let account = accounts[i]
                let previous = MeasureTotals(account: account, period: .quarter(quarter.previous))
                customs.add(current: measured[i].totals, previous: previous)
                return AccountRow(measures: measured[i], previousTotals: previous,
                                  managerName: names[account.manager] ?? account.manager,
                                  industry: account.industry, status: account.status, scorecard: card)
            }
            return (rows: rows, customs: customs)
        }
        rows = parts.flatMap(\.rows)
        customs = CustomFigureColumns(parts: parts.map(\.customs))
    }

    /// The row of the account with `id`.
    public func row(id: String) -> AccountRow? { rows.first { $0.id == id } }

    /// The roll-up of `rows`: summed figures and the scorecard scored from them (never an
    /// average of account scores).
    public func rollUp(_ rows: [AccountRow], scope: ScorecardScope = .portfolio) -> AccountRollUp {
        var totals = MeasureTotalsSum(customNames: customs.names)
        var previous = totals
        for row in rows { row.addTotals(to: &totals, previous: &previous, customs: customs) }
        return AccountRollUp(count: rows.count, totals: totals.totals, previous: previous.totals, scope: scope,
                             inputs: inputs)
    }

    /// The roll-ups of the groups of `rows`, where `groups[i]` (in `0..<scopes.count`) is
    /// the group of `rows[i]`: each the same as `rollUp` of that group's rows in order.
    /// The groups are shared between the cores; each group is summed by one.
    public func rollUps(_ rows: [AccountRow], groups: [Int], scopes: [ScorecardScope]) -> [AccountRollUp] {
        rollUps(positions: rows.map(\.measures.index), groups: groups, scopes: scopes)
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
        let ownerOf = owner
        let sums = BothCores.map(parts) { part in
            var totals = [MeasureTotalsSum](repeating: MeasureTotalsSum(customNames: customs.names), count: count)
            var previous = totals
            for (i, g) in groups.enumerated() where ownerOf[g] == part {
                rows[positions[i]].addTotals(to: &totals[g], previous: &previous[g], customs: customs)
            }
            return (totals: totals.map(\.totals), previous: previous.map(\.totals))
        }
        return (0..<count).map { g in
            AccountRollUp(count: sizes[g], totals: sums[owner[g]].totals[g], previous: sums[owner[g]].previous[g],
                          scope: scopes[g], inputs: inputs)
        }
    }
}

/// One account's measures for the quarter, with what the list shows beside them.
///
/// A row is about a kilobyte of figures; it is kept in one shared box, so the lists,
/// sorts and groupings that pass rows around copy a reference, not the figures.
public struct AccountRow: Sendable {
    /// What a row's scorecard is evaluated from, besides the row's own totals.
    struct ScorecardInputs: Sendable {
        let definition: ScorecardDefinition
        let quarter: Quarter
        let today: Day
        /// Guards the rows' scorecards, evaluated on first read from any thread.
        let lock = NSLock()
    }

    /// The row's values, shared by every copy of the row.
    private final class Storage: @unchecked Sendable {
        let measures: AccountMeasures
        let previousTotals: MeasureTotals
        let managerName: String
        let industry: String
        let status: AccountStatus
        let inputs: ScorecardInputs
        /// Set once, under `inputs.lock`.
        private var evaluated: ScorecardResult?

        init(measures: AccountMeasures, previousTotals: MeasureTotals, managerName: String, industry: String,
             status: AccountStatus, inputs: ScorecardInputs) {
            self.measures = measures
            self.previousTotals = previousTotals
            self.managerName = managerName
            self.industry = industry
            self.status = status
            self.inputs = inputs
        }

        /// The account's scorecard, evaluated the first time it is asked for.
        var scorecard: ScorecardResult {
            inputs.lock.lock()
            defer { inputs.lock.unlock() }
            if let evaluated { return evaluated }
            let card = Scorecard.evaluate(inputs.definition, scope: .account(measures.id), quarter: inputs.quarter,
                                          today: inputs.today, history: [previousTotals, measures.totals])
            evaluated = card
            return card
        }
    }

    private let storage: Storage

    init(measures: AccountMeasures, previousTotals: MeasureTotals, managerName: String, industry: String,
         status: AccountStatus, scorecard: ScorecardInputs) {
        storage = Storage(measures: measures, previousTotals: previousTotals, managerName: managerName,
                          industry: industry, status: status, inputs: scorecard)
    }

    public var measures: AccountMeasures { storage.measures }
    /// The summed figures of the quarter before, for trends and roll-ups.
    public var previousTotals: MeasureTotals { storage.previousTotals }
    public var managerName: String { storage.managerName }
    public var industry: String { storage.industry }
    public var status: AccountStatus { storage.status }
    /// The account's balanced scorecard for the quarter, evaluated on first use (opening
    /// the list evaluates only the rows it shows; sorting by score evaluates them all once).
    public var scorecard: ScorecardResult { storage.scorecard }

    public var id: String { measures.id }
    public var name: String { measures.name }

    /// Adds this row's totals and previous quarter's totals to a roll-up's, without copying
    /// them, the custom figures by position from its table's `customs`.
    func addTotals(to totals: inout MeasureTotalsSum, previous: inout MeasureTotalsSum, customs: CustomFigureColumns) {
        let start = customs.start(storage.measures.index)
        totals.add(storage.measures.totals, customFigures: customs.current, at: start)
        previous.add(storage.previousTotals, customFigures: customs.previous, at: start)
    }
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
