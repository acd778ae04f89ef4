import Testing
@testable import KamModel

/// `AccountRecords` gives back exactly the records it packed, by list, one by one and by
/// column, whatever their ids, texts, dates and unknown members.
@Suite struct AccountRecordsTests {
    /// Ids of every shape the packing treats apart: with the prefix, without it, the
    /// prefix alone, longer than an inline id, and non-ASCII.
    static let ids = ["ACC-7-C1", "ACC-7-", "c1", "", "ACC-7", "ACC-7-" + String(repeating: "x", count: 126),
                      "ACC-7-" + String(repeating: "y", count: 127), String(repeating: "z", count: 127), "ACC-7-ü→1",
                      "ACC-70-C1"]
    static let texts = ["", "Call", "Lunch with the head of operations: concerns about delivery reliability",
                        "Grüße \u{1B}[31m", String(repeating: "long ", count: 60)]

    static func random(_ g: inout SplitMix) -> (contacts: [Contact], activities: [Activity], opportunities: [Opportunity],
                                                objectives: [Objective]) {
        func pick<T>(_ list: [T]) -> T { list[Int(g.next() % UInt64(list.count))] }
        func day() -> Day { Day(daysSinceEpoch: Int(g.next() % 40_000) - 10_000) }
        func quarter() -> Quarter { Quarter(index: Int(g.next() % 12_000)) }
        func extra() -> JSONObject { g.next() % 5 == 0 ? JSONObject([("x-\(g.next() % 9)", .number(Double(g.next() % 100)))]) : JSONObject() }
        let contacts = (0..<Int(g.next() % 6)).map { i in
            Contact(id: pick(ids) + "\(i)", name: pick(texts), title: pick(texts), role: pick(BuyingRole.allCases),
                    attitude: pick(Attitude.allCases), coverage: pick(Coverage.allCases), senior: g.next() % 2 == 0,
                    since: g.next() % 3 == 0 ? nil : day(), extra: extra())
        }
        let activities = (0..<Int(g.next() % 20)).map { i in
            Activity(id: pick(ids) + "A\(i)", date: day(), kind: pick(ActivityKind.allCases), text: pick(texts),
                     contact: g.next() % 3 == 0 ? nil : pick(ids), extra: extra())
        }
        let values = [0, -0.0, 14_000, 0.1 + 0.2, 1e300, -5, .infinity]
        let opportunities = (0..<Int(g.next() % 4)).map { i in
            Opportunity(id: pick(ids) + "O\(i)", name: pick(texts), stage: pick(OpportunityStage.allCases), value: pick(values),
                        expectedClose: quarter(), lastChanged: day(), extra: extra())
        }
        let objectives = (0..<Int(g.next() % 5)).map { i in
            Objective(id: pick(ids) + "P\(i)", title: pick(texts), status: pick(ObjectiveStatus.allCases),
                      due: g.next() % 2 == 0 ? nil : quarter(), completedOn: g.next() % 2 == 0 ? nil : day(), extra: extra())
        }
        return (contacts, activities, opportunities, objectives)
    }

    @Test func packedRecordsReadBackExactly() {
        var g = SplitMix(seed: 41)
        var shared = TextPoolBuilder(poolCapacity: 64, slotBits: 3)  // small: pools fill and roll over
        for _ in 0..<400 {
            let r = Self.random(&g)
            let own = AccountRecords(contacts: r.contacts, activities: r.activities, opportunities: r.opportunities,
                                     objectives: r.objectives, prefix: "ACC-7-")
            let pooled = AccountRecords(contacts: r.contacts, activities: r.activities, opportunities: r.opportunities,
                                        objectives: r.objectives, prefix: "ACC-7-", texts: &shared)
            for records in [own, pooled] {
                #expect(records.contacts == r.contacts)
                #expect(records.activities == r.activities)
                #expect(records.objectives == r.objectives)
                #expect(records.opportunities.map(\.value.bitPattern) == r.opportunities.map(\.value.bitPattern))
                #expect(records.opportunities.map(\.id) == r.opportunities.map(\.id))
                Self.expectColumns(records, r)
            }
            #expect(own == pooled)
        }
    }

    /// Every column and single-record read against the list it was packed from.
    static func expectColumns(_ records: AccountRecords, _ r: (contacts: [Contact], activities: [Activity],
                                                                 opportunities: [Opportunity], objectives: [Objective])) {
        #expect(records.contactCount == r.contacts.count && records.activityCount == r.activities.count)
        #expect(records.opportunityCount == r.opportunities.count && records.objectiveCount == r.objectives.count)
        for (i, c) in r.contacts.enumerated() {
            #expect(records.contactSince(i) == c.since && records.contactRole(i) == c.role)
            #expect(records.contactAttitude(i) == c.attitude && records.contactCoverage(i) == c.coverage)
            #expect(records.contactIsSenior(i) == c.senior && records.contact(i) == c)
        }
        for (i, a) in r.activities.enumerated() {
            #expect(records.activityDate(i) == a.date && records.activityKind(i) == a.kind)
            #expect(records.activityID(i) == a.id && records.activity(i) == a)
        }
        for (i, o) in r.opportunities.enumerated() {
            #expect(records.opportunityValue(i).bitPattern == o.value.bitPattern && records.opportunityStage(i) == o.stage)
            #expect(records.opportunityLastChanged(i) == o.lastChanged && records.opportunityExpectedClose(i) == o.expectedClose)
            #expect(records.opportunityID(i) == o.id && records.opportunity(i).name == o.name)
        }
        for (i, o) in r.objectives.enumerated() {
            #expect(records.objectiveStatus(i) == o.status && records.objectiveDue(i) == o.due)
            #expect(records.objectiveCompletedOn(i) == o.completedOn && records.objective(i) == o)
        }
    }

    /// An account's lists read and written through the account: a change packs anew and
    /// leaves the other kinds as they were; the id is left out only of ids that start with it.
    @Test func accountListsPackAnew() {
        var account = Account(id: "ACC-7", name: "A", manager: "m", segment: "s",
                              contacts: [Contact(id: "ACC-7-C1", name: "Astrid Meyer")],
                              activities: [Activity(id: "ACC-7-A1", date: Day(daysSinceEpoch: 20_000), kind: .call,
                                                    text: "Call", contact: "ACC-7-C1")])
        let before = account.records
        account.activities.append(Activity(id: "other", date: Day(daysSinceEpoch: 20_001), kind: .note, text: "Note"))
        #expect(account.activities.map(\.id) == ["ACC-7-A1", "other"])
        #expect(account.activities[0].contact == "ACC-7-C1")
        #expect(account.contacts == before.contacts)
        #expect(account.records != before)
        account.id = "ACC-8"  // the ids packed keep their own prefix
        #expect(account.activities.map(\.id) == ["ACC-7-A1", "other"])
        account.activities = []
        account.contacts = []
        #expect(account.records.isEmpty)
        #expect(account.records == AccountRecords())
    }

    /// The checks on packed bytes say what the ids themselves say, whenever they say anything.
    @Test func packedChecksAgreeWithTheIds() {
        var g = SplitMix(seed: 43)
        var told = 0
        for _ in 0..<600 {
            var r = Self.random(&g)
            // Repeat ids and name contacts that exist, now and then.
            if r.activities.count > 1, g.next() % 3 == 0 { r.activities[1].id = r.activities[0].id }
            if !r.contacts.isEmpty { for i in r.activities.indices where g.next() % 2 == 0 { r.activities[i].contact = r.contacts[0].id } }
            if r.contacts.count > 1, g.next() % 4 == 0 { r.contacts[1].id = "" }
            let records = AccountRecords(contacts: r.contacts, activities: r.activities, opportunities: r.opportunities,
                                         objectives: r.objectives, prefix: "ACC-7-")
            func distinct(_ ids: [String]) -> Bool { !ids.contains("") && Set(ids).count == ids.count }
            for (kind, ids) in [(RecordKind.contact, r.contacts.map(\.id)), (.activity, r.activities.map(\.id)),
                                (.opportunity, r.opportunities.map(\.id)), (.objective, r.objectives.map(\.id))] {
                if let fast = records.idsAreDistinct(kind) {
                    #expect(fast == distinct(ids), "\(kind) \(ids)")
                    told += 1
                }
            }
            let known = Set(r.contacts.map(\.id))
            if let fast = records.activityContactsAreKnown() {
                #expect(fast == r.activities.allSatisfy { $0.contact.map(known.contains) ?? true })
                told += 1
            }
        }
        #expect(told > 1000)
    }

    /// The column offsets the reads use add up the widths the packing writes.
    @Test func columnOffsetsAddUpTheWidths() {
        for kind in RecordKind.allCases {
            let widths = RecordKind.widths[kind.rawValue]
            for column in widths.indices {
                #expect(kind.columnOffset(column) == widths[..<column].reduce(0, +), "\(kind) column \(column)")
            }
            #expect(kind.rowWidth == widths.reduce(0, +))
        }
    }

    /// The same text added again through one builder is one pool entry; equal texts in
    /// different strings read back alike, different texts never share; a full pool is
    /// replaced, and the texts in the old one stay readable.
    @Test func poolSharesTextsAndRollsOver() {
        var builder = TextPoolBuilder(poolCapacity: 8, slotBits: 3)
        builder.reserve(6)
        let first = builder.pool
        let report = String(repeating: "Shared the quarterly service report ", count: 2)
        let a = builder.number(of: report)
        #expect(builder.number(of: report) == a)
        let copy = String(decoding: Array(report.utf8), as: UTF8.self)
        #expect(first[builder.number(of: copy)] == report)
        let other = builder.number(of: String(repeating: "Shared the quarterly service rep0rt ", count: 2))
        #expect(other != a && first[other] != report)
        let b = builder.number(of: "")
        #expect(builder.number(of: "") == b && a != b)
        builder.reserve(6)
        #expect(builder.pool !== first)
        #expect(first[a] == report && first[b] == "")
    }
}
