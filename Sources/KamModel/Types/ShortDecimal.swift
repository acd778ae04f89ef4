/// A figure in 32 bits: the short decimal it was written as (98284, 4.3, 0.63), as
/// `mantissa / 10^scale`.
///
/// The upper 29 bits hold the signed mantissa (below 2^28 in magnitude), the lower 3 the
/// scale (0 to 7). Reading divides two Doubles that are both exact (an integer below 2^28,
/// a power of ten up to 10^7), and IEEE division rounds correctly: the result is the Double
/// nearest to the decimal, which is the one a correct parser makes of its text. Storing
/// never assumes that: `init?(exactly:)` keeps a value only when reading it back gives the
/// very same bits, and is nil for every other (-0, infinities, NaN, longer or larger
/// numbers), which the owner then keeps as a plain `Double`.
@usableFromInline struct ShortDecimal: Sendable {
    /// The mantissa shifted left by 3, or-ed with the scale.
    @usableFromInline let code: UInt32

    /// 0.
    @usableFromInline static let zero = ShortDecimal(code: 0)

    /// Mantissas stay below this in magnitude.
    static let mantissaLimit = Double(1 << 28)

    @inlinable init(code: UInt32) { self.code = code }

    /// The value, exactly as it was stored.
    @inlinable var value: Double {
        Double(Int32(bitPattern: code) >> 3) / Self.powerOfTen(code & 7)
    }

    /// 10^scale for a scale of 0 to 7 (a switch the compiler turns into a table).
    @inlinable static func powerOfTen(_ scale: UInt32) -> Double {
        switch scale {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1000
        case 4: 10000
        case 5: 100_000
        case 6: 1_000_000
        default: 10_000_000
        }
    }

    /// `value` with the smallest scale that reads back as exactly `value` (the same bits),
    /// or nil when no scale does.
    init?(exactly value: Double) {
        if value == 0 && value.sign == .minus { return nil }
        var scale: UInt32 = 0
        while scale < 8 {
            let scaled = value * Self.powerOfTen(scale)
            // Larger scales only make it larger; NaN fails here too.
            guard abs(scaled) < Self.mantissaLimit else { return nil }
            // Rounded by truncating and correcting, without a library call: a value that
            // has this scale is within far less than 0.5 of its mantissa.
            var mantissa = Int32(scaled)
            let rest = scaled - Double(mantissa)
            if rest >= 0.5 { mantissa += 1 } else if rest <= -0.5 { mantissa -= 1 }
            let candidate = ShortDecimal(code: UInt32(bitPattern: mantissa << 3) | scale)
            if candidate.value.bitPattern == value.bitPattern {
                self = candidate
                return
            }
            scale += 1
        }
        return nil
    }
}
