import Testing
@testable import KamModel

/// The content hash of workspace files: XXH64 as specified, blocks hashed on all cores
/// giving the same result as on one.
@Suite struct ContentHashTests {
    private func xxh64(_ text: String, seed: UInt64 = 0) -> UInt64 {
        Array(text.utf8).withUnsafeBytes { XXH64.hash($0, seed: seed) }
    }

    @Test("XXH64 gives the published values (empty, short, one stripe and a tail)")
    func publishedValues() {
        #expect(xxh64("") == 0xEF46_DB37_51D8_E999)
        #expect(xxh64("a") == 0xD24E_C4F1_A98C_6E5B)
        #expect(xxh64("abc") == 0x44BC_2CF5_AD77_0999)
        #expect(xxh64("Nobody inspects the spammish repetition") == 0xFBCE_A83C_8A37_8BF1)
    }

    @Test("the block hash does not depend on how many cores hash the blocks")
    func partsDoNotMatter() {
        var generator = SplitMix(seed: 7)
        let bytes = (0..<(9 * ContentHash.blockSize + 12_345)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let one = bytes.withUnsafeBytes { ContentHash.of($0, parts: 1) }
        for parts in [2, 3, 8] {
            #expect(bytes.withUnsafeBytes { ContentHash.of($0, parts: parts) } == one)
        }
        #expect(ContentHash.of(bytes) == one)
    }

    @Test("changing, adding or moving one byte changes the hash, in any block")
    func everyByteCounts() {
        var generator = SplitMix(seed: 11)
        let bytes = (0..<(3 * ContentHash.blockSize + 100)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let original = ContentHash.of(bytes)
        for position in [0, 31, ContentHash.blockSize - 1, ContentHash.blockSize, 2 * ContentHash.blockSize + 5, bytes.count - 1] {
            var changed = bytes
            changed[position] ^= 0x01
            #expect(ContentHash.of(changed) != original, "byte \(position)")
        }
        #expect(ContentHash.of(bytes + [0]) != original)
        #expect(ContentHash.of(Array(bytes.dropLast())) != original)
        #expect(ContentHash.of([]) != ContentHash.of([0]))
    }

    @Test("the kinds are told apart: FNV-1a for old journals, blocks for new ones")
    func kinds() {
        let bytes = Array("{\"name\": \"x\"}\n".utf8)
        #expect(ContentHash.of(bytes, as: .fnv1a) == FileIdentity.fnv1a(bytes))
        #expect(ContentHash.of(bytes, as: .blocks) == ContentHash.of(bytes))
        #expect(ContentHash.Kind(rawValue: "fnv1a-64") == .fnv1a)
    }
}

/// A small deterministic random source for test data.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
