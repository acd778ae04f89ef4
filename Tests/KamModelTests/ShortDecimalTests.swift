import Testing
@testable import KamModel

/// `ShortDecimal` gives back exactly the Double it was given, and takes every short decimal.
@Suite struct ShortDecimalTests {
    /// The Double a parser makes of `mantissa / 10^scale` written out as decimal text,
    /// by the standard library and by the workspace parser (which must agree).
    static func parsed(_ mantissa: Int64, scale: Int) throws -> Double {
        var digits = String(mantissa.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        let text = (mantissa < 0 ? "-" : "") + digits
        let value = try #require(Double(text))
        guard case .number(let ours) = try JSONParser.parse(Array(text.utf8)) else { throw ParseFailure() }
        #expect(ours.bitPattern == value.bitPattern, "\(text)")
        return value
    }

    struct ParseFailure: Error {}

    /// Stores `x` as a `ShortDecimal` if it can; true when it did, and it read back the same bits.
    static func roundTrips(_ x: Double) -> Bool? {
        guard let short = ShortDecimal(exactly: x) else { return nil }
        return short.value.bitPattern == x.bitPattern
    }

    @Test func shortDecimalsAreKeptExactly() throws {
        var generator = SplitMix(seed: 2026)
        var compact = 0
        for _ in 0..<200_000 {
            let digits = Int(generator.next() % 9) + 1  // 1 to 9 significant digits
            let low: Int64 = digits == 1 ? 0 : power(digits - 1)
            var mantissa = Int64.random(in: low..<power(digits), using: &generator)
            if generator.next() % 2 == 0 { mantissa = -mantissa }
            let scale = Int(generator.next() % 7)  // 0 to 6
            let x = try Self.parsed(mantissa, scale: scale)
            // The division of the two exact Doubles is the parsed value (IEEE rounds both
            // to nearest), so every mantissa below 2^28 is stored compactly.
            #expect(Double(mantissa) / pow10(scale) == x || (mantissa == 0 && x == 0))
            switch Self.roundTrips(x) {
            case true?: compact += 1
            case false?: Issue.record("\(mantissa)e-\(scale) read back as another Double")
            case nil: #expect(mantissa.magnitude >= 1 << 28, "\(mantissa)e-\(scale) should be compact")
            }
        }
        #expect(compact > 150_000)
    }

    @Test func theSmallestScaleIsChosen() throws {
        #expect(ShortDecimal(exactly: 98284)?.code == UInt32(98284 * 8))
        #expect(ShortDecimal(exactly: 4.3)?.code == UInt32(43 * 8 + 1))
        #expect(ShortDecimal(exactly: 0.63)?.code == UInt32(63 * 8 + 2))
        #expect(ShortDecimal(exactly: try Self.parsed(150, scale: 2))?.code == UInt32(15 * 8 + 1))
        #expect(ShortDecimal(exactly: -0.0000001)?.code == UInt32(bitPattern: -1 << 3) | 7)
        #expect(ShortDecimal(exactly: 0)?.code == 0)
    }

    @Test func otherValuesAreRefused() {
        let refused: [Double] = [
            -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .leastNormalMagnitude, .greatestFiniteMagnitude, 0.1 + 0.2, 1.0 / 3, 0.63.nextUp, 0.63.nextDown,
            Double(1 << 28), -Double(1 << 28), 268_435_455.5, 9_007_199_254_740_992, 1e300, 1e-300, 1e-8, 0.00000001,
            12_345_678.91, .pi,
        ]
        for x in refused { #expect(ShortDecimal(exactly: x) == nil, "\(x)") }
        let kept: [Double] = [Double(1 << 28 - 1), -Double(1 << 28 - 1), 26.843_545_5, 0.000_000_1, 1, -1, 0.5, 0.000_000_3]
        for x in kept { #expect(Self.roundTrips(x) == true, "\(x)") }
    }

    @Test func integersAreCompactUpTo2To28() {
        var generator = SplitMix(seed: 53)
        for _ in 0..<100_000 {
            let bits = Int(generator.next() % 53) + 1
            let n = Int64.random(in: 0..<(Int64(1) << bits), using: &generator)
            for x in n == 0 ? [0] : [Double(n), -Double(n)] {
                let kept = Self.roundTrips(x)
                #expect(kept != false)
                #expect((kept != nil) == (n < 1 << 28), "\(x)")
            }
        }
    }

    @Test func randomBitsAreNeverChanged() {
        var generator = SplitMix(seed: 64)
        for _ in 0..<200_000 {
            let x = Double(bitPattern: generator.next())
            #expect(Self.roundTrips(x) != false, "\(x.bitPattern)")
        }
    }

    func pow10(_ n: Int) -> Double { Double(power(n)) }

    func power(_ n: Int) -> Int64 { (0..<n).reduce(1) { product, _ in product * 10 } }
}
