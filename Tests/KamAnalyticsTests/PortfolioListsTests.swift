import Testing
import KamModel
@testable import KamAnalytics

@Suite("Segmentation matrix and pipeline summary")
struct PortfolioListsTests {
    @Test("segmentation: ratings of 3 or more are high; unrated accounts listed apart")
    func segmentation() {
        let ws = workspace([
            account("i", attractiveness: 3, strength: 3, quarters: ["2025Q2": figures(revenue: 100)]),
            account("d", attractiveness: 5, strength: 2.9, quarters: ["2025Q2": figures(revenue: 50)]),
            account("m", attractiveness: 1, strength: 4),
            account("s", attractiveness: 2, strength: 1, quarters: ["2025Q2": figures(revenue: 10)]),
            account("s2", attractiveness: 2.5, strength: 2, quarters: ["2025Q2": figures(revenue: 5)]),
            account("u", attractiveness: nil, strength: 4),
        ])
        let table = AccountTable(workspace: ws, period: .quarter(qtr("2025Q2")), today: day("2025-07-01"))
        let m = SegmentationMatrix(rows: table.rows)
        #expect(m.cell(.invest).accounts == ["i"] && m.cell(.invest).revenue.value == 100)
        #expect(m.cell(.develop).accounts == ["d"])
        #expect(m.cell(.maintain).accounts == ["m"] && m.cell(.maintain).revenue.value == nil)
        #expect(m.cell(.streamline).count == 2 && m.cell(.streamline).revenue.value == 15)
        #expect(m.unrated == ["u"])
    }

    @Test("pipeline summary: stale deals, newest activities first, quiet accounts")
    func pipelineSummary() {
        let a = account("a", activities: [
            Activity(id: "1", date: day("2025-06-01"), kind: .meeting, text: ""),
            Activity(id: "2", date: day("2025-06-20"), kind: .email, text: ""),
            Activity(id: "9", date: day("2025-09-01"), kind: .meeting, text: "planned"),
        ], opportunities: [
            Opportunity(id: "o", name: "", stage: .demoProvided, value: 10, expectedClose: qtr("2025Q3"),
                        lastChanged: day("2025-01-01")),
        ])
        let b = account("b", activities: [Activity(id: "3", date: day("2025-03-01"), kind: .call, text: "")])
        let c = account("c")
        let s = PipelineSummary(accounts: [a, b, c], settings: Settings(), today: day("2025-07-01"), recentLimit: 2)
        #expect(s.recentActivities.map(\.activity.id) == ["2", "1"])   // newest first, planned one left out
        #expect(s.pipeline.stale.map(\.account) == ["a"] && s.pipeline.total(.demoProvided).count == 1)
        // a: last contact 30 days ago (fine); b: 122 days; c: never -> listed first.
        #expect(s.quietAccounts.map(\.account) == ["c", "b"])
        #expect(s.quietAccounts[1].daysSinceLastContact == 122)
    }
}
