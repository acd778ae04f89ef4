/// The JSON text of the pooled texts one part of a save has written, by number in their
/// pool: written again, such a text is a copy of those bytes.
///
/// A pooled text (an activity's wording, a contact's title) recurs in thousands of
/// records. Writing it from its `String` each time costs a reference count that both
/// cores share, and the check for characters to escape. The memo keeps one pool's texts
/// at a time (accounts written one after the other were loaded into the same pool), and
/// forgets them when the part moves on to another pool or its bytes pass `limit`. Each
/// part of a save has its own: one thread uses a memo at a time.
final class PooledTextMemo: @unchecked Sendable {
    /// Bytes kept before the memo starts again (the texts of one pool take far less).
    static let limit = 4 << 20

    /// The pool whose texts are kept (held, so that it is never another pool at its address).
    private var pool: TextPool?
    /// For each number of the pool: where its text starts in `texts`, -1 when not written yet.
    private var starts: [Int32] = []
    /// Where it ends.
    private var ends: [Int32] = []
    private var texts = ByteSink(capacity: 1 << 16)

    deinit { texts.free() }

    /// Appends text `number` of `pool` as a JSON string literal, as `TextPool.appendQuoted`.
    func append(_ number: UInt32, of pool: TextPool, to out: inout ByteSink) {
        let n = Int(number)
        if self.pool !== pool || texts.count > Self.limit { start(pool) }
        if n < starts.count, starts[n] >= 0 {
            let start = Int(starts[n])
            out.bytes(UnsafeRawBufferPointer(start: texts.base + start, count: Int(ends[n]) - start))
            return
        }
        let from = out.count
        pool.appendQuoted(number, to: &out)
        guard n < starts.count else { return }
        starts[n] = Int32(texts.count)
        texts.bytes(UnsafeRawBufferPointer(start: out.base + from, count: out.count - from))
        ends[n] = Int32(texts.count)
    }

    /// Forgets what was kept, to keep `pool`'s texts.
    private func start(_ pool: TextPool) {
        self.pool = pool
        let numbers = min(pool.capacity, Int(Int32.max))
        if starts.count == numbers {
            starts.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
        } else {
            starts = Array(repeating: -1, count: numbers)
            ends = Array(repeating: 0, count: numbers)
        }
        texts.removeAll()
    }
}
