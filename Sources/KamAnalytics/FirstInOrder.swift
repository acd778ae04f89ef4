/// The first `limit` items of a stream in a given order, kept while the items come in:
/// what sorting them all and keeping a prefix gives, holding at most twice `limit` at once.
///
/// Items that the order does not tell apart stay in the order they came in, as with the
/// standard library's (stable) sort. An item that comes after the `limit`-th kept one is
/// dropped at once, so a long stream mostly costs one comparison per item.
struct FirstInOrder<Element> {
    /// How many to keep; 0 or less keeps none.
    let limit: Int
    /// Whether the first item goes before the second.
    let areInIncreasingOrder: (Element, Element) -> Bool
    private var kept: [Element] = []
    /// The last of the first `limit` kept so far, once `limit` have come in.
    private var bound: Element?

    /// A selection of the first `limit` items in the order `areInIncreasingOrder`.
    init(limit: Int, by areInIncreasingOrder: @escaping (Element, Element) -> Bool) {
        self.limit = max(limit, 0)
        self.areInIncreasingOrder = areInIncreasingOrder
    }

    /// Takes the next item of the stream.
    mutating func add(_ item: Element) {
        guard limit > 0 else { return }
        if let bound, !areInIncreasingOrder(item, bound) { return }
        kept.append(item)
        if kept.count >= 2 * limit { trim() }
    }

    /// The first `limit` items taken, in order.
    var items: [Element] {
        var selection = self
        selection.trim()
        return selection.kept
    }

    /// Sorts what is kept and drops all after the first `limit`.
    private mutating func trim() {
        kept.sort(by: areInIncreasingOrder)
        if kept.count > limit { kept.removeLast(kept.count - limit) }
        if kept.count == limit { bound = kept.last }
    }
}
