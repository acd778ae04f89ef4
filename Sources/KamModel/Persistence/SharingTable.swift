/// A small bounded cache that the fast loader keeps values in by a hash, to hand out an
/// earlier equal value instead of a new copy: texts that recur across accounts, lists of
/// custom figures that repeat.
///
/// A fixed number of slots (allocated at the first use), chosen by the hash's top bits;
/// a value is looked for in four slots from there. A value not found takes the first free
/// slot, else one holding a note, else the home slot: a file with more distinct values
/// than slots keeps the recent ones. With `notingFirst`, a value is kept only the second
/// time its hash is seen, the first time only the hash is noted: a file of values that
/// never recur then costs a hash per value, and no kept value is pushed out of the table
/// (and released, its memory long out of the cache) for each one; the value's second copy
/// is kept and shared from the third on. The hash only picks slots: a kept
/// value is handed out only when the caller's `matches` says it is the same, so values
/// that merely hash alike never share. A plain value type: each decoding part has its
/// own (copies share nothing once written).
struct SharingTable<Value> {
    /// Each slot's hash: 0 when free; bit 0 set for a hash noted once (no value kept).
    private var hashes: [UInt64] = []
    private var values: [Value?] = []
    private let slotBits: Int
    private let notingFirst: Bool

    /// A table of 2^`slotBits` slots; `notingFirst` keeps values from their second sighting.
    init(slotBits: Int, notingFirst: Bool) {
        precondition(slotBits > 0 && slotBits < 32, "a table of 2 to 2^31 slots")
        self.slotBits = slotBits
        self.notingFirst = notingFirst
    }

    /// The value kept under `hash` for which `matches` is true; else `make()`'s value, kept
    /// (or, `notingFirst` and `hash` not noted before, only noted).
    @inline(__always)
    mutating func shared(hash: UInt64, matches: (Value) -> Bool, make: () -> Value) -> Value {
        let slotCount = 1 << slotBits
        if hashes.isEmpty {
            hashes = Array(repeating: 0, count: slotCount)
            values = Array(repeating: nil, count: slotCount)
        }
        let kept = (hash | 2) & ~1  // never 0, bit 0 clear
        let noted = kept | 1
        // A product's high bits depend on all of its factors' bits (the low ones only on the
        // low ones): the home slot is the top bits of the mixed hash.
        let home = Int(truncatingIfNeeded: ((hash ^ (hash >> 31)) &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - slotBits))
        var free = -1, note = -1
        for probe in 0..<4 {
            let k = (home + probe) & (slotCount - 1)
            let slotHash = hashes[k]
            if slotHash == kept {
                // Only here is a kept value looked at (its memory may be far from the cache).
                if let value = values[k], matches(value) { return value }
            } else if slotHash == noted {
                let value = make()
                hashes[k] = kept
                values[k] = value
                return value
            } else if slotHash == 0 {
                if free < 0 { free = k }
            } else if slotHash & 1 == 1, note < 0 {
                note = k
            }
        }
        let slot = free >= 0 ? free : note >= 0 ? note : home
        let value = make()
        hashes[slot] = notingFirst ? noted : kept
        if !notingFirst {
            values[slot] = value
        } else if note < 0, free < 0 {
            values[slot] = nil
        }
        return value
    }
}
