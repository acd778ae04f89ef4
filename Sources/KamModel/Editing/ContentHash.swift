/// The hash kam keeps of a workspace file's bytes, to tell whether the file changed and
/// which file a recovery journal was made against.
///
/// The bytes are cut into blocks of 1 MiB; each block is hashed with XXH64 (seed 0) and
/// the block hashes, as little-endian bytes, are hashed again with XXH64 seeded with the
/// byte count. The blocks are hashed on all cores (about 10 GB/s on two), and the result
/// does not depend on the number of cores. Journals written before this hash (round 2
/// and earlier) hold an FNV-1a hash instead: `Kind` tells them apart.
public enum ContentHash {
    /// Which hash a stored value is.
    public enum Kind: String, Sendable, Equatable {
        /// FNV-1a 64 over every byte, one at a time: the hash of journals written before `blocks`.
        case fnv1a = "fnv1a-64"
        /// XXH64 of 1 MiB blocks, combined: `ContentHash.of`.
        case blocks = "xxh64-blocks-1m"
    }

    /// The size of the independently hashed blocks.
    static let blockSize = 1 << 20

    /// The hash of `bytes` (`Kind.blocks`).
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// The hash of the bytes in `buffer` (`Kind.blocks`), with the blocks spread over
    /// `parts` threads (the result is the same for any number).
    public static func of(_ buffer: UnsafeRawBufferPointer, parts: Int = BothCores.parts) -> UInt64 {
        let blocks = (buffer.count + blockSize - 1) / blockSize
        let parts = blocks >= 8 ? max(1, min(parts, blocks)) : 1
        let base = UInt(bitPattern: buffer.baseAddress)
        let count = buffer.count
        let hashes = BothCores.map(parts) { part -> [UInt64] in
            let range = (blocks * part / parts)..<(blocks * (part + 1) / parts)
            return range.map { block in
                let start = block * blockSize
                let pointer = UnsafeRawPointer(bitPattern: base + UInt(start))
                return XXH64.hash(UnsafeRawBufferPointer(start: pointer, count: min(blockSize, count - start)))
            }
        }.flatMap { $0 }
        return combine(blockHashes: hashes, count: count)
    }

    /// The hash of one block of at most `blockSize` bytes, as `of` hashes each block.
    static func ofBlock(_ block: UnsafeRawBufferPointer) -> UInt64 { XXH64.hash(block) }

    /// The hash of `count` bytes whose consecutive `blockSize` blocks hash to `blockHashes`
    /// (`ofBlock`): the same value `of` gives for the bytes themselves.
    static func combine(blockHashes: [UInt64], count: Int) -> UInt64 {
        blockHashes.withUnsafeBytes { XXH64.hash($0, seed: UInt64(count)) }
    }

    /// The hash of `bytes` as `kind` computes it.
    public static func of(_ bytes: [UInt8], as kind: Kind) -> UInt64 {
        switch kind {
        case .fnv1a: return FileIdentity.fnv1a(bytes)
        case .blocks: return of(bytes)
        }
    }
}

/// XXH64 (Yann Collet's xxHash, 64-bit), as specified in xxhash.h: four lanes of 8-byte
/// words per 32-byte stripe, then the tail.
enum XXH64 {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    @inline(__always) private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* p2, 31) &* p1
    }

    @inline(__always) private static func merge(_ acc: UInt64, _ value: UInt64) -> UInt64 {
        (acc ^ round(0, value)) &* p1 &+ p4
    }

    /// The XXH64 hash of the bytes in `buffer` with `seed`.
    static func hash(_ buffer: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let length = buffer.count
        guard let base = buffer.baseAddress else { return finish(seed &+ p5, length: 0, tail: buffer) }
        var offset = 0
        var h: UInt64
        if length >= 32 {
            var v1 = seed &+ p1 &+ p2, v2 = seed &+ p2, v3 = seed, v4 = seed &- p1
            let limit = length - 32
            while offset <= limit {
                v1 = round(v1, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                v2 = round(v2, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
                v3 = round(v3, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
                v4 = round(v4, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
                offset += 32
            }
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            h = merge(h, v1)
            h = merge(h, v2)
            h = merge(h, v3)
            h = merge(h, v4)
        } else {
            h = seed &+ p5
        }
        return finish(h, length: length, tail: UnsafeRawBufferPointer(rebasing: buffer[offset...]))
    }

    /// Adds the length and the last 0–31 bytes, then avalanches.
    private static func finish(_ start: UInt64, length: Int, tail: UnsafeRawBufferPointer) -> UInt64 {
        var h = start &+ UInt64(length)
        var offset = 0
        let count = tail.count
        if let base = tail.baseAddress {
            while offset + 8 <= count {
                let k = round(0, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                h = rotl(h ^ k, 27) &* p1 &+ p4
                offset += 8
            }
            if offset + 4 <= count {
                let k = UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                h = rotl(h ^ (k &* p1), 23) &* p2 &+ p3
                offset += 4
            }
            while offset < count {
                h = rotl(h ^ (UInt64(tail[offset]) &* p5), 11) &* p1
                offset += 1
            }
        }
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }
}
