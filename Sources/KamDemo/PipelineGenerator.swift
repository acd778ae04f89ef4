import KamModel

/// Draws an account's opportunities and account-plan objectives.
///
/// Open deals close in the coming quarters and about a third of them have not moved for
/// more than 60 days; closed deals (won, payment issued, lost) closed in the last year.
enum PipelineGenerator {
    /// Deals in every stage, valued against the account's quarterly revenue.
    static func opportunities(for p: AccountProfile, accountID: String, lastQuarter: Quarter, today: Day,
                              random r: inout DemoRandom) -> [Opportunity] {
        let count = r.int(p.tier.choose(key: 3...5, strategic: 2...4, maintain: 1...3, other: 0...2))
        var deals: [Opportunity] = []
        for k in 0..<count {
            let stage = OpportunityStage.allCases[r.weightedIndex([0.2, 0.15, 0.2, 0.15, 0.13, 0.17])]
            let value = max(5000, (p.baseRevenue * r.uniform(0.1...1.2) / 1000).rounded() * 1000)
            let close: Quarter
            let changed: Day
            if stage.isOpen {
                close = lastQuarter.advanced(by: r.chance(0.1) ? 0 : r.int(1...3))
                let stale = r.chance(0.3)
                changed = today.adding(days: -(stale ? r.int(61...180) : r.int(2...55)))
            } else {
                close = lastQuarter.advanced(by: -r.int(0...3))
                let span = close.firstDay.days(to: close.lastDay) + 1
                changed = close.firstDay.adding(days: r.index(span))
            }
            deals.append(Opportunity(id: "\(accountID)-O\(k + 1)", name: r.pick(DemoText.opportunities),
                                     stage: stage, value: value, expectedClose: close, lastChanged: changed))
        }
        return deals
    }

    /// Two to five plan objectives, due from three quarters ago to three ahead.
    static func objectives(for p: AccountProfile, accountID: String, lastQuarter: Quarter,
                           random r: inout DemoRandom) -> [Objective] {
        let count = r.int(2...5)
        let titles = r.sample(count, from: DemoText.objectives.count).map { DemoText.objectives[$0] }
        return titles.enumerated().map { k, title in
            let due = lastQuarter.advanced(by: r.int(-3...3))
            let weights: [Double] = due < lastQuarter ? [0, 25, 60, 15] : due == lastQuarter ? [15, 45, 40, 0] : [45, 45, 10, 0]
            let status = ObjectiveStatus.allCases[r.weightedIndex(weights)]
            var completed: Day?
            if status == .done {
                let latest = min(due.lastDay, lastQuarter.lastDay)
                let earliest = due.firstDay.adding(days: -60)
                completed = earliest.adding(days: r.index(earliest.days(to: latest) + 1))
            }
            return Objective(id: "\(accountID)-P\(k + 1)", title: title, status: status, due: due, completedOn: completed)
        }
    }
}
