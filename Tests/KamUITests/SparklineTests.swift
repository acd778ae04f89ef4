import Testing
@testable import KamUI

@Suite struct SparklineTests {
    @Test func mapsValuesToEightLevelsWithGapsForMissingValues() {
        let buffer = draw(Sparkline(values: [1, 2, nil, 8, 4]), width: 5, height: 1)
        #expect(buffer.line(0) == "▁▂ █▄")
        #expect(buffer[0, 0].style.role == .chart1)
    }

    @Test func asciiFallbackUsesFiveLevels() {
        #expect(draw(Sparkline(values: [1, 2, nil, 8, 4], glyphs: .ascii), width: 5, height: 1).line(0) == ".: #-")
    }

    @Test func showsTheMostRecentValuesWhenThereAreMoreThanColumns() {
        #expect(draw(Sparkline(values: (1...10).map(Double.init)), width: 3, height: 1).line(0) == "▁▅█")
    }

    @Test func aFixedRangeAndTallAreasStackLevels() {
        let buffer = draw(Sparkline(values: [0, 50, 100], range: 0...100, role: .good), width: 3, height: 2)
        expectScreen(buffer, """
             ▁█
            ▁██
            """)
        #expect(buffer[2, 0].style.role == .good)
    }

    @Test func equalValuesSitAtHalfHeightAndNoValuesDrawNothing() {
        #expect(draw(Sparkline(values: [3, 3]), width: 2, height: 1).line(0) == "▄▄")
        #expect(draw(Sparkline(values: [nil, nil]), width: 2, height: 1).line(0) == "")
    }
}
