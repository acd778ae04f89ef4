/// What the fast loader shares between quarters' custom figures: their names, and whole
/// lists that repeat.
///
/// Every quarter naming the same figure gets one `String` (100,000 accounts with a
/// 20-letter name would otherwise hold 800,000 copies of it), and a list equal bit for bit
/// to one read shortly before (same names, same values: custom figures are mostly small
/// counts such as training hours) is that list's array again, not a new one. Both are
/// kept from their first sighting: a file has few of them, each read again and again.
struct CustomFigureSharing {
    /// Names read (a file has a few; 64 slots).
    var names = TextSharing(slotBits: 6, notingFirst: false)
    /// Lists read, by a hash of their contents.
    private var lists = SharingTable<CustomFigures>(slotBits: 9, notingFirst: false)

    /// `list`, or an earlier list with the same names and bit for bit the same values.
    mutating func shared(_ list: CustomFigures) -> CustomFigures {
        if list.isEmpty { return list }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over each name's length and value's bits
        for (name, value) in list {
            hash = (hash ^ UInt64(name.utf8.count)) &* 0x100_0000_01b3
            hash = (hash ^ value.bitPattern) &* 0x100_0000_01b3
        }
        return lists.shared(hash: hash, matches: { $0.isIdentical(to: list) }, make: { list })
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
