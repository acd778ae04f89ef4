import Testing
import KamModel
@testable import KamAnalytics
@testable import KamDemo

/// The bounded selections of the portfolio lists against sorting everything and keeping a prefix.
@Suite("Recent activities kept while scanning")
struct RecentActivitiesTests {
    @Test("the first n in order equal a stable sort's prefix, ties in arrival order", arguments: [0, 1, 2, 7, 50, 400])
    func firstInOrder(limit: Int) {
        var random = DemoRandom(seed: 7)
        // (key, arrival): the order compares keys only, so equal keys must keep arrival order.
        let items = (0..<300).map { (key: Int.random(in: 0..<20, using: &random), arrival: $0) }
        var selection = FirstInOrder<(key: Int, arrival: Int)>(limit: limit) { $0.key > $1.key }
        for item in items { selection.add(item) }
        let expected = items.sorted { $0.key > $1.key }.prefix(max(limit, 0))
        #expect(selection.items.map(\.arrival) == expected.map(\.arrival))
        #expect(FirstInOrder<Int>(limit: -1, by: <).items.isEmpty)
    }

    @Test("the recent activities equal sorting every past activity and keeping a prefix", arguments: [0, 1, 3, 20, 10_000])
    func recentActivities(limit: Int) {
        var random = DemoRandom(seed: 11)
        let kinds = ActivityKind.allCases
        // Few ids and days, so dates, account ids and activity ids tie often (also all three).
        let accounts = (0..<60).map { n in
            account("a\(Int.random(in: 0..<25, using: &random))", activities: (0..<Int.random(in: 0..<12, using: &random)).map { k in
                Activity(id: "\(Int.random(in: 0..<4, using: &random))",
                         date: Day(daysSinceEpoch: 20_000 + Int.random(in: 0..<15, using: &random)),
                         kind: kinds[Int.random(in: 0..<kinds.count, using: &random)], text: "\(n).\(k)")
            })
        }
        let today = Day(daysSinceEpoch: 20_010)
        let summary = PipelineSummary(accounts: accounts, settings: Settings(), today: today, recentLimit: limit)
        #expect(summary.recentActivities == Self.sortedPrefix(accounts, today: today, limit: limit))
        #expect(limit < 100 || summary.recentActivities.count == Self.sortedPrefix(accounts, today: today, limit: .max).count)
    }

    /// The simple way: every activity up to `today`, sorted newest first (ties by account
    /// id, then activity id), the first `limit` kept.
    static func sortedPrefix(_ accounts: [Account], today: Day, limit: Int) -> [AccountActivity] {
        let all = accounts.flatMap { a in a.activities.filter { $0.date <= today }.map { AccountActivity(account: a.id, activity: $0) } }
        let sorted = all.sorted {
            if $0.activity.date != $1.activity.date { return $0.activity.date > $1.activity.date }
            if $0.account != $1.account { return $0.account < $1.account }
            return $0.activity.id < $1.activity.id
        }
        return Array(sorted.prefix(max(limit, 0)))
    }
}
