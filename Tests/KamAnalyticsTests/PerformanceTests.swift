import Foundation
import Testing
import KamModel
@testable import KamAnalytics

/// A large portfolio for timing: `count` accounts with 8 quarters of figures each.
func largePortfolio(_ count: Int) -> Workspace {
    var seed: UInt64 = 42
    func next() -> Double {  // a small linear congruential generator: deterministic, no Foundation randomness
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Double(seed >> 11) / Double(1 << 53)
    }
    let quarters = Quarter.range(qtr("2023Q3"), qtr("2025Q2"))
    var accounts: [Account] = []
    accounts.reserveCapacity(count)
    for i in 0..<count {
        var figures = QuarterSeries()
        let size = 1000 * pow(10, 3 * next())
        for q in quarters {
            let revenue = size * (0.8 + 0.4 * next())
            figures[q] = QuarterFigures(revenue: revenue, grossProfit: revenue * (0.1 + 0.3 * next()),
                                        costToServe: CostToServe(sales: revenue * 0.2 * next(), support: 500 * next()))
        }
        accounts.append(Account(id: "A\(i)", name: "Account \(i)", manager: "m\(i % 40)", segment: "S\(i % 7)",
                                quarters: figures))
    }
    return workspace(accounts)
}

@Suite("Speed")
struct PerformanceTests {
    /// Set KAM_PERF=1 and build in release (`swift test -c release -Xswiftc -enable-testing`) to run.
    @Test("the 80/20 view over 100,000 accounts x 8 quarters recomputes in under 100 ms",
          .enabled(if: ProcessInfo.processInfo.environment["KAM_PERF"] != nil))
    func paretoSpeed() {
        let ws = largePortfolio(100_000)
        let clock = ContinuousClock()
        var table: AccountTable?
        let build = clock.measure {
            table = AccountTable(workspace: ws, period: .lastFourQuarters(endingAt: qtr("2025Q2")), today: day("2025-07-01"))
        }
        guard let table else { return }
        var view: ProfitConcentrationView?
        var sorted: [Int] = []
        let recompute = clock.measure {
            sorted = table.sortedPositions(table.positions(in: .portfolio), by: \.revenue)
            _ = ProfitConcentrationView(table: table, scope: .manager("m7"), settings: ws.settings)
            view = ProfitConcentrationView(table: table, settings: ws.settings)
        }
        print("AccountTable build: \(build); sort + filter + 80/20 view: \(recompute)")
        #expect(view?.ranking.ranked.count == 100_000 && sorted.count == 100_000)
        #expect(recompute < .milliseconds(100))
    }
}
