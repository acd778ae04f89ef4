import KamAnalytics
import KamImport
import KamModel
import Testing

/// The analytics' 80/20 view of the imported superstore data equals the figures computed
/// independently in Python (`SuperstoreParetoFigures`).
@Suite("Superstore 80/20 against an independent computation")
struct SuperstoreParetoTests {
    static let view = Result { () throws -> ProfitConcentrationView in
        let orders = try OrderLineImport.read(path: TestSupport.superstorePath)
        let workspace = orders.merge(into: ImportedOrders.newWorkspace(name: "Superstore")).workspace
        let quarters = workspace.quarters
        let table = AccountTable(workspace: workspace, period: .range(from: quarters.first!, to: quarters.last!),
                                 today: Day(year: 2018, month: 1, day: 1)!)
        return ProfitConcentrationView(table: table, choosingBasisFor: table.positions(in: .portfolio),
                                       settings: workspace.settings)
    }

    @Test("ranking, Pareto cut, top-20% share, value destroyers and whale peak match")
    func figuresMatch() throws {
        let view = try Self.view.get()
        let ranking = view.ranking
        #expect(ranking.basis == .grossProfit, "the file has no cost to serve, so gross profit is ranked")
        #expect(ranking.ranked.count == SuperstoreParetoFigures.customerCount)
        #expect(abs(ranking.totalProfit - SuperstoreParetoFigures.totalProfit) < 0.01)
        #expect(ranking.paretoCount == SuperstoreParetoFigures.customersToReach80Percent)
        #expect(ranking.top20Count == SuperstoreParetoFigures.top20PercentCount)
        #expect(abs((ranking.top20Share ?? 0) / 100 - SuperstoreParetoFigures.top20PercentShare) < 1e-9)
        #expect(ranking.valueDestroyers.count == SuperstoreParetoFigures.lossMakingCustomers)
        // The loss is reported as a positive amount; Python summed the negative profits.
        #expect(abs(ranking.valueDestroyerLoss + SuperstoreParetoFigures.totalLoss) < 0.01)
        #expect(abs((ranking.whalePeak?.percent ?? 0) / 100 - SuperstoreParetoFigures.whalePeakFraction) < 1e-9)
    }
}
