import Testing
import KamModel
@testable import KamAnalytics

@Suite("Relationship depth, engagement, plan and pipeline")
struct RelationshipAndEngagementTests {
    let contacts = [
        Contact(id: "c1", name: "Ann", role: .decisionMaker, attitude: .mentor, coverage: .inDepth, senior: true,
                since: day("2024-01-10")),
        Contact(id: "c2", name: "Bob", role: .approver, attitude: .supporter, coverage: .multiple, senior: true),
        Contact(id: "c3", name: "Cid", role: .user, attitude: .neutral, coverage: .brief),
        Contact(id: "c4", name: "Dee", role: .evaluator, attitude: .opponent, coverage: .none,
                since: day("2025-05-02")),
    ]

    @Test("depth score adds senior depth, buying centre, breadth and attitude")
    func depthScore() {
        let d = RelationshipDepth(contacts: contacts)
        // Senior: 1 (in depth) + 0.5 (multiple) = 1.5 -> 40 x 1.5 / 3 = 20.
        // Buying centre: decision maker in depth 15 + approver multiple 15 = 30.
        // Breadth: 3 covered (brief or better) -> 15 x 3 / 5 = 9.
        // Attitude: (1 + 0.75 + 0.5 + 0) / 4 = 0.5625 -> 8.4375.
        #expect(close(d.score, 67.4375))
        #expect(d.contacts == 4 && d.seniorContacts == 2 && d.seniorInDepth == 1)
        #expect(d.byRole[.approver] == 1 && d.byAttitude[.opponent] == 1 && d.byCoverage[.brief] == 1)
    }

    @Test("depth as of a day leaves out contacts made later")
    func depthAsOf() {
        let d = RelationshipDepth(contacts: contacts, asOf: day("2025-03-31"))
        // Without c4: attitude (1 + 0.75 + 0.5) / 3 = 0.75 -> 11.25; the rest unchanged.
        #expect(d.contacts == 3)
        #expect(close(d.score, 20 + 30 + 9 + 11.25))
    }

    @Test("no contacts is no depth data, and new contacts are counted in their quarter")
    func noContacts() {
        #expect(RelationshipDepth(contacts: []).score == nil)
        let a = account("a", contacts: contacts)
        #expect(measures(a, .quarter(qtr("2025Q2"))).newContacts == 1)    // c4
        #expect(measures(a, .quarter(qtr("2025Q1"))).newContacts == 0)
        #expect(measures(account("b"), .quarter(qtr("2025Q2"))).newContacts == nil)
    }

    let activities = [
        Activity(id: "a1", date: day("2025-04-10"), kind: .meeting, text: "QBR"),
        Activity(id: "a2", date: day("2025-05-20"), kind: .call, text: "Pricing"),
        Activity(id: "a3", date: day("2025-06-01"), kind: .email, text: "Offer"),
        Activity(id: "a4", date: day("2025-02-01"), kind: .note, text: "Reorg"),
        Activity(id: "a5", date: day("2025-08-01"), kind: .meeting, text: "Planned"),
    ]

    @Test("engagement counts meetings and calls, and days since the last one")
    func engagement() {
        let a = account("a", activities: activities)
        let e = Engagement(account: a, period: .quarter(qtr("2025Q2")), settings: Settings(), today: day("2025-07-01"))
        #expect(e.meetingsAndCalls == 2 && e.activities == 3)
        #expect(e.lastContact == day("2025-05-20"))       // the August meeting is after today
        #expect(e.daysSinceLastContact == 42)             // 11 + 30 + 1
        #expect(!e.noRecentContact)
        let later = Engagement(account: a, period: .quarter(qtr("2025Q2")), settings: Settings(), today: day("2025-07-19"))
        #expect(later.daysSinceLastContact == 60 && later.noRecentContact)  // 60 >= noContactDays 60
        let m = measures(a, .range(from: qtr("2025Q1"), to: qtr("2025Q2")))
        #expect(close(m.meetingsPerQuarter, 1))            // 2 meetings and calls / 2 quarters
        #expect(close(m.activitiesPerQuarter, 2))          // 4 activities / 2 quarters
        #expect(m.daysSinceLastContact == 42 && !m.noRecentContact)
    }

    @Test("an account without an activity log has no engagement data and is flagged")
    func noLog() {
        let m = measures(account("x"), .quarter(qtr("2025Q2")))
        #expect(m.meetingsPerQuarter == nil && m.daysSinceLastContact == nil && m.noRecentContact)
        let quiet = account("q", activities: [Activity(id: "n", date: day("2025-01-05"), kind: .note, text: "")])
        #expect(measures(quiet, .quarter(qtr("2025Q2"))).meetingsPerQuarter == 0)
    }

    @Test("plan completion counts objectives due by the period end, done by then")
    func planCompletion() {
        let objectives = [
            Objective(id: "o1", title: "Due and done", status: .done, due: qtr("2025Q1"), completedOn: day("2025-03-01")),
            Objective(id: "o2", title: "Due, open", status: .inProgress, due: qtr("2025Q2")),
            Objective(id: "o3", title: "Later, done early", status: .done, due: qtr("2026Q1"), completedOn: day("2025-05-01")),
            Objective(id: "o4", title: "Later, open", status: .notStarted, due: qtr("2026Q1")),
            Objective(id: "o5", title: "Dropped", status: .dropped, due: qtr("2025Q1")),
            Objective(id: "o6", title: "No due date", status: .inProgress),
        ]
        let a = account("a", objectives: objectives)
        // 2025Q2: counted o1, o2, o3, o6 (4); done o1, o3 -> 50%.
        #expect(close(measures(a, .quarter(qtr("2025Q2"))).planCompletion, 50))
        // 2025Q1: counted o1, o6 (o2 not due, o3 done only in May); done o1 -> 50%.
        #expect(close(measures(a, .quarter(qtr("2025Q1"))).planCompletion, 50))
        // 2024Q4: o1 not yet due and not yet done; only o6 -> 0%.
        #expect(close(measures(a, .quarter(qtr("2024Q4"))).planCompletion, 0))
        #expect(measures(account("b"), .quarter(qtr("2025Q2"))).planCompletion == nil)
    }

    @Test("pipeline by stage, open value and stale opportunities")
    func pipeline() {
        let opportunities = [
            Opportunity(id: "o1", name: "A", stage: .contacted, value: 100, expectedClose: qtr("2025Q3"),
                        lastChanged: day("2025-05-17")),   // 45 days before 2025-07-01: stale
            Opportunity(id: "o2", name: "B", stage: .proposalSent, value: 300, expectedClose: qtr("2025Q3"),
                        lastChanged: day("2025-05-18")),   // 44 days: fresh
            Opportunity(id: "o3", name: "C", stage: .won, value: 500, expectedClose: qtr("2025Q2"),
                        lastChanged: day("2024-01-01")),   // old but closed: not stale
            Opportunity(id: "o4", name: "D", stage: .contacted, value: 50, expectedClose: qtr("2025Q4"),
                        lastChanged: day("2025-01-01")),   // stale, longer
        ]
        let a = account("a", opportunities: opportunities)
        let p = Pipeline(account: a, settings: Settings(), today: day("2025-07-01"))
        #expect(p.total(.contacted) == StageTotal(stage: .contacted, count: 2, value: 150))
        #expect(p.total(.won).value == 500 && p.total(.lost).count == 0)
        #expect(p.openValue == 450 && p.openCount == 3)
        #expect(p.stale.map(\.opportunity.id) == ["o4", "o1"])
        #expect(p.stale.last?.daysSinceChange == 45)
        let m = measures(a, .quarter(qtr("2025Q2")))
        #expect(m.openPipelineValue == 450 && m.openOpportunities == 3 && m.staleOpportunities == 2)
    }
}
