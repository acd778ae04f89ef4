import KamAnalytics
import KamModel

/// One column's values for every row of a table as dense ranks: equal values share a rank,
/// ranks follow `AccountSort.compare` from low to high (text by its lowercased form), and
/// rows without data get `missing`, one past the highest rank.
///
/// Sorting by a column then needs no values at all: a stable counting sort by rank (see
/// `AccountSort.order`). The ranks are computed once per table and column and kept in the
/// table's `AccountTableCache`.
struct ColumnRanks: Sendable {
    /// The rank of each row's value, in table order.
    let ranks: [UInt32]
    /// The rank of rows without data: the number of distinct values.
    let missing: UInt32

    /// The ranks of `values` (a column gives numbers or text, never both). NaN, which no
    /// measure gives, ranks after every other number.
    init(_ values: [ColumnValue]) {
        self.init(parts: [ColumnKeys(values[...])], values: { values })
    }

    /// The ranks from the keys of consecutive parts of a column, or from its `values`
    /// when the parts found both numbers and text, or text not in byte order.
    init(parts: [ColumnKeys], values: () -> [ColumnValue]) {
        let isMissing = Array(parts.map(\.missing).joined())
        let result: (ranks: [UInt32], missing: UInt32)
        if parts.allSatisfy({ $0.texts == nil && $0.numeric }) {
            result = Self.ranks(keys: Array(parts.map(\.keys).joined()), missing: isMissing)
        } else if parts.allSatisfy({ $0.texts != nil }) {
            result = PackedTexts(joining: parts.compactMap(\.texts)).ranks(missing: isMissing)
        } else {
            let values = values()
            if values.allSatisfy({ $0.isMissing || $0.number != nil }) {
                result = Self.ranks(keys: values.map { $0.number.map(Self.orderedBits) ?? 0 }, missing: isMissing)
            } else {
                result = Self.ranks(strings: values.map { $0.sortText.lowercased() }, missing: isMissing)
            }
        }
        (ranks, missing) = result
    }

    /// Ranks of 64-bit keys whose unsigned order is the values' order.
    private static func ranks(keys: [UInt64], missing isMissing: [Bool]) -> (ranks: [UInt32], missing: UInt32) {
        var sorted = KeyedRow.sorted(keys: keys, skipping: isMissing)
        var ranks = [UInt32](repeating: 0, count: keys.count)
        var rank: UInt32 = 0
        for i in sorted.indices {
            if i > 0 && sorted[i].key != sorted[i - 1].key { rank += 1 }
            ranks[Int(sorted[i].row)] = rank
        }
        if !sorted.isEmpty { rank += 1 }
        sorted = []
        for i in keys.indices where isMissing[i] { ranks[i] = rank }
        return (ranks, rank)
    }

    /// Ranks of lowercased `String`s compared as `String`s: for texts whose bytes are not
    /// in `String` order (see `PackedTexts`).
    private static func ranks(strings: [String], missing isMissing: [Bool]) -> (ranks: [UInt32], missing: UInt32) {
        let sorted = strings.indices.filter { !isMissing[$0] }.sorted { strings[$0] < strings[$1] }
        var ranks = [UInt32](repeating: 0, count: strings.count)
        var rank: UInt32 = 0
        for (i, row) in sorted.enumerated() {
            if i > 0 && strings[sorted[i - 1]] < strings[row] { rank += 1 }
            ranks[row] = rank
        }
        if !sorted.isEmpty { rank += 1 }
        for i in strings.indices where isMissing[i] { ranks[i] = rank }
        return (ranks, rank)
    }

    /// The bits of `x` as an unsigned number in the same order as `x` (-0 as 0).
    static func orderedBits(_ x: Double) -> UInt64 {
        let bits = (x == 0 ? 0 : x).bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }
}

/// The sort keys of a run of a column's values: numbers as `ColumnRanks.orderedBits`, or
/// the lowercased texts packed. Computed for parts of a column on all cores, each value
/// read once (reading 100,000 scattered texts is most of the cost).
struct ColumnKeys: Sendable {
    var keys: [UInt64] = []
    var missing: [Bool] = []
    /// Whether every value with data is a number.
    var numeric = true
    /// The texts, when some value is text and every text is in byte order.
    var texts: PackedTexts?

    init(_ values: some Sequence<ColumnValue>) {
        var texts: PackedTexts? = PackedTexts()
        for value in values {
            missing.append(value.isMissing)
            if let number = value.number {
                keys.append(ColumnRanks.orderedBits(number))
            } else {
                keys.append(0)
                if !value.isMissing { numeric = false }
            }
            // Packed while the text is at hand.
            if value.number == nil && !value.isMissing && texts != nil
                && !(texts?.append(lowercasing: value.sortText) ?? false) { texts = nil }
        }
        // Only a column of texts alone (no numbers, none missing) is ranked by its bytes.
        self.texts = texts.flatMap { $0.count == keys.count && !numeric ? $0 : nil }
    }
}

/// A row and its sort key.
struct KeyedRow {
    var key: UInt64
    var row: UInt32

    /// The rows not `skipping`, sorted by key (ties in row order): halves sorted on two
    /// cores, then merged.
    static func sorted(keys: [UInt64], skipping: [Bool]) -> [KeyedRow] {
        let n = keys.count
        let halves = BothCores.map(AccountTable.parts(n) > 1 ? 2 : 1) { half in
            let rows = half == 0 ? 0..<(n / 2) : (n / 2)..<n
            var sorted: [KeyedRow] = []
            sorted.reserveCapacity(rows.count)
            for i in (AccountTable.parts(n) > 1 ? rows : 0..<n) where !skipping[i] {
                sorted.append(KeyedRow(key: keys[i], row: UInt32(i)))
            }
            sorted.sort { $0.key < $1.key }
            return sorted
        }
        guard halves.count == 2 else { return halves.first ?? [] }
        let (left, right) = (halves[0], halves[1])
        var merged: [KeyedRow] = []
        merged.reserveCapacity(left.count + right.count)
        var l = 0, r = 0
        while l < left.count && r < right.count {
            // Ties from the left half first: its rows come first.
            if right[r].key < left[l].key {
                merged.append(right[r]); r += 1
            } else {
                merged.append(left[l]); l += 1
            }
        }
        merged.append(contentsOf: left[l...])
        merged.append(contentsOf: right[r...])
        return merged
    }
}

extension ColumnValue {
    /// The text a text column sorts by (before lowercasing).
    var sortText: String {
        if case .text(let text) = self { return text }
        return text(.standard)
    }
}

/// Lowercased texts packed one after another as UTF-8, compared 8 bytes at a time.
///
/// For texts whose scalars are all below U+0300 (ASCII, Latin-1, Latin Extended, IPA),
/// byte order is `String` order: such texts are in Unicode normal form C, and `String`
/// compares the scalars of that form, whose UTF-8 bytes sort as the scalars do. ASCII is
/// lowercased byte by byte (A-Z to a-z, what `lowercased()` does to it); other texts by
/// `lowercased()`.
struct PackedTexts: Sendable {
    private(set) var bytes: [UInt8]
    /// Where each text starts in `bytes`, and one more for the end of the last.
    private(set) var starts: [Int]

    /// No texts.
    init() {
        bytes = []
        starts = [0]
    }

    /// The texts, lowercased; nil when one has a scalar from U+0300 up (see `append`).
    init?(lowercasing texts: [String]) {
        self.init()
        for text in texts { guard append(lowercasing: text) else { return nil } }
    }

    /// Adds `text`, lowercased; false (and nothing added) when the lowercased text has a
    /// scalar from U+0300 up (a UTF-8 lead byte 0xCC or higher): then only `String`
    /// comparison gives `String` order.
    mutating func append(lowercasing text: String) -> Bool {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        if bytes[start...].contains(where: { $0 >= 0x80 }) {
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: text.lowercased().utf8)
            if bytes[start...].contains(where: { $0 >= 0xCC }) {
                bytes.removeSubrange(start...)
                return false
            }
        }
        // A-Z to a-z; a lowercased text has none left, and UTF-8 sequences have no ASCII bytes.
        for i in start..<bytes.count where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
        starts.append(bytes.count)
        return true
    }

    /// The number of texts.
    var count: Int { starts.count - 1 }

    /// `parts` one after another.
    init(joining parts: [PackedTexts]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        var starts: [Int] = [0]
        starts.reserveCapacity(parts.reduce(1) { $0 + $1.starts.count - 1 })
        for part in parts {
            let offset = bytes.count
            bytes.append(contentsOf: part.bytes)
            starts.append(contentsOf: part.starts.dropFirst().lazy.map { $0 + offset })
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// The rank of each text (equal texts share one), and of those `missing`, one past
    /// the highest.
    func ranks(missing isMissing: [Bool]) -> (ranks: [UInt32], missing: UInt32) {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                let view = View(bytes: bytes, starts: starts)
                var sorted = KeyedRow.sorted(keys: (0..<(starts.count - 1)).map { view.chunk($0, 0) }, skipping: isMissing)
                var ranks = [UInt32](repeating: 0, count: starts.count - 1)
                var next: UInt32 = 0
                sorted.withUnsafeMutableBufferPointer { sorted in
                    ranks.withUnsafeMutableBufferPointer { ranks in
                        view.rank(sorted, depth: 0, ranks: ranks, next: &next)
                    }
                }
                for i in isMissing.indices where isMissing[i] { ranks[i] = next }
                return (ranks, next)
            }
        }
    }

    /// The packed texts through pointers, so that comparisons touch no reference counts.
    private struct View {
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: UnsafeBufferPointer<Int>

        func length(_ i: UInt32) -> Int { starts[Int(i) + 1] - starts[Int(i)] }

        /// Bytes `8 * depth ..< 8 * depth + 8` of text `i` as a big-endian number, padded
        /// with zeros past the end: chunks order texts as their bytes do, up to padding.
        func chunk(_ i: Int, _ depth: Int) -> UInt64 {
            let start = starts[i] + 8 * depth, end = starts[i + 1]
            if end - start >= 8, let base = bytes.baseAddress {
                return UInt64(bigEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            }
            var chunk: UInt64 = 0
            for k in 0..<8 { chunk = chunk << 8 | UInt64(start + k < end ? bytes[start + k] : 0) }
            return chunk
        }

        /// Ranks the texts in `sorted`, sorted by their chunk `depth` and equal in the
        /// chunks before it, from rank `next` on: runs of equal chunks are sorted by the
        /// next chunk, and texts equal in every chunk by length (a zero-padded chunk
        /// equals one with zero bytes, so the shorter text, a prefix of the other, is first).
        func rank(_ sorted: UnsafeMutableBufferPointer<KeyedRow>, depth: Int,
                  ranks: UnsafeMutableBufferPointer<UInt32>, next: inout UInt32) {
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count && sorted[end].key == sorted[start].key { end += 1 }
                var run = UnsafeMutableBufferPointer(rebasing: sorted[start..<end])
                if run.count > 1 && run.contains(where: { length($0.row) > 8 * (depth + 1) }) {
                    for i in run.indices { run[i].key = chunk(Int(run[i].row), depth + 1) }
                    run.sort { $0.key < $1.key }
                    rank(run, depth: depth + 1, ranks: ranks, next: &next)
                } else {
                    if run.count > 1 { run.sort { length($0.row) < length($1.row) } }
                    for i in run.indices {
                        if i > 0 && length(run[i].row) != length(run[i - 1].row) { next += 1 }
                        ranks[Int(run[i].row)] = next
                    }
                    next += 1
                }
                start = end
            }
        }
    }
}
