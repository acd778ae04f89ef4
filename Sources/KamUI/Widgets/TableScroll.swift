/// The selected row of a scrolling list or table and the first row shown: app state.
///
/// The arithmetic for cursor moves, pages, home and end, always keeping the selection in
/// view. `viewport` is the number of rows the view shows (for a `Table`,
/// `Table.bodyHeight(in:)`). `isSelectable` lets a move skip rows such as group headers.
public struct TableScroll: Sendable, Hashable {
    public var selected: Int
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// The first row a view of `viewport` rows shows: the stored offset moved just far
    /// enough to show the selection, and never past the end.
    public func visibleOffset(rowCount: Int, viewport: Int) -> Int {
        guard rowCount > 0, viewport > 0 else { return 0 }
        let selected = min(max(0, self.selected), rowCount - 1)
        var offset = min(max(0, self.offset), max(0, rowCount - viewport))
        if selected < offset { offset = selected }
        if selected >= offset + viewport { offset = selected - viewport + 1 }
        return offset
    }

    /// Brings selection and offset back into range, for example after rows were removed.
    public mutating func clamp(rowCount: Int, viewport: Int) {
        selected = rowCount == 0 ? 0 : min(max(0, selected), rowCount - 1)
        offset = visibleOffset(rowCount: rowCount, viewport: viewport)
    }

    /// Selects `index` (clamped), or the nearest selectable row, and keeps it in view.
    public mutating func select(_ index: Int, rowCount: Int, viewport: Int,
                                isSelectable: (Int) -> Bool = { _ in true }) {
        guard rowCount > 0 else { self = TableScroll(); return }
        let target = min(max(0, index), rowCount - 1)
        let forward = target >= selected
        selected = nearestSelectable(from: target, forward: forward, rowCount: rowCount, isSelectable: isSelectable)
            ?? nearestSelectable(from: target, forward: !forward, rowCount: rowCount, isSelectable: isSelectable)
            ?? selected
        clamp(rowCount: rowCount, viewport: viewport)
    }

    /// Moves the selection by `delta` rows (negative is up).
    public mutating func move(by delta: Int, rowCount: Int, viewport: Int,
                              isSelectable: (Int) -> Bool = { _ in true }) {
        select(selected + delta, rowCount: rowCount, viewport: viewport, isSelectable: isSelectable)
    }

    /// Moves one page down: the selection and the view move by a whole viewport.
    public mutating func pageDown(rowCount: Int, viewport: Int, isSelectable: (Int) -> Bool = { _ in true }) {
        let page = max(1, viewport)
        offset = min(offset + page, max(0, rowCount - page))
        move(by: page, rowCount: rowCount, viewport: viewport, isSelectable: isSelectable)
    }

    /// Moves one page up.
    public mutating func pageUp(rowCount: Int, viewport: Int, isSelectable: (Int) -> Bool = { _ in true }) {
        let page = max(1, viewport)
        offset = max(0, offset - page)
        move(by: -page, rowCount: rowCount, viewport: viewport, isSelectable: isSelectable)
    }

    /// Selects the first selectable row.
    public mutating func home(rowCount: Int, viewport: Int, isSelectable: (Int) -> Bool = { _ in true }) {
        offset = 0
        select(0, rowCount: rowCount, viewport: viewport, isSelectable: isSelectable)
    }

    /// Selects the last selectable row.
    public mutating func end(rowCount: Int, viewport: Int, isSelectable: (Int) -> Bool = { _ in true }) {
        select(rowCount - 1, rowCount: rowCount, viewport: viewport, isSelectable: isSelectable)
    }

    /// Scrolls the view by `delta` rows (mouse wheel), pulling the selection along only
    /// when it would leave the view.
    public mutating func scroll(by delta: Int, rowCount: Int, viewport: Int,
                                isSelectable: (Int) -> Bool = { _ in true }) {
        guard rowCount > 0, viewport > 0 else { self = TableScroll(); return }
        offset = min(max(0, offset + delta), max(0, rowCount - viewport))
        if selected < offset {
            select(offset, rowCount: rowCount, viewport: viewport, isSelectable: isSelectable)
        } else if selected >= offset + viewport {
            select(offset + viewport - 1, rowCount: rowCount, viewport: viewport, isSelectable: isSelectable)
        }
    }

    func nearestSelectable(from index: Int, forward: Bool, rowCount: Int, isSelectable: (Int) -> Bool) -> Int? {
        var i = index
        while i >= 0 && i < rowCount {
            if isSelectable(i) { return i }
            i += forward ? 1 : -1
        }
        return nil
    }
}
