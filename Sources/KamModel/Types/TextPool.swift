/// A numbered list of texts that packed records refer to by a 32-bit number instead of
/// holding a 16-byte `String` each (see `AccountRecords`).
///
/// Append-only and of a fixed capacity: a text once added keeps its number and its place,
/// so records packed against the pool stay valid as it grows, and readers never see the
/// storage move. Only the `TextPoolBuilder` that made a pool adds to it, from one thread;
/// the records that refer to a text are made after it is added, so any thread that reaches
/// such a record reads a text already in place.
public final class TextPool: @unchecked Sendable {
    // Written only by the builder, before any reader can reach the texts (see above): the
    // run-time exclusivity checks, which cost more than the reads, are left out.
    @exclusivity(unchecked) private var texts: UnsafeMutablePointer<String>
    /// How many texts the pool can hold.
    @exclusivity(unchecked) private(set) var capacity: Int
    /// How many texts it holds.
    @exclusivity(unchecked) private(set) var count = 0

    /// An empty pool with room for `capacity` texts.
    init(capacity: Int) {
        self.capacity = capacity
        texts = .allocate(capacity: max(1, capacity))
    }

    deinit {
        texts.deinitialize(count: count)
        texts.deallocate()
    }

    /// The text numbered `number`.
    @inline(__always)
    subscript(number: UInt32) -> String { texts[Int(number)] }

    /// Appends the text numbered `number` as a JSON string literal, read where it is (the
    /// save's writer: a pooled text is shared by many records, on both cores).
    @inline(__always)
    func appendQuoted(_ number: UInt32, to out: inout ByteSink) { out.string(texts[Int(number)]) }

    /// Gives back the room no text was added to: for a pool that only its builder has seen
    /// (the texts move).
    func trim() {
        guard count < capacity else { return }
        let smaller = UnsafeMutablePointer<String>.allocate(capacity: max(1, count))
        smaller.moveInitialize(from: texts, count: count)
        texts.deallocate()
        texts = smaller
        capacity = count
    }

    /// Whether `n` more texts fit.
    func hasRoom(for n: Int) -> Bool { count + n <= capacity }

    /// Adds `text` (the pool must have room) and returns its number.
    fileprivate func append(_ text: String) -> UInt32 {
        precondition(count < capacity, "a text pool is appended to only within its capacity")
        (texts + count).initialize(to: text)
        count += 1
        return UInt32(count - 1)
    }
}

/// Adds texts to a `TextPool`, handing out the number of the same text added shortly
/// before instead of adding it again: the fast loader's way of keeping the words that
/// recur across accounts (an activity's text, a contact's title) once.
///
/// The loader has already made equal texts one `String` (`TextSharing`), so a text is
/// looked for by the `String` itself, its two words, in a bounded `SharingTable`: equal
/// words are the same inline text or the same heap object (which the pool keeps alive,
/// so its address is not reused while the table can name it), never a different text.
/// Equal texts in different objects get a number each, as they had a `String` each before.
/// When the pool is full the builder starts a new one; records packed before keep the
/// old one alive.
public struct TextPoolBuilder {
    /// The pool texts are added to now.
    public private(set) var pool: TextPool
    private let poolCapacity: Int
    private let slotBits: Int
    private var table: SharingTable<Entry>

    /// A text added: the words of its `String` and its number in the pool.
    private struct Entry {
        var words: (UInt64, UInt64)
        var number: UInt32
    }

    /// A builder whose pools hold `poolCapacity` texts each and whose table has
    /// 2^`slotBits` slots (the loader's default: 64k texts, 4,096 slots).
    public init(poolCapacity: Int = 1 << 16, slotBits: Int = 12) {
        precondition(poolCapacity > 0 && poolCapacity <= Int(UInt32.max), "a pool numbers its texts in 32 bits")
        self.poolCapacity = poolCapacity
        self.slotBits = slotBits
        pool = TextPool(capacity: 0)  // the first `reserve` makes the first real one
        table = SharingTable(slotBits: slotBits, notingFirst: false)
    }

    /// Makes sure the current pool has room for `n` more texts, starting a new pool (of at
    /// least `n`) when it has not: the texts of one account's records all go to one pool.
    public mutating func reserve(_ n: Int) {
        guard !pool.hasRoom(for: n) else { return }
        pool = TextPool(capacity: max(poolCapacity, n))
        table = SharingTable(slotBits: slotBits, notingFirst: false)
    }

    /// The number of `text` in the current pool (which must have room, see `reserve`).
    public mutating func number(of text: String) -> UInt32 {
        let words = unsafeBitCast(text, to: (UInt64, UInt64).self)
        var hash = (words.0 ^ (words.1 &* 0x9e37_79b9_7f4a_7c15)) &* 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 31
        let pool = self.pool
        return table.shared(hash: hash, matches: { $0.words == words },
                            make: { Entry(words: words, number: pool.append(text)) }).number
    }
}
