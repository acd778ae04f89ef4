/// The position of each id in a column of ids: the first position, should ids repeat.
///
/// An open-addressing table of 32-bit positions, at most half full: about 8–16 bytes per
/// row where a `[String: Int]` keeps a copy of each id and a 64-bit position at three
/// quarters full (about 60). The ids themselves are read from the column.
struct PositionIndex: Sendable {
    /// Position + 1 by slot; 0 is an empty slot.
    private let slots: [UInt32]
    private let ids: [String]
    /// How many different ids there are.
    let count: Int

    /// Indexes `ids` (fewer than 2^32 - 1).
    init(_ ids: [String]) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        var slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        var count = 0
        for (p, id) in ids.enumerated() {
            var slot = id.hashValue & mask
            while slots[slot] != 0 {
                if ids[Int(slots[slot]) - 1] == id { break }
                slot = (slot + 1) & mask
            }
            if slots[slot] == 0 {
                slots[slot] = UInt32(p + 1)
                count += 1
            }
        }
        self.count = count
        self.slots = slots
        self.ids = ids
    }

    /// The first position of `id`, or nil.
    subscript(id: String) -> Int? {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] != 0 {
            let p = Int(slots[slot]) - 1
            if ids[p] == id { return p }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
