/// A small bounded cache that the fast loader keeps values in by a hash, to hand out an
/// earlier equal value instead of a new copy: texts that recur across accounts, lists of
/// custom figures that repeat.
///
/// A fixed number of slots (allocated at the first use), chosen by the hash's top bits;
/// a value is looked for in four slots from there, and a value not found takes the first
/// free one, else replaces the home slot, so a file with more distinct values than slots
/// keeps the recent ones. The hash only picks slots: a value is handed out only when the
/// caller's `matches` says it is the same, so values that merely hash alike never share.
/// A plain value type: each decoding part has its own (copies share nothing once written).
struct SharingTable<Value> {
    private var hashes: [UInt64] = []
    private var values: [Value?] = []
    private let slotBits: Int

    /// A table of 2^`slotBits` slots.
    init(slotBits: Int) {
        precondition(slotBits > 0 && slotBits < 32, "a table of 2 to 2^31 slots")
        self.slotBits = slotBits
    }

    /// The value kept under `hash` for which `matches` is true; else `make()`'s value, kept.
    @inline(__always)
    mutating func shared(hash: UInt64, matches: (Value) -> Bool, make: () -> Value) -> Value {
        let slotCount = 1 << slotBits
        if values.isEmpty {
            hashes = Array(repeating: 0, count: slotCount)
            values = Array(repeating: nil, count: slotCount)
        }
        // A product's high bits depend on all of its factors' bits (the low ones only on the
        // low ones): the home slot is the top bits of the mixed hash.
        let home = Int(truncatingIfNeeded: ((hash ^ (hash >> 31)) &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - slotBits))
        var free: Int?
        for probe in 0..<4 {
            let k = (home + probe) & (slotCount - 1)
            guard let kept = values[k] else {
                if free == nil { free = k }
                continue
            }
            if hashes[k] == hash, matches(kept) { return kept }
        }
        let value = make()
        let slot = free ?? home
        hashes[slot] = hash
        values[slot] = value
        return value
    }
}
