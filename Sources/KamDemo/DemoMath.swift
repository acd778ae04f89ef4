/// Natural logarithm and exponential built from basic arithmetic only.
///
/// The platform's `log` and `exp` may differ in the last bit between C libraries; these
/// use only correctly rounded operations, so the demo is identical everywhere.
enum DemoMath {
    static let ln2 = 0.6931471805599453

    /// The natural logarithm of a positive finite `x` (accurate to about 1e-15 relative).
    static func log(_ x: Double) -> Double {
        precondition(x > 0 && x.isFinite, "log needs a positive finite number")
        // x = m * 2^e with m in [1, 2); log(m) = 2 atanh(s), s = (m - 1) / (m + 1) <= 1/3.
        var m = x.significand
        var e = Double(Int(x.exponent))
        if m > 1.4142135623730951 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var term = s
        var sum = 0.0
        var k = 1.0
        while k < 60 {
            sum += term / k
            term *= s2
            k += 2
        }
        return 2 * sum + e * ln2
    }

    /// e raised to `x`; `x` is clamped to ±700 so the result stays finite and non-zero.
    static func exp(_ x: Double) -> Double {
        let y = min(700, max(-700, x))
        let k = (y / ln2).rounded()
        let r = y - k * ln2
        var term = 1.0
        var sum = 1.0
        var n = 1.0
        while n < 24 {
            term = term * r / n
            sum += term
            n += 1
        }
        return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
    }

    /// `x` raised to `power`, for positive `x`.
    static func pow(_ x: Double, _ power: Double) -> Double {
        exp(log(x) * power)
    }

    /// `x` rounded to `places` decimal places.
    static func round(_ x: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (x * scale).rounded() / scale
    }
}
