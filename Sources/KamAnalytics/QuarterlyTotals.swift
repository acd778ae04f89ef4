import KamModel

extension MeasureTotals {
    /// One account's totals in each of `count` consecutive quarters from `first`, in one pass
    /// over its activities and contacts: `body(i, totals)` gets exactly what
    /// `MeasureTotals(account:period: .quarter(first.advanced(by: i)))` gives.
    ///
    /// A scorecard's history adds 100,000 accounts in each of 12 quarters: reading each
    /// account once for all of them, not once per quarter, is most of its cost saved.
    /// `counts` is scratch room, reused from account to account. With `custom` false the
    /// totals leave the custom figures out (to be added from the quarter's own list).
    static func eachQuarter(of account: Account, from first: Quarter, count: Int, counts: inout [Int],
                            custom: Bool = true, _ body: (Int, MeasureTotals) -> Void) {
        // Per quarter: activities, meetings and calls, new contacts.
        counts.removeAll(keepingCapacity: true)
        counts.append(contentsOf: repeatElement(0, count: 3 * count))
        let start = first.index
        let records = account.records
        for k in 0..<records.activityCount {
            let i = records.activityDate(k).quarter.index - start
            guard i >= 0 && i < count else { continue }
            counts[3 * i] += 1
            if records.activityKind(k).isContact { counts[3 * i + 1] += 1 }
        }
        var dated = false
        for k in 0..<records.contactCount {
            guard let since = records.contactSince(k) else { continue }
            dated = true
            let i = since.quarter.index - start
            if i >= 0 && i < count { counts[3 * i + 2] += 1 }
        }
        for i in 0..<count {
            let period = Period.quarter(first.advanced(by: i))
            var totals = MeasureTotals(quarters: 1)
            totals.accounts = 1
            totals.addFigures(of: account.quarters, period, custom: custom)
            if records.activityCount > 0 {
                totals.activityLogAccounts = 1
                totals.activityEvents = counts[3 * i]
                totals.contactEvents = counts[3 * i + 1]
            }
            totals.newContactCount = counts[3 * i + 2]
            if dated { totals.datedContactAccounts = 1 }
            totals.addRelationship(account, period)
            body(i, totals)
        }
    }
}
