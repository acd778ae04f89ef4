import Testing
@testable import KamUI

@Suite struct TableScrollTests {
    @Test func movingPastTheViewScrollsJustEnough() {
        var scroll = TableScroll()
        scroll.move(by: 4, rowCount: 10, viewport: 3)
        #expect(scroll == TableScroll(selected: 4, offset: 2))
        scroll.move(by: -3, rowCount: 10, viewport: 3)
        #expect(scroll == TableScroll(selected: 1, offset: 1))
        scroll.move(by: -5, rowCount: 10, viewport: 3)
        #expect(scroll == TableScroll(selected: 0, offset: 0))
    }

    @Test func pagesMoveSelectionAndViewByAViewport() {
        var scroll = TableScroll(selected: 1, offset: 0)
        scroll.pageDown(rowCount: 20, viewport: 5)
        #expect(scroll == TableScroll(selected: 6, offset: 5))
        scroll.pageDown(rowCount: 20, viewport: 5)
        scroll.pageDown(rowCount: 20, viewport: 5)
        scroll.pageDown(rowCount: 20, viewport: 5)
        #expect(scroll == TableScroll(selected: 19, offset: 15))
        scroll.pageUp(rowCount: 20, viewport: 5)
        #expect(scroll == TableScroll(selected: 14, offset: 10))
    }

    @Test func homeAndEndGoToTheFirstAndLastRows() {
        var scroll = TableScroll(selected: 7, offset: 5)
        scroll.end(rowCount: 30, viewport: 10)
        #expect(scroll == TableScroll(selected: 29, offset: 20))
        scroll.home(rowCount: 30, viewport: 10)
        #expect(scroll == TableScroll(selected: 0, offset: 0))
    }

    @Test func movesSkipRowsThatCannotBeSelected() {
        let groupRows: Set = [0, 3]
        var scroll = TableScroll(selected: 2)
        scroll.move(by: 1, rowCount: 6, viewport: 6, isSelectable: { !groupRows.contains($0) })
        #expect(scroll.selected == 4)
        scroll.home(rowCount: 6, viewport: 6, isSelectable: { !groupRows.contains($0) })
        #expect(scroll.selected == 1)
        scroll.move(by: -1, rowCount: 6, viewport: 6, isSelectable: { !groupRows.contains($0) })
        #expect(scroll.selected == 1)
    }

    @Test func clampFollowsRowsThatWentAway() {
        var scroll = TableScroll(selected: 9, offset: 7)
        scroll.clamp(rowCount: 4, viewport: 3)
        #expect(scroll == TableScroll(selected: 3, offset: 1))
        scroll.clamp(rowCount: 0, viewport: 3)
        #expect(scroll == TableScroll(selected: 0, offset: 0))
    }

    @Test func wheelScrollsTheViewAndDragsTheSelectionOnlyWhenItLeaves() {
        var scroll = TableScroll(selected: 5, offset: 3)
        scroll.scroll(by: 2, rowCount: 20, viewport: 4)
        #expect(scroll == TableScroll(selected: 5, offset: 5))
        scroll.scroll(by: 3, rowCount: 20, viewport: 4)
        #expect(scroll == TableScroll(selected: 8, offset: 8))
        scroll.scroll(by: 100, rowCount: 20, viewport: 4)
        #expect(scroll == TableScroll(selected: 16, offset: 16))
    }

    @Test func visibleOffsetNeverShowsEmptyRowsPastTheEnd() {
        #expect(TableScroll(selected: 2, offset: 9).visibleOffset(rowCount: 10, viewport: 4) == 2)
        #expect(TableScroll(selected: 9, offset: 9).visibleOffset(rowCount: 10, viewport: 4) == 6)
        #expect(TableScroll(selected: 0, offset: 5).visibleOffset(rowCount: 3, viewport: 4) == 0)
    }
}
