import KamAnalytics
import KamModel
import Testing
@testable import KamReports

/// Periods without figures and other impossible requests give clear messages.
@Suite struct ReportErrorTests {
    static func message(_ kind: ReportRequest.Kind, _ period: ReportRequest.PeriodChoice,
                        workspace: Workspace = HandWorkspace.workspace) -> String? {
        do {
            _ = try Report.render(ReportRequest(kind: kind, period: period, today: HandWorkspace.today),
                                  workspace: workspace)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("a quarter without figures names the quarters the workspace has")
    func unknownQuarter() {
        #expect(Self.message(.pareto, .quarter(qtr("2031Q1"))) == "no figures for 2031Q1; the workspace has 2025Q1 to 2025Q2")
        #expect(Self.message(.accounts, .range(from: qtr("2024Q4"), to: qtr("2025Q2")))
            == "no figures for 2024Q4; the workspace has 2025Q1 to 2025Q2")
    }

    @Test("a range given backwards, a scorecard over a range, and an empty workspace are refused")
    func otherErrors() {
        #expect(Self.message(.accounts, .range(from: qtr("2025Q2"), to: qtr("2025Q1")))
            == "the period starts (2025Q2) after it ends (2025Q1)")
        #expect(Self.message(.scorecard, .range(from: qtr("2025Q1"), to: qtr("2025Q2")))
            == "the scorecard is evaluated per quarter, not for 2025Q1-2025Q2; ask for one quarter")
        #expect(Self.message(.accounts, .latest, workspace: Workspace(name: "Empty"))
            == "the workspace has no quarterly figures to report on")
    }

    @Test("the default period is the latest quarter with figures")
    func defaultPeriod() throws {
        let doc = try Report.document(ReportRequest(kind: .pareto, today: HandWorkspace.today),
                                      workspace: HandWorkspace.workspace)
        #expect(doc.period == .quarter(qtr("2025Q2")))
    }
}
