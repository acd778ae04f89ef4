import KamDemo
import KamModel
import Testing

/// The demo shows the key-account economics: 80/20, value destroyers and a whale curve.
struct ProfitPatternTests {
    @Test func defaultDemoShowsTheEightyTwentyPatternOverTheLatestQuarter() {
        let ws = DemoPortfolio.generate()
        let pattern = ProfitPattern(ws, quarters: [Quarter(year: 2026, quarter: 3)])
        #expect((0.70...0.90).contains(pattern.topFifthShare), "\(pattern.summary)")
        #expect((0.15...0.30).contains(pattern.valueDestroyerShare), "\(pattern.summary)")
        #expect((1.30...2.50).contains(pattern.whalePeak), "\(pattern.summary)")
    }

    @Test func defaultDemoShowsTheEightyTwentyPatternOverTheWholeWindow() {
        let ws = DemoPortfolio.generate()
        let pattern = ProfitPattern(ws, quarters: ws.quarters)
        #expect(pattern.looksLikeKeyAccounts, "\(pattern.summary)")
    }

    @Test(arguments: [UInt64(2), 7, 42])
    func otherSeedsShowThePatternToo(seed: UInt64) {
        let ws = DemoPortfolio.generate(seed: seed)
        let pattern = ProfitPattern(ws, quarters: [Quarter(year: 2026, quarter: 3)])
        #expect(pattern.looksLikeKeyAccounts, "seed \(seed): \(pattern.summary)")
    }

    @Test func mostSeedsShowThePattern() {
        let seeds = (UInt64(100)..<UInt64(130))
        let holding = seeds.filter { seed in
            let ws = DemoPortfolio.generate(seed: seed)
            return ProfitPattern(ws, quarters: [Quarter(year: 2026, quarter: 3)]).looksLikeKeyAccounts
        }
        #expect(holding.count >= 27, "pattern held for \(holding.count) of \(seeds.count) seeds")
    }

    @Test func largePortfoliosShowThePatternReliably() {
        let ws = DemoPortfolio.generate(accounts: 2000, quarters: 4, seed: 5)
        let pattern = ProfitPattern(ws, quarters: [Quarter(year: 2026, quarter: 3)])
        #expect(pattern.looksLikeKeyAccounts, "\(pattern.summary)")
    }
}
