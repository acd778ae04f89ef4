import KamModel

/// Draws an account's contacts and its activity log.
///
/// Activities cover the last four quarters of the window (where the account has history),
/// a few per quarter depending on the tier; about one account in fifteen has had no
/// meeting or call for more than two months.
enum RelationshipGenerator {
    /// Contacts at the account, between 2 and 8 depending on the tier.
    static func contacts(for p: AccountProfile, accountID: String, window: [Quarter], today: Day,
                         random r: inout DemoRandom) -> [Contact] {
        let count = r.int(p.tier.choose(key: 5...8, strategic: 4...6, maintain: 3...5, other: 2...4))
        let strength = (p.relationship - 1) / 4
        let historyStart = window[p.firstQuarter].firstDay
        var contacts: [Contact] = []
        contacts.reserveCapacity(count)
        var names: [String] = []
        for k in 0..<count {
            var name = "\(r.pick(PersonNames.first)) \(r.pick(PersonNames.last))"
            while names.contains(name) { name = "\(r.pick(PersonNames.first)) \(r.pick(PersonNames.last))" }
            names.append(name)
            let role: BuyingRole = k == 0 ? .decisionMaker : k == 1 ? (r.chance(0.5) ? .approver : .evaluator)
                : [BuyingRole.user, .evaluator, .decisionMaker, .approver][r.weightedIndex([4, 3, 1, 1])]
            let senior = r.chance(role == .decisionMaker || role == .approver ? 0.6 : 0.15)
            let attitude = Attitude.allCases[r.weightedIndex([
                0.3 * strength, 0.4 + 0.6 * strength, 0.8, 0.5 * (1 - strength), 0.25 * (1 - strength),
            ])]
            let coverage = Coverage.allCases[r.weightedIndex([
                0.6 * (1 - strength), 1, 0.5 + strength, 1.4 * strength + (p.tier == .key ? 0.5 : 0),
            ])]
            // Most contacts are older than the window; about one in six was made in the last year.
            let since: Day
            if r.chance(0.17) || p.status == .new || p.status == .returning {
                let earliest = max(historyStart, today.adding(days: -365))
                since = earliest.adding(days: r.index(max(1, earliest.days(to: today))))
            } else {
                since = today.adding(days: -r.int(400...3000))
            }
            contacts.append(Contact(
                id: "\(accountID)-C\(k + 1)", name: name, title: r.pick(PersonNames.titles(role: role, senior: senior)),
                role: role, attitude: attitude, coverage: coverage, senior: senior, since: since))
        }
        return contacts
    }

    /// Meetings, calls, emails and notes over the last four quarters, oldest first.
    static func activities(for p: AccountProfile, accountID: String, contacts: [Contact], window: [Quarter],
                           random r: inout DemoRandom) -> [Activity] {
        let last = window.count - 1
        let first = max(p.firstQuarter, window.count - 4)
        guard first <= last, !contacts.isEmpty else { return [] }
        // A quiet account: nothing but emails and notes in the last 75 days or more.
        let quietFrom = r.chance(p.status == .lost ? 0.6 : 0.07)
            ? window[last].lastDay.adding(days: -r.int(75...150)) : nil
        var drafts: [(date: Day, kind: ActivityKind, text: String, contact: String?)] = []
        for k in first...last {
            let quarter = window[k]
            let count = r.int(p.tier.choose(key: 4...7, strategic: 3...5, maintain: 2...4, other: 1...3))
            let span = quarter.firstDay.days(to: quarter.lastDay) + 1
            for _ in 0..<count {
                let date = quarter.firstDay.adding(days: r.index(span))
                var kind = ActivityKind.allCases[r.weightedIndex([0.35, 0.3, 0.25, 0.1])]
                if let quietFrom, date > quietFrom, kind.isContact { kind = r.chance(0.5) ? .email : .note }
                let contact = kind == .note ? nil : r.pick(contacts).id
                drafts.append((date, kind, r.pick(DemoText.activities(kind)), contact))
            }
        }
        // Accounts that are not quiet have had a meeting or call in the last six weeks.
        if quietFrom == nil {
            let kind: ActivityKind = r.chance(0.5) ? .meeting : .call
            drafts.append((window[last].lastDay.adding(days: -r.index(42)), kind, r.pick(DemoText.activities(kind)),
                           r.pick(contacts).id))
        }
        // Order by date, ties in draw order, without relying on the sort being stable.
        let ordered = drafts.indices.sorted { drafts[$0].date != drafts[$1].date ? drafts[$0].date < drafts[$1].date : $0 < $1 }
        return ordered.map { drafts[$0] }.enumerated().map { n, d in
            Activity(id: "\(accountID)-A\(n < 9 ? "0" : "")\(n + 1)", date: d.date, kind: d.kind, text: d.text, contact: d.contact)
        }
    }
}
