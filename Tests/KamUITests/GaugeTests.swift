import Testing
@testable import KamUI

@Suite struct GaugeTests {
    @Test func fillsInTheStatusRoleWithTheLabelAfter() {
        let buffer = draw(Gauge(percent: 50, label: "50%", role: .good), width: 14, height: 1)
        #expect(buffer.line(0) == "█████░░░░░ 50%")
        #expect(buffer[0, 0].style.role == .good)
        #expect(buffer[5, 0].style.role == .muted)
    }

    @Test func partialCellsUseEighthBlocks() {
        #expect(draw(Gauge(percent: 31.25, label: ""), width: 4, height: 1).line(0) == "█▎░░")
    }

    @Test func asciiRoundsToWholeCells() {
        let buffer = draw(Gauge(percent: 25, label: "25%", role: .bad, glyphs: .ascii), width: 14, height: 1)
        #expect(buffer.line(0) == "###....... 25%")
        #expect(buffer[0, 0].style.role == .bad)
    }

    @Test func clampsAndDrawsOnTheMiddleRow() {
        let buffer = draw(Gauge(percent: 140, label: "140%", role: .warning), width: 9, height: 3)
        expectScreen(buffer, """

            ████ 140%
            """)
        #expect(Gauge(percent: .nan, label: "").percent == 0)
    }

    @Test func withoutRoomForABarOnlyTheLabelShows() {
        #expect(draw(Gauge(percent: 50, label: "50%"), width: 5, height: 1).line(0) == "50%")
    }
}
