import Foundation
import KamModel
import Testing
@testable import KamImport

/// The superstore file imported with no options, checked against figures computed by
/// `superstore_expected.py` with Python's csv module (run it from the package root to
/// regenerate the constants below).
@Suite struct SuperstoreImportTests {
    static let orders = Result { try OrderLineImport.read(path: TestSupport.superstorePath) }

    func imported() throws -> ImportedOrders { try Self.orders.get() }

    @Test func readsEveryRowWithDefaultOptions() throws {
        let orders = try imported()
        #expect(orders.rowsRead == 9_994)
        #expect(orders.rowsUsed == 9_994)
        #expect(orders.rejected.isEmpty)
        #expect(orders.accounts.count == 793)
        #expect(orders.dateFormat.description == "M/d/yyyy")
        #expect(orders.dateFormatDetected)
        #expect(orders.decimalSeparator == .point)
    }

    @Test func recognisesTheSuperstoreColumns() throws {
        let used = Dictionary(uniqueKeysWithValues: try imported().columns.map { ($0.field, $0.header) })
        #expect(used == [.account: "Customer ID", .name: "Customer Name", .date: "Order Date",
                         .revenue: "Sales", .profit: "Profit", .segment: "Segment"])
    }

    @Test func coversSixteenQuarters() throws {
        let quarters = try imported().quarters
        #expect(quarters.count == 16)
        #expect(quarters.first == Quarter(year: 2014, quarter: 1))
        #expect(quarters.last == Quarter(year: 2017, quarter: 4))
        // 4,036 customer-quarters have orders (Python: len of the (customer, quarter) sums).
        #expect(try imported().accounts.reduce(0) { $0 + $1.quarters.count } == 4_036)
    }

    @Test func totalsEqualTheIndependentComputation() throws {
        let orders = try imported()
        #expect(abs(orders.totalRevenue - 2_297_200.860299955) < 1e-6)
        #expect(abs((orders.totalGrossProfit ?? 0) - 286_397.0217000013) < 1e-6)
    }

    @Test func perQuarterFiguresOfSomeCustomersEqualTheIndependentComputation() throws {
        let orders = try imported()
        // (customer, quarter, revenue, profit) summed in file order, as Python does.
        let expected: [(String, String, Double, Double)] = [
            ("CG-12520", "2015Q4", 136.72, -93.3772),
            ("CG-12520", "2016Q4", 993.9000000000001, 261.49559999999997),
            ("CG-12520", "2017Q1", 18.16, 1.816),
            ("SM-20320", "2014Q1", 23_661.228, -1_789.7326999999998),
            ("SM-20320", "2017Q4", 7.968, 2.6892),
            ("TC-20980", "2016Q4", 18_344.052, 8_764.948300000002),
            ("CS-12505", "2016Q4", 5_068.6849999999995, -6_886.5095),
        ]
        for (id, quarterText, revenue, profit) in expected {
            let figures = orders.account(id)?.quarters[try #require(Quarter(quarterText))]
            #expect(figures?.revenue == revenue, "\(id) \(quarterText)")
            #expect(figures?.grossProfit == profit, "\(id) \(quarterText)")
        }
        #expect(orders.account("CG-12520")?.quarters.count == 3)
        #expect(orders.account("SM-20320")?.quarters.count == 5)
        #expect(orders.account("CG-12520")?.name == "Claire Gute")
        #expect(orders.account("CG-12520")?.segment == "Consumer")
    }

    @Test func paretoFiguresMatchTheImportedProfitPerCustomer() throws {
        let profits = try imported().accounts
            .map { $0.quarters.values.reduce(0) { $0 + ($1.grossProfit ?? 0) } }
            .sorted(by: >)
        let total = profits.reduce(0, +)
        #expect(profits.count == SuperstoreParetoFigures.customerCount)
        #expect(abs(total - SuperstoreParetoFigures.totalProfit) < 1e-6)
        let losses = profits.filter { $0 < 0 }
        #expect(losses.count == SuperstoreParetoFigures.lossMakingCustomers)
        #expect(abs(losses.reduce(0, +) - SuperstoreParetoFigures.totalLoss) < 1e-6)
        var cumulative = 0.0, peak = -Double.infinity, reach80: Int?
        for (offset, profit) in profits.enumerated() {
            cumulative += profit
            peak = max(peak, cumulative)
            if reach80 == nil, cumulative >= 0.8 * total { reach80 = offset + 1 }
        }
        #expect(reach80 == SuperstoreParetoFigures.customersToReach80Percent)
        let top = profits.prefix(SuperstoreParetoFigures.top20PercentCount).reduce(0, +) / total
        #expect(abs(top - SuperstoreParetoFigures.top20PercentShare) < 1e-9)
        #expect(abs(peak / total - SuperstoreParetoFigures.whalePeakFraction) < 1e-9)
    }

    @Test func mergesIntoANewWorkspace() throws {
        let (workspace, report) = try imported().merge(into: ImportedOrders.newWorkspace(name: "Superstore", currency: "USD"))
        #expect(workspace.accounts.count == 793)
        #expect(workspace.scorecard == .standard)
        #expect(workspace.managers == [ImportedOrders.unassignedManager])
        #expect(workspace.accounts.allSatisfy { $0.manager == "unassigned" && $0.tier == .other && $0.status == .existing })
        #expect(workspace.quarters.count == 16)
        #expect(report.accountsCreated == 793)
        #expect(report.accountsUpdated == 0)
        #expect(report.rowsUsed == 9_994)
        #expect(report.managersCreated == ["Unassigned"])
    }
}
