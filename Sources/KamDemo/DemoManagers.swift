import KamModel

/// The demo's account managers and the segment each one covers.
struct DemoManagers {
    var managers: [Manager]
    /// Manager ids by segment (`Segment.rawValue`); never empty.
    var bySegment: [[String]]

    /// How many managers a portfolio of `accountCount` accounts has: 6 up to 90 accounts
    /// (fewer for tiny portfolios), then one per 15 accounts.
    static func count(accountCount n: Int) -> Int {
        n <= 90 ? min(6, max(1, n)) : (n + 7) / 15
    }

    /// Managers with unique names and ids such as `m-anna-keller`, split over the segments
    /// in proportion to their share of accounts.
    static func make(accountCount: Int, seed: UInt64) -> DemoManagers {
        let count = count(accountCount: accountCount)
        var r = DemoRandom(seed: seed, stream: 0, salt: 9)
        var names = Set<String>()
        var ids = Set<String>()
        var managers: [Manager] = []
        managers.reserveCapacity(count)
        let initials = Array("ABCDEFGHJKLMNPRSTW")
        for _ in 0..<count {
            var first = r.pick(PersonNames.first)
            var last = r.pick(PersonNames.last)
            var tries = 0
            while names.contains("\(first) \(last)") && tries < 3 {
                first = r.pick(PersonNames.first)
                last = r.pick(PersonNames.last)
                tries += 1
            }
            var name = "\(first) \(last)"
            if names.contains(name) { name = "\(first) \(r.pick(initials)). \(last)" }
            names.insert(name)
            let base = PersonNames.managerID(name)
            var id = base
            var number = 2
            while ids.contains(id) {
                id = "\(base)-\(number)"
                number += 1
            }
            ids.insert(id)
            let email = String(id.dropFirst(2)).replacingDashes(with: ".") + "@demo.example"
            managers.append(Manager(id: id, name: name, email: email))
        }

        // Seats per segment in proportion to the segment weights, at least one each when possible.
        let segments = Segment.allCases
        var seats = segments.map { max(1, Int((Double(count) * $0.weight).rounded())) }
        while seats.reduce(0, +) > count, let i = seats.indices.max(by: { seats[$0] < seats[$1] }), seats[i] > 1 {
            seats[i] -= 1
        }
        while seats.reduce(0, +) < count { seats[1] += 1 }
        var bySegment: [[String]] = []
        var next = 0
        for s in segments.indices {
            var ids: [String] = []
            for _ in 0..<seats[s] where next < count {
                ids.append(managers[next].id)
                next += 1
            }
            // Tiny portfolios: a segment without its own manager shares one.
            if ids.isEmpty { ids = [managers[s % count].id] }
            bySegment.append(ids)
        }
        return DemoManagers(managers: managers, bySegment: bySegment)
    }
}

extension String {
    /// The string with every `-` replaced.
    fileprivate func replacingDashes(with replacement: Character) -> String {
        String(map { $0 == "-" ? replacement : $0 })
    }
}
