/// A quarter's custom figures (`custom:NAME` in scorecard KPIs): numbers by name, kept as a
/// short list sorted by name.
///
/// It reads like the `[String: Double]` it stands for (`QuarterFigures.custom`), without a
/// hash table per quarter: a quarter has a few custom figures, and the decoder gives every
/// quarter the same `String` for the same name, so 100,000 accounts share one copy of it.
/// Names are sorted and compared as `String` (`<`, `==`: Unicode canonical equivalence, as
/// dictionary keys are), so two lists are equal exactly when the dictionaries are.
public struct CustomFigures: Sendable, Equatable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// The figures sorted by name, each name once.
    @usableFromInline var figures: [(name: String, value: Double)]

    /// No figures.
    @inlinable public init() { figures = [] }

    /// The figures of a dictionary.
    public init(_ dictionary: [String: Double]) {
        figures = dictionary.map { (name: $0.key, value: $0.value) }
        figures.sort { $0.name < $1.name }
    }

    public init(dictionaryLiteral elements: (String, Double)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The figures as a dictionary.
    public var dictionary: [String: Double] {
        var result: [String: Double] = [:]
        result.reserveCapacity(figures.count)
        for (name, value) in figures { result[name] = value }
        return result
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { figures.count }
    @inlinable public subscript(position: Int) -> (name: String, value: Double) { figures[position] }

    /// The value named `name`; setting nil removes it.
    public subscript(name: String) -> Double? {
        get {
            let (i, found) = position(of: name)
            return found ? figures[i].value : nil
        }
        set {
            let (i, found) = position(of: name)
            switch (found, newValue) {
            case (true, let value?): figures[i].value = value
            case (true, nil): figures.remove(at: i)
            case (false, let value?): figures.insert((name, value), at: i)
            case (false, nil): break
            }
        }
    }

    /// Sets `value` for a name known not to be in the list yet and not sorting before the
    /// last one (as a decoder reading names in order finds them); otherwise as the subscript.
    public mutating func append(_ name: String, _ value: Double) {
        if let last = figures.last, !(last.name < name) {
            self[name] = value
        } else {
            figures.append((name, value))
        }
    }

    /// Reserves room for `count` figures.
    public mutating func reserveCapacity(_ count: Int) { figures.reserveCapacity(count) }

    /// Where `name` is, or where it would go.
    private func position(of name: String) -> (index: Int, found: Bool) {
        var low = 0, high = figures.count
        while low < high {
            let mid = (low + high) / 2
            if figures[mid].name < name { low = mid + 1 } else { high = mid }
        }
        return (low, low < figures.count && figures[low].name == name)
    }

    public static func == (lhs: CustomFigures, rhs: CustomFigures) -> Bool {
        lhs.figures.count == rhs.figures.count
            && zip(lhs.figures, rhs.figures).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }
}
