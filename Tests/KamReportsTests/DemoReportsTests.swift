import KamAnalytics
import KamDemo
import KamModel
import Testing
@testable import KamReports

/// Every report kind in every format on the generated demo portfolio.
@Suite struct DemoReportsTests {
    static let workspace = DemoPortfolio.generate()
    static let today = DemoPortfolio.today(lastQuarter: Quarter(year: 2026, quarter: 3))

    static let groupings: [ScorecardRollUp.Grouping?] = [nil, .manager, .segment]

    @Test("the demo portfolio renders every kind, grouping and format without error", arguments:
          ReportRequest.Kind.allCases, ReportFormat.allCases)
    func rendersEverything(kind: ReportRequest.Kind, format: ReportFormat) throws {
        for grouping in Self.groupings {
            let request = ReportRequest(kind: kind, grouping: grouping, format: format, today: Self.today)
            let text = try Report.render(request, workspace: Self.workspace)
            #expect(text.count > 200, "\(kind) \(format) \(String(describing: grouping)) is too short")
            if let dir = Environment.dumpDirectory {
                let name = "\(kind)-\(grouping?.rawValue ?? "all").\(format.rawValue)"
                try? text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
            }
        }
    }
}
