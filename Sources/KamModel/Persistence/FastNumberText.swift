/// Writes a JSON number exactly as `JSONWriter.appendNumber` does (the reference text), but
/// without making a String for the common values: integers below 2^53, and values of
/// magnitude below 2^33 with one to three decimals.
///
/// A non-integral `x` is written with `k` decimals when `k` (1, 2 or 3) is the smallest
/// for which `n = (x * 10^k).rounded()` gives back `Double(n) / 10^k == x` exactly. Then
/// the decimal `n / 10^k` reads back as `x`, and no shorter decimal does (one with fewer
/// decimals would have been found with a smaller `k`; an integer is always exact), so it
/// is the shortest round-trip form `Double.description` writes; below 2^33 a double's
/// spacing is under 10^-3, so it is also the only one with `k` decimals. Every other value
/// goes through `description`. `FastWriterTests` compares both on many random and edge values.
enum FastNumberText {
    /// 2^53: below it every integer is a Double.
    static let integerLimit = 9_007_199_254_740_992.0
    /// 2^33: the decimal fast path's limit.
    static let decimalLimit = 8_589_934_592.0
    private static let scales: (Double, Double, Double) = (10, 100, 1000)

    /// Appends `number` as `JSONWriter.appendNumber` writes it.
    static func append(_ number: Double, to out: inout ByteSink) {
        guard number.isFinite else { out.text("null"); return }
        let magnitude = abs(number)
        // Conversions to Int64 (one instruction each way) instead of library rounding calls.
        if magnitude < integerLimit, Double(Int64(number)) == number {
            out.integer(Int64(number))
        } else if magnitude < decimalLimit, let (n, k) = shortDecimal(number) {
            appendDecimal(n, decimals: k, to: &out)
        } else {
            var text = number.description
            text.withUTF8 { out.bytes(UnsafeRawBufferPointer($0)) }
        }
    }

    /// `(n, k)` with `Double(n) / 10^k == x` for the smallest `k` in 1...3, or nil
    /// (`|x|` below `decimalLimit`).
    @inline(__always) static func shortDecimal(_ x: Double) -> (Int64, Int)? {
        if let n = scaled(x, by: scales.0) { return (n, 1) }
        if let n = scaled(x, by: scales.1) { return (n, 2) }
        if let n = scaled(x, by: scales.2) { return (n, 3) }
        return nil
    }

    /// `x * scale` rounded half away from zero, when it divides back to exactly `x`.
    @inline(__always) private static func scaled(_ x: Double, by scale: Double) -> Int64? {
        let s = x * scale
        var n = Int64(s)
        let rest = s - Double(n)
        if rest >= 0.5 { n += 1 } else if rest <= -0.5 { n -= 1 }
        return Double(n) / scale == x ? n : nil
    }

    /// `n / 10^decimals` with exactly `decimals` digits after the point.
    private static func appendDecimal(_ n: Int64, decimals: Int, to out: inout ByteSink) {
        if n < 0 { out.byte(UInt8(ascii: "-")) }
        let magnitude = n.magnitude
        let scale: UInt64 = decimals == 1 ? 10 : decimals == 2 ? 100 : 1000
        out.integer(Int64(magnitude / scale))
        out.byte(UInt8(ascii: "."))
        var fraction = magnitude % scale
        var divisor = scale / 10
        for _ in 0..<decimals {
            out.byte(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// The text `append` writes for `number` (for tests).
    static func text(_ number: Double) -> String {
        var sink = ByteSink(capacity: 32)
        defer { sink.free() }
        append(number, to: &sink)
        return String(decoding: UnsafeBufferPointer(start: sink.base, count: sink.count), as: UTF8.self)
    }
}
