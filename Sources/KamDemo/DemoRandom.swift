/// A seeded SplitMix64 random source that gives the same numbers on every machine and Swift version.
///
/// Only integer arithmetic and correctly rounded floating-point operations are used, so a
/// seed always produces the same stream. Each part of the demo draws from its own stream
/// (`DemoRandom(seed:stream:)`), so one account's data does not depend on how many numbers
/// another account used.
struct DemoRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one purpose, such as one account (`stream`) and one aspect (`salt`).
    init(seed: UInt64, stream: UInt64, salt: UInt64 = 0) {
        var mixer = DemoRandom(seed: seed ^ 0x6A09_E667_F3BC_C908)
        let a = mixer.next()
        var mixer2 = DemoRandom(seed: a ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        let b = mixer2.next()
        var mixer3 = DemoRandom(seed: b ^ (salt &* 0xBF58_476D_1CE4_E5B9))
        state = mixer3.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform number in `range`.
    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    /// A uniform integer in [0, count); 0 when `count` is 0 or less.
    mutating func index(_ count: Int) -> Int {
        guard count > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + index(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[index(items.count)]
    }

    /// The index of one of `weights`, chosen with probability proportional to its weight.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var r = unit() * total
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }

    /// An approximately standard normal number (Irwin-Hall sum of four uniforms, within ±3.46).
    mutating func normal() -> Double {
        (unit() + unit() + unit() + unit() - 2) * 1.7320508075688772
    }

    /// `count` distinct indexes in [0, n), in random order (partial Fisher-Yates).
    mutating func sample(_ count: Int, from n: Int) -> [Int] {
        var pool = Array(0..<n)
        let k = min(count, n)
        for i in 0..<k {
            let j = i + index(n - i)
            pool.swapAt(i, j)
        }
        return Array(pool[0..<k])
    }

    /// A random permutation of 0..<n.
    mutating func permutation(_ n: Int) -> [Int] {
        sample(n, from: n)
    }
}
