import Testing
@testable import KamUI

@Suite struct LineChartTests {
    @Test func brailleDotsGiveTwoByFourPointsPerCell() {
        let buffer = draw(LineChart(points: [100, 100], yRange: 0...100), width: 1, height: 1)
        #expect(buffer.line(0) == "⠉")
        let rising = draw(LineChart(points: [0, 100], yRange: 0...100), width: 1, height: 1)
        #expect(rising.line(0) == "⡜")
        #expect(rising[0, 0].style.role == .chart1)
    }

    @Test func asciiDrawsTheCurveWithStarsAndReferencesWithDots() {
        let whale = [0.0, 100, 150, 150, 125, 100]
        let chart = LineChart(points: whale, yRange: 0...150, references: [LineChart.Reference(100, label: "100%")],
                              glyphs: .ascii)
        let buffer = draw(chart, width: 15, height: 4)
        expectScreen(buffer, """
                    ***
            100% ..*...****
                  *
                 *
            """)
        #expect(buffer[5, 1].style.role == .muted)
        #expect(buffer[7, 1].style.role == .chart1)
        #expect(buffer[0, 1].style.role == .muted)
    }

    @Test func theDefaultRangeIncludesZeroAndTheReferences() {
        let chart = LineChart(points: [50, 60], references: [LineChart.Reference(80, label: "80%")])
        #expect(chart.range == (0, 80))
        #expect(LineChart(points: []).range == (0, 1))
    }

    @Test func referenceLinesSpanThePlotInUnicode() {
        let chart = LineChart(points: [], yRange: 0...1, references: [LineChart.Reference(0.8, label: "80%")])
        let buffer = draw(chart, width: 12, height: 3)
        expectScreen(buffer, """
            80% ┄┄┄┄┄┄┄┄
            """)
    }
}
