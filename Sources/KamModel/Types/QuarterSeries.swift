/// An account's figures by quarter, sorted by quarter in one contiguous array.
///
/// It reads like the `[Quarter: QuarterFigures]` it replaces (`account.quarters[q]`,
/// `keys`, `values`, `for (quarter, figures) in account.quarters`, dictionary literals),
/// without a hash table per account, and iterates in quarter order. An account's quarters
/// are nearly always consecutive; then finding one is a subtraction, otherwise a binary
/// search over the quarters' running numbers (`Quarter.index`).
public struct QuarterSeries: Sendable, Equatable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// The figures in quarter order.
    @usableFromInline var figures: [QuarterFigures]
    /// The running number of each entry's quarter; empty when they run on from `start`
    /// without a gap.
    @usableFromInline var indexes: [Int]
    /// The running number of the first entry's quarter (0 when there are none).
    @usableFromInline var start: Int

    /// No quarters.
    public init() {
        figures = []
        indexes = []
        start = 0
    }

    /// The figures of a dictionary.
    public init(_ dictionary: [Quarter: QuarterFigures]) {
        self.init()
        let sorted = dictionary.sorted { $0.key < $1.key }
        figures = sorted.map(\.value)
        indexes = sorted.map(\.key.index)
        normalize()
    }

    public init(dictionaryLiteral elements: (Quarter, QuarterFigures)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, _ in preconditionFailure("a quarter appears twice in a literal") }))
    }

    // MARK: Lookup

    /// The position of the quarter with running number `index`, if it is there.
    @inlinable func position(ofIndex index: Int) -> Int? {
        if indexes.isEmpty {
            let (k, overflow) = index.subtractingReportingOverflow(start)
            return !overflow && k >= 0 && k < figures.count ? k : nil
        }
        let (k, found) = insertionPoint(ofIndex: index)
        return found ? k : nil
    }

    /// Where the quarter with running number `index` is or would go, in `indexes`.
    @usableFromInline func insertionPoint(ofIndex index: Int) -> (position: Int, found: Bool) {
        var low = 0, high = indexes.count
        while low < high {
            let mid = (low + high) / 2
            if indexes[mid] < index { low = mid + 1 } else { high = mid }
        }
        return (low, low < indexes.count && indexes[low] == index)
    }

    /// The quarter at `position`.
    @inlinable func quarter(at position: Int) -> Quarter {
        Quarter(index: indexes.isEmpty ? start + position : indexes[position])
    }

    /// The figures of `quarter`, nil when the account has none; setting nil removes them.
    public subscript(quarter: Quarter) -> QuarterFigures? {
        @inlinable get { self[quarterIndex: quarter.index] }
        set { set(newValue, quarterIndex: quarter.index) }
    }

    /// The figures of the quarter with running number `index` (`Quarter.index`): the
    /// analytics' loops over a period's quarters read them so.
    @inlinable public subscript(quarterIndex index: Int) -> QuarterFigures? {
        position(ofIndex: index).map { figures[$0] }
    }

    /// The revenue of the quarter with running number `index`, without copying its figures.
    @inlinable public func revenue(quarterIndex index: Int) -> Double? {
        guard let k = position(ofIndex: index) else { return nil }
        return figures[k].revenue
    }

    /// Calls `body` with each quarter and its figures, in quarter order, the figures read
    /// where they are: the save and the checks go through every account's, and a copy
    /// would count a reference to each of their shared parts.
    @inlinable func forEachInPlace(_ body: (Quarter, QuarterFigures) -> Void) {
        figures.withUnsafeBufferPointer { figures in
            for k in figures.indices { body(quarter(at: k), figures[k]) }
        }
    }

    /// True when the account has figures for `quarter`.
    @inlinable public func contains(_ quarter: Quarter) -> Bool { position(ofIndex: quarter.index) != nil }

    // MARK: Change

    /// Sets or (with nil) removes the figures of the quarter with running number `index`.
    mutating func set(_ newValue: QuarterFigures?, quarterIndex index: Int) {
        if let k = position(ofIndex: index) {
            if let newValue {
                figures[k] = newValue
            } else if indexes.isEmpty && k == figures.count - 1 {
                figures.removeLast()
                if figures.isEmpty { start = 0 }
            } else if indexes.isEmpty && k == 0 {
                figures.removeFirst()
                start += 1
            } else {
                spellOutIndexes()
                figures.remove(at: k)
                indexes.remove(at: k)
                normalize()
            }
            return
        }
        guard let newValue else { return }
        if figures.isEmpty {
            start = index
            figures.append(newValue)
        } else if indexes.isEmpty && index == start + figures.count {
            figures.append(newValue)
        } else {
            spellOutIndexes()
            let k = insertionPoint(ofIndex: index).position
            figures.insert(newValue, at: k)
            indexes.insert(index, at: k)
            normalize()
        }
    }

    /// Reserves room for `count` quarters.
    public mutating func reserveCapacity(_ count: Int) { figures.reserveCapacity(count) }

    /// Writes out every entry's running number (before a change that may leave a gap).
    private mutating func spellOutIndexes() {
        if indexes.isEmpty { indexes = Array(start..<start + figures.count) }
    }

    /// Keeps one form for each content: `start` is the first quarter's number (0 when
    /// empty), `indexes` is empty exactly when the quarters run on without a gap.
    private mutating func normalize() {
        guard let first = indexes.first, let last = indexes.last else {
            if figures.isEmpty { start = 0 }
            return
        }
        start = first
        if last - first == indexes.count - 1 { indexes = [] }
    }

    // MARK: Collection

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { figures.count }

    /// The quarter and figures at `position`, in quarter order.
    @inlinable public subscript(position: Int) -> (key: Quarter, value: QuarterFigures) {
        (quarter(at: position), figures[position])
    }

    /// The quarters, in order.
    public var keys: Keys { Keys(indexes: indexes, start: start, endIndex: figures.count) }

    /// The figures, in quarter order.
    public var values: [QuarterFigures] { figures }

    /// The first quarter with figures.
    public var firstQuarter: Quarter? { figures.isEmpty ? nil : quarter(at: 0) }

    /// The last quarter with figures.
    public var lastQuarter: Quarter? { figures.isEmpty ? nil : quarter(at: figures.count - 1) }

    /// The quarters of a `QuarterSeries`, in order.
    public struct Keys: RandomAccessCollection, Sendable {
        let indexes: [Int]
        let start: Int
        public let endIndex: Int
        public var startIndex: Int { 0 }
        public subscript(position: Int) -> Quarter {
            Quarter(index: indexes.isEmpty ? start + position : indexes[position])
        }
    }

    public static func == (lhs: QuarterSeries, rhs: QuarterSeries) -> Bool {
        lhs.start == rhs.start && lhs.indexes == rhs.indexes && lhs.figures == rhs.figures
    }
}
