import Testing
@testable import KamUI

@Suite("Pareto chart")
struct ParetoChartTests {
    @Test("buckets summed straight from the profits are the bar chart's buckets of one bar per account",
          arguments: [0, 1, 3, 80, 199, 1000])
    func bucketsFromProfits(count: Int) {
        var seed: UInt64 = 42
        let profits = (0..<count).map { i -> Double in
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            if i == 2 { return .infinity }
            return Double(Int64(bitPattern: seed >> 11) % 2_000_000 - 1_000_000) / 7
        }
        for width in [0, 1, 2, 7, 80, 200, 2000] {
            // The simple way: a bar per account, bucketed by the bar chart.
            let chart = BarChart(bars: profits.map { ChartBar("", value: $0) }, barWidth: 3, gap: 0)
            let expected: BarChart.Fit
            if width > 0, !profits.isEmpty {
                let size = (profits.count + width - 1) / width
                let bars = size > 1 ? chart.bucketed(size) : chart.bars
                expected = BarChart.Fit(bars: bars, barWidth: max(1, min(3, width / bars.count)), gap: 0, bucketSize: size)
            } else {
                expected = chart.fit(width: width)
            }
            #expect(ParetoChart.fit(profits, width: width) == expected, "\(count) accounts in \(width) columns")
        }
    }
}
