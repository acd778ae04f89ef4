import Testing
@testable import KamUI

@Suite struct HorizontalBarChartTests {
    let bars = [
        ChartBar("North", value: 10, valueText: "10.0"),
        ChartBar("South", value: -5, valueText: "-5.0"),
        ChartBar("East", value: 2.5, valueText: "2.5", role: .good),
    ]

    @Test func barsGrowFromAZeroColumnWithLabelsAndValues() {
        let buffer = draw(HorizontalBarChart(bars: bars), width: 30, height: 3)
        expectScreen(buffer, """
            North       █████████████ 10.0
            South ██████              -5.0
            East        ███▎           2.5
            """)
        #expect(buffer[6, 1].style.role == .bad)
        #expect(buffer[12, 2].style.role == .good)
    }

    @Test func offsetScrollsTheList() {
        let buffer = draw(HorizontalBarChart(bars: bars, offset: 2, glyphs: .ascii), width: 30, height: 3)
        #expect(buffer.line(0) == "East        ###            2.5")
        #expect(buffer.line(1) == "")
    }
}
