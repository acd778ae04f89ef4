#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growing byte buffer written through a raw pointer: the fast writer's output.
///
/// Writing a byte is a capacity check and a store, with no array uniqueness check, no
/// retain and no bounds check per byte. Its owner calls `free()` exactly once.
struct ByteSink {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    /// Makes room for `more` bytes.
    @inline(__always) mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    @inline(__always) mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count += 1
    }

    /// Appends `text`'s bytes (ASCII literals: keys, punctuation).
    @inline(__always) mutating func text(_ text: StaticString) {
        bytes(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always) mutating func bytes(_ buffer: UnsafeRawBufferPointer) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        reserve(buffer.count)
        ByteSink.copy(source, to: UnsafeMutableRawPointer(base + count), count: buffer.count)
        count += buffer.count
    }

    /// Copies `n` bytes; up to 32 with a few overlapping word moves, which for the keys,
    /// punctuation and short texts a writer appends cost less than calling `memcpy`.
    @inline(__always) static func copy(_ source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer, count n: Int) {
        func move<T>(_ type: T.Type, at offset: Int) {
            destination.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: T.self), toByteOffset: offset, as: T.self)
        }
        switch n {
        case 16...32:
            move(UInt64.self, at: 0); move(UInt64.self, at: 8)
            move(UInt64.self, at: n - 16); move(UInt64.self, at: n - 8)
        case 8..<16:
            move(UInt64.self, at: 0); move(UInt64.self, at: n - 8)
        case 4..<8:
            move(UInt32.self, at: 0); move(UInt32.self, at: n - 4)
        case 1..<4:
            move(UInt8.self, at: 0); move(UInt8.self, at: n / 2); move(UInt8.self, at: n - 1)
        case 0:
            break
        default:
            memcpy(destination, source, n)
        }
    }

    mutating func bytes(_ array: [UInt8]) {
        array.withUnsafeBytes { bytes($0) }
    }

    /// `count` spaces.
    @inline(__always) mutating func spaces(_ n: Int) {
        reserve(n)
        (base + count).initialize(repeating: 0x20, count: n)
        count += n
    }

    /// The decimal digits of `value`, as `JSONWriter.appendInteger` writes them.
    mutating func integer(_ value: Int64) {
        reserve(20)
        if value < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        var magnitude = value.magnitude
        var digits = 1
        var limit: UInt64 = 10
        while digits < 20, magnitude >= limit {
            digits += 1
            limit = limit &* 10
        }
        var i = count + digits
        repeat {
            i -= 1
            base[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += digits
    }

    /// A JSON string literal, as `JSONWriter.appendString` writes it. A string that is
    /// printable ASCII without `"` or `\` (nearly all) is checked eight bytes at a time
    /// and copied whole; any other goes through `JSONWriter.appendString`. The string is
    /// read where it is, not copied: many accounts share one (a segment, a pooled text),
    /// and counting references to it from both cores at once costs more than the copy.
    mutating func string(_ value: String) {
        let plain = value.utf8.withContiguousStorageIfAvailable { quoted(UnsafeRawBufferPointer($0)) }
        if plain != true {
            var escaped: [UInt8] = []
            JSONWriter.appendString(value, to: &escaped)
            bytes(escaped)
        }
    }

    /// Appends `utf8` quoted and returns true when it needs no escape; else appends
    /// nothing and returns false.
    @inline(__always) mutating func quoted(_ utf8: UnsafeRawBufferPointer) -> Bool {
        guard let source = utf8.baseAddress else { text("\"\""); return true }
        guard ByteSink.isPlain(source, count: utf8.count) else { return false }
        reserve(utf8.count + 2)
        base[count] = 0x22
        ByteSink.copy(source, to: UnsafeMutableRawPointer(base + count + 1), count: utf8.count)
        base[count + utf8.count + 1] = 0x22
        count += utf8.count + 2
        return true
    }

    /// True when every byte is printable ASCII (0x20...0x7E) other than `"` and `\`; may
    /// say false for a few plain strings (a byte 0xFF next to another), never true for
    /// one that needs escaping.
    @inline(__always) static func isPlain(_ bytes: UnsafeRawPointer, count: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= count {
            let w = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let quote = w ^ (0x22 &* ones), backslash = w ^ (0x5C &* ones)
            // Bytes below 0x20; bytes 0x7F and above; zero bytes of `quote` or `backslash`.
            let control = (w &- 0x20 &* ones) & ~w
            let high = w | (w &+ ones)
            let zeros = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            if (control | high | zeros) & highs != 0 { return false }
            i += 8
        }
        while i < count {
            let b = bytes.load(fromByteOffset: i, as: UInt8.self)
            if b < 0x20 || b > 0x7E || b == 0x22 || b == 0x5C { return false }
            i += 1
        }
        return true
    }

    /// A JSON value on one line, as `JSONWriter.appendInline` writes it (unknown members).
    mutating func inline(_ value: JSONValue) {
        var written: [UInt8] = []
        JSONWriter.appendInline(value, to: &written)
        bytes(written)
    }

    /// A number as `JSONWriter.appendNumber` writes it (`FastNumberText`).
    mutating func number(_ value: Double) {
        FastNumberText.append(value, to: &self)
    }

    /// Appends `count` bytes of an open file from `offset`; false (with nothing appended)
    /// when they cannot all be read.
    mutating func append(reading descriptor: Int32, at offset: Int, count wanted: Int) -> Bool {
        reserve(wanted)
        var filled = 0
        while filled < wanted {
            let n = pread(descriptor, base + count + filled, wanted - filled, off_t(offset + filled))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            filled += n
        }
        count += wanted
        return true
    }

    /// The XXH64 hash (seed 0) of the bytes at `range`.
    func hash(of range: Range<Int>) -> UInt64 {
        XXH64.hash(UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count))
    }

    /// True when the bytes just before position `end` are `expected`.
    func holds(_ expected: [UInt8], endingAt end: Int) -> Bool {
        guard end >= expected.count, end <= count else { return false }
        return expected.withUnsafeBytes { memcmp(base + end - expected.count, $0.baseAddress!, expected.count) == 0 }
    }

    /// Drops the last `n` bytes.
    mutating func removeLast(_ n: Int) { count -= min(n, count) }

    /// Empties the sink, keeping its room.
    mutating func removeAll() { count = 0 }

    /// Frees the buffer (the sink must not be used after).
    func free() { base.deallocate() }
}

/// A few sinks kept for reuse, one per part of a job that runs on all cores: part `i`
/// uses only `sinks[i]`, so the parts never touch the same sink.
final class SinkPool: @unchecked Sendable {
    private let sinks: UnsafeMutablePointer<ByteSink>
    private let count: Int

    init(count: Int, capacity: Int) {
        self.count = count
        sinks = .allocate(capacity: count)
        sinks.initialize(from: (0..<count).map { _ in ByteSink(capacity: capacity) }, count: count)
    }

    subscript(part: Int) -> ByteSink {
        get { sinks[part] }
        set { sinks[part] = newValue }
    }

    /// Frees every sink's buffer (the pool must not be used after).
    func free() {
        for i in 0..<count { sinks[i].free() }
        sinks.deinitialize(count: count)
        sinks.deallocate()
    }
}
