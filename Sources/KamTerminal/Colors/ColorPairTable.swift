/// The colour pairs handed out so far: (foreground, background) to pair number.
///
/// Pairs are allocated on demand, first come first served, from 1 up to the terminal's
/// limit; pair 0 is always the terminal's default colours. Pure: the painter tells
/// ncurses about each new pair.
struct ColorPairTable: Sendable {
    /// A foreground and background colour number, as ncurses takes them.
    struct Colors: Hashable, Sendable {
        var foreground: Int32
        var background: Int32
    }

    /// What `pair(for:)` found.
    enum Lookup: Equatable, Sendable {
        /// The pair already exists.
        case existing(Int32)
        /// A new pair number that must be initialised with the colours before use.
        case new(Int32)
        /// The terminal has no pairs left: draw in the default colours.
        case exhausted
    }

    /// How many pairs the terminal has (ncurses `COLOR_PAIRS`), pair 0 included.
    let capacity: Int
    private var pairs: [Colors: Int32] = [:]
    private var next: Int32 = 1

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The pair for `colors`, allocating one if it is new.
    mutating func pair(for colors: Colors) -> Lookup {
        if colors.foreground == ColorConverter.defaultColor && colors.background == ColorConverter.defaultColor {
            return .existing(0)
        }
        if let pair = pairs[colors] { return .existing(pair) }
        guard Int(next) < capacity else { return .exhausted }
        let pair = next
        next += 1
        pairs[colors] = pair
        return .new(pair)
    }

    /// The number of pairs allocated so far, pair 0 not counted.
    var count: Int { pairs.count }
}
