/// What the fast loader shares between quarters' custom figures: their names, and whole
/// lists that repeat.
///
/// Every quarter naming the same figure gets one `String` (100,000 accounts with a
/// 20-letter name would otherwise hold 800,000 copies of it), and a list equal bit for bit
/// to one read shortly before (same names, same values: custom figures are mostly small
/// counts such as training hours) is that list's array again, not a new one.
struct CustomFigureSharing {
    /// Names kept, at most `nameCapacity`; a file with more distinct names gets the rest unshared.
    private var names: [String] = []
    private static let nameCapacity = 64
    /// Lists read, by a hash of their contents; empty until the first list.
    private var lists: [CustomFigures?] = []
    private static let listSlots = 512
    private static let slotShift: UInt64 = 64 - 9  // 2^9 = listSlots

    /// The name spelled by `bytes` (valid UTF-8), shared with earlier ones spelled the same.
    mutating func name(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        for name in names where name.utf8.count == bytes.count {
            let same = name.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) }
                ?? name.utf8.elementsEqual(bytes)
            if same { return name }
        }
        let name = String(decoding: bytes, as: UTF8.self)
        if names.count < Self.nameCapacity { names.append(name) }
        return name
    }

    /// `list`, or an earlier list with the same names and bit for bit the same values.
    mutating func shared(_ list: CustomFigures) -> CustomFigures {
        if list.isEmpty { return list }
        if lists.isEmpty { lists = Array(repeating: nil, count: Self.listSlots) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over each name's length and value's bits
        for (name, value) in list {
            hash = (hash ^ UInt64(name.utf8.count)) &* 0x100_0000_01b3
            hash = (hash ^ value.bitPattern) &* 0x100_0000_01b3
        }
        // A product's high bits depend on all of its factors' bits (the low ones only on the
        // low ones, and a small count's bits are the high ones): the slot is the top 9 bits.
        let slot = Int(((hash ^ (hash >> 31)) &* 0x9e37_79b9_7f4a_7c15) >> Self.slotShift)
        // Four slots from there: the first list that is the same, else the first free slot,
        // else the home slot (a cache: a file with many different lists keeps recent ones).
        var free: Int?
        for probe in 0..<4 {
            let k = (slot + probe) & (Self.listSlots - 1)
            guard let cached = lists[k] else {
                if free == nil { free = k }
                continue
            }
            if cached.isIdentical(to: list) { return cached }
        }
        lists[free ?? slot] = list
        return list
    }
}

extension CustomFigures {
    /// True when both have the same names in the same order and the same values bit for
    /// bit (so `-0` and `0` differ, as they do in a file).
    func isIdentical(to other: CustomFigures) -> Bool {
        figures.count == other.figures.count
            && zip(figures, other.figures).allSatisfy { $0.name == $1.name && $0.value.bitPattern == $1.value.bitPattern }
    }
}
