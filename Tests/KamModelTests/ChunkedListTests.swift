import Testing
@testable import KamModel

/// The decoding parts' lists in chunks (`ChunkedList`) against plain arrays.
@Suite struct ChunkedListTests {
    @Test("lists of 0 to several chunks join into the arrays appended, in order, with no room to spare")
    func joinedEqualsTheArraysAppended() {
        let size = ChunkedList<Int>.chunkSize
        let counts = [0, 1, size - 1, size, size + 1, 3 * size + 17]
        var lists: [ChunkedList<Int>] = []
        var expected: [Int] = []
        for (k, count) in counts.enumerated() {
            var list = ChunkedList<Int>()
            for i in 0..<count {
                list.append(k * 1_000_000 + i)
                expected.append(k * 1_000_000 + i)
            }
            #expect(list.count == count)
            lists.append(list)
        }
        let joined = ChunkedList.joined(&lists)
        #expect(joined == expected)
        #expect(joined.capacity < expected.count + expected.count / 8 + 16)
        #expect(lists.allSatisfy { $0.count == 0 }, "the lists are emptied")
        var none: [ChunkedList<Int>] = []
        #expect(ChunkedList.joined(&none).isEmpty)
    }
}
