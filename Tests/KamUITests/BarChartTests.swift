import Testing
@testable import KamUI

@Suite struct BarChartTests {
    @Test func positiveBarsStandOnTheAxisAndNegativeOnesHangBelow() {
        let chart = BarChart(bars: [ChartBar("a", value: 4), ChartBar("b", value: -2), ChartBar("c", value: 2)])
        let buffer = draw(chart, width: 11, height: 6)
        expectScreen(buffer, """
            ███
            ███     ▄▄▄
            ███     ███
            ───────────
                ███
             a   b   c
            """)
        #expect(buffer[0, 0].style.role == .chart1)
        #expect(buffer[4, 4].style.role == .bad)
        #expect(buffer[0, 3].style.role == .muted)
    }

    @Test func asciiBarsUseFiveLevels() {
        let chart = BarChart(bars: [ChartBar("a", value: 10), ChartBar("b", value: 4)], barWidth: 1, glyphs: .ascii)
        expectScreen(draw(chart, width: 3, height: 3), """
            #
            # =
            ---
            """)
    }

    @Test func narrowsBarsBeforeBucketing() {
        let chart = BarChart(bars: (1...6).map { ChartBar("\($0)", value: Double($0)) })
        let fit = chart.fit(width: 11)
        #expect(fit.barWidth == 1 && fit.gap == 1 && fit.bucketSize == 1)
        #expect(chart.fit(width: 6).gap == 0)
    }

    @Test func bucketsValuesWhenEvenNarrowBarsDoNotFitAndSaysSo() {
        let chart = BarChart(bars: (0..<50).map { ChartBar("a\($0)", value: 1) }, unitName: "accounts")
        let fit = chart.fit(width: 24)
        #expect(fit.bucketSize == 3)
        #expect(fit.bars.count == 17)
        #expect(fit.bars.map(\.value) == Array(repeating: 3, count: 16) + [2])
        let buffer = draw(chart, width: 24, height: 5)
        #expect(buffer.line(4) == "1 bar = 3 accounts (sum)")
        #expect(buffer.line(3) == String(repeating: "─", count: 24))
        #expect(buffer.line(0) == String(repeating: "█", count: 16))
    }

    @Test func meanBucketsAverage() {
        let chart = BarChart(bars: [1, 3, 5, 7].map { ChartBar("", value: $0) }, aggregation: .mean)
        #expect(chart.fit(width: 2).bars.map(\.value) == [2, 6])
    }

    @Test func allZeroValuesDrawOnlyTheAxis() {
        let chart = BarChart(bars: [ChartBar("a", value: 0)], showsLabels: false)
        expectScreen(draw(chart, width: 3, height: 2), """

            ───
            """)
    }
}
