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
            let label = "\(kind) \(format) \(grouping?.rawValue ?? "-")"
            #expect(text.count > 200, "\(label) is too short")
            switch format {
            case .json:
                #expect(throws: Never.self, "\(label) does not parse") { try JSONParser.parse(Array(text.utf8)) }
            case .csv:
                let records = CSVRecords.parse(text)
                #expect(records.count > 2, "\(label) has no records")
                #expect(records.allSatisfy { $0.count == records[0].count }, "\(label) has ragged records")
            case .text, .markdown:
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(label) has controls")
            }
            if let dir = Environment.dumpDirectory {
                let name = "\(kind)-\(grouping?.rawValue ?? "all").\(format.rawValue)"
                try? text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
            }
        }
    }
}
