import KamModel
import Testing
@testable import KamImport

/// Merging imported figures into new and existing workspaces.
@Suite struct WorkspaceMergeTests {
    static let file = """
        Account,Account Name,Date,Revenue,Profit,Segment,Industry,Sales Rep,Support cost
        A1,Acme,2024-01-10,100,30,Retail,Food,Jane Doe,5
        A1,Acme,2024-02-10,50,10,Retail,Food,Jane Doe,
        A2,Beta,2024-04-01,200,-20,,,,1
        X9,,2024-04-02,1,1,,,,0

        """

    func orders() throws -> ImportedOrders {
        try TestSupport.read(Self.file, ImportOptions(columns: "cts.support=Support cost", dateFormat: nil))
    }

    var q1: Quarter { Quarter(year: 2024, quarter: 1) }
    var q2: Quarter { Quarter(year: 2024, quarter: 2) }

    @Test func createsAccountsWithManagersAndSumsPerQuarter() throws {
        let (workspace, report) = try orders().merge(into: ImportedOrders.newWorkspace(name: "Test"))
        let acme = try #require(workspace.account(id: "A1"))
        #expect(acme.name == "Acme" && acme.segment == "Retail" && acme.industry == "Food")
        #expect(acme.manager == "jane-doe")
        #expect(acme.quarters[q1]?.revenue == 150)
        #expect(acme.quarters[q1]?.grossProfit == 40)
        #expect(acme.quarters[q1]?.costToServe == CostToServe(support: 5))
        #expect(workspace.account(id: "A2")?.manager == "unassigned")
        #expect(workspace.account(id: "X9")?.name == "X9")
        #expect(workspace.managers == [Manager(id: "jane-doe", name: "Jane Doe"), ImportedOrders.unassignedManager])
        #expect(report.accountsCreated == 3)
        #expect(report.quarters == [q1, q2])
        #expect(report.totalRevenue == 351)
        #expect(report.totalGrossProfit == 21)
        #expect(report.totalCostToServe == 6)
        #expect(report.managersCreated == ["Jane Doe", "Unassigned"])
    }

    @Test func importingTheSameFileTwiceDoesNotDoubleTheFigures() throws {
        let orders = try orders()
        let (once, _) = orders.merge(into: ImportedOrders.newWorkspace(name: "Test"))
        let (twice, report) = orders.merge(into: once)
        #expect(twice == once)
        #expect(report.accountsCreated == 0)
        #expect(report.accountsUpdated == 3)
    }

    @Test func keepsFieldsTheFileDoesNotCover() throws {
        var existing = ImportedOrders.newWorkspace(name: "Mine")
        existing.managers = [Manager(id: "jd", name: "jane doe")]
        existing.accounts = [
            Account(id: "A1", name: "Acme Corp", manager: "", segment: "", tier: .key, quarters: [
                q1: QuarterFigures(revenue: 999, grossProfit: 1, costToServe: CostToServe(sales: 7, support: 9),
                                   nps: NPSSurvey(promoters: 5, passives: 2, detractors: 1), custom: ["training": 3]),
                Quarter(year: 2023, quarter: 4): QuarterFigures(revenue: 42),
            ]),
            Account(id: "Z", name: "Untouched", manager: "jd", segment: "S", quarters: [q1: QuarterFigures(revenue: 1)]),
        ]
        let (merged, report) = try orders().merge(into: existing)
        let acme = try #require(merged.account(id: "A1"))
        #expect(acme.name == "Acme Corp")
        #expect(acme.segment == "Retail")
        #expect(acme.tier == .key)
        #expect(acme.manager == "jd")
        #expect(acme.quarters[q1]?.revenue == 150)
        #expect(acme.quarters[q1]?.grossProfit == 40)
        #expect(acme.quarters[q1]?.costToServe == CostToServe(sales: 7, support: 5))
        #expect(acme.quarters[q1]?.nps == NPSSurvey(promoters: 5, passives: 2, detractors: 1))
        #expect(acme.quarters[q1]?.custom == ["training": 3])
        #expect(acme.quarters[Quarter(year: 2023, quarter: 4)] == QuarterFigures(revenue: 42))
        #expect(merged.account(id: "Z") == existing.account(id: "Z"))
        #expect(merged.accounts.map(\.id) == ["A1", "Z", "A2", "X9"])
        #expect(report.accountsUpdated == 1)
        #expect(report.accountsCreated == 2)
        #expect(report.managersCreated == ["Unassigned"])
    }

    @Test func aFileWithoutProfitLeavesGrossProfitAlone() throws {
        var existing = ImportedOrders.newWorkspace(name: "Mine")
        existing.accounts = [Account(id: "A", name: "A", manager: "m", segment: "",
                                     quarters: [q1: QuarterFigures(revenue: 1, grossProfit: 7)])]
        let orders = try TestSupport.read("account,date,revenue\nA,2024-03-31,10\n")
        let (merged, report) = orders.merge(into: existing)
        #expect(merged.account(id: "A")?.quarters[q1] == QuarterFigures(revenue: 10, grossProfit: 7))
        #expect(report.totalGrossProfit == nil)
    }

    @Test func aTotalCostToServeReplacesEveryCategory() throws {
        var existing = ImportedOrders.newWorkspace(name: "Mine")
        existing.accounts = [Account(id: "A", name: "A", manager: "m", segment: "",
                                     quarters: [q1: QuarterFigures(costToServe: CostToServe(sales: 3, support: 4))])]
        let orders = try TestSupport.read("account,date,revenue,cost to serve\nA,2024-03-31,10,(1)\nA,2024-01-01,0,$5\n")
        let (merged, _) = orders.merge(into: existing)
        #expect(merged.account(id: "A")?.quarters[q1]?.costToServe == CostToServe(other: 4))
    }

    @Test func theSummaryListsTotalsAndRejectedRows() throws {
        let orders = try TestSupport.read("account,date,revenue\nA,2024-03-31,1234.5\nB,2024-03-31,x\n")
        let lines = orders.merge(into: ImportedOrders.newWorkspace(name: "T")).report.summaryLines()
        #expect(lines.contains("Rows: 2 read, 1 used, 1 rejected"))
        #expect(lines.contains("Totals: revenue 1,234.50"))
        #expect(lines.contains("  line 3: revenue \"x\" is not a number"))
    }
}
