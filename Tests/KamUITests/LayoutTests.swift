import Testing
@testable import KamUI

@Suite struct LayoutTests {
    @Test func fixedRowsAroundAFillRow() {
        let rows = Layout.rows(Rect(x: 0, y: 0, width: 80, height: 24), [.fixed(1), .fill, .fixed(1)])
        #expect(rows == [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
    }

    @Test func percentColumnsAndTheRestToFill() {
        let columns = Layout.columns(Rect(x: 2, y: 1, width: 100, height: 5), [.percent(30), .fill])
        #expect(columns == [Rect(x: 2, y: 1, width: 30, height: 5), Rect(x: 32, y: 1, width: 70, height: 5)])
    }

    @Test func fillsShareByWeightAndAddUpToTheTotal() {
        #expect(Layout.sizes(total: 10, [.fill(1), .fill(2)]) == [3, 7])
        #expect(Layout.sizes(total: 10, [.fixed(2), .fill, .fill, .fill]) == [2, 2, 2, 4])
    }

    @Test func laterPartsShrinkWhenSpaceRunsOut() {
        #expect(Layout.sizes(total: 5, [.fixed(3), .fixed(4), .fill]) == [3, 2, 0])
        #expect(Layout.sizes(total: 0, [.fixed(3), .percent(50), .fill]) == [0, 0, 0])
    }

    @Test func centeredRectsStayInside() {
        let area = Rect(x: 10, y: 5, width: 20, height: 10)
        #expect(area.centered(width: 10, height: 4) == Rect(x: 15, y: 8, width: 10, height: 4))
        #expect(area.centered(width: 50, height: 50) == area)
        #expect(area.contains(x: 10, y: 5) && !area.contains(x: 30, y: 5))
    }
}
