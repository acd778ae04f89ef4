/// A list that a decoding part appends to (its accounts, their spans) in chunks of a
/// fixed size rather than one array that doubles: the parts' lists are joined into one
/// array at the end, and a doubling array would hold up to twice its elements' room, all
/// of it alive beside the joined array while that is copied.
///
/// The first chunk grows as an array does (a small part stays small); later chunks are
/// reserved whole. `joined` copies the chunks of all parts into one array of exactly
/// their count, freeing each chunk once copied, so the join needs the final array and a
/// chunk at most, not the final array and the parts' arrays.
struct ChunkedList<Element> {
    /// Elements per chunk (a chunk of accounts is about 0.8 MB).
    static var chunkSize: Int { 4096 }
    private var chunks: [[Element]] = []
    /// How many elements were appended.
    private(set) var count = 0

    /// Appends `element` at the end.
    @inline(__always)
    mutating func append(_ element: Element) {
        if chunks.isEmpty {
            chunks.append([])
        } else if chunks[chunks.count - 1].count == Self.chunkSize {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// The elements of all `lists` in order, in one array with no room to spare; the lists
    /// are emptied (each chunk freed as soon as it is copied).
    static func joined(_ lists: inout [ChunkedList]) -> [Element] {
        let total = lists.reduce(0) { $0 + $1.count }
        var joined: [Element] = []
        joined.reserveCapacity(total)
        for index in lists.indices {
            var chunks = lists[index].chunks
            lists[index] = ChunkedList()
            for k in chunks.indices {
                joined.append(contentsOf: chunks[k])
                chunks[k] = []
            }
        }
        return joined
    }
}

extension ChunkedList: Sendable where Element: Sendable {}
