/// The byte-level steps of `FastWorkspaceDecoder`: object and array walking, keys matched
/// on bytes, and typed values that give up (throw) on anything that is not plainly valid.
///
/// Any throw means "not the simple case": the caller then reads the file with the
/// reference reader, which reports exactly what is wrong and where.
extension JSONScanner {
    /// Gives up on the fast path.
    static let giveUp = JSONScanError(offset: 0, message: "not on the fast path")

    /// Where an object key's bytes are, without its quotes.
    struct KeySpan {
        let start: Int
        let length: Int
    }

    // MARK: Structure

    /// Consumes `{` and whitespace; false (after consuming `}`) when the object is empty.
    @inline(__always)
    mutating func enterObject() throws(JSONScanError) -> Bool {
        guard pos < count, base[pos] == UInt8(ascii: "{") else { throw Self.giveUp }
        pos += 1
        skipWhitespace()
        if pos < count, base[pos] == UInt8(ascii: "}") { pos += 1; return false }
        return true
    }

    /// Consumes `[` and whitespace; false (after consuming `]`) when the array is empty.
    @inline(__always)
    mutating func enterArray() throws(JSONScanError) -> Bool {
        guard pos < count, base[pos] == UInt8(ascii: "[") else { throw Self.giveUp }
        pos += 1
        skipWhitespace()
        if pos < count, base[pos] == UInt8(ascii: "]") { pos += 1; return false }
        return true
    }

    /// After a member or element: true when `,` follows (consumed, with whitespace), false
    /// when `close` does (consumed).
    @inline(__always)
    mutating func next(close: UInt8) throws(JSONScanError) -> Bool {
        skipWhitespace()
        guard pos < count else { throw Self.giveUp }
        let byte = base[pos]
        pos += 1
        if byte == UInt8(ascii: ",") { skipWhitespace(); return true }
        if byte == close { return false }
        throw Self.giveUp
    }

    /// Reads `"key":` and the whitespace after it. A key with an escape gives up (it could
    /// spell a known key); a key with other non-ASCII bytes is read but matches no known key.
    @inline(__always)
    mutating func readKey() throws(JSONScanError) -> KeySpan {
        guard pos < count, base[pos] == UInt8(ascii: "\"") else { throw Self.giveUp }
        let start = pos + 1
        var end = start
        while end < count {
            let byte = base[end]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { throw Self.giveUp }
            if byte >= 0x80 {
                // Validate through the string reader, then carry on after it.
                _ = try parseString()
                end = pos - 1
                break
            }
            end += 1
        }
        guard end < count else { throw Self.giveUp }
        pos = end + 1
        skipWhitespace()
        guard pos < count, base[pos] == UInt8(ascii: ":") else { throw Self.giveUp }
        pos += 1
        skipWhitespace()
        return KeySpan(start: start, length: end - start)
    }

    /// True when the key's bytes are `word`.
    @inline(__always)
    func key(_ key: KeySpan, is word: StaticString) -> Bool {
        guard key.length == word.utf8CodeUnitCount else { return false }
        let letters = word.utf8Start
        var i = 0
        while i < key.length {
            if base[key.start + i] != letters[i] { return false }
            i += 1
        }
        return true
    }

    /// The key as a String (for members kept as `extra`).
    func keyText(_ key: KeySpan) -> String {
        String(decoding: UnsafeBufferPointer(start: base + key.start, count: key.length), as: UTF8.self)
    }

    /// Reads an unknown member's value and appends it to `extra`; a repeated key gives up.
    mutating func readExtra(_ key: KeySpan, depth: Int, into extra: inout JSONObject) throws(JSONScanError) {
        let name = keyText(key)
        if extra.members.contains(where: { $0.key == name }) { throw Self.giveUp }
        extra.members.append((name, try parseValue(depth: depth)))
    }

    // MARK: Values

    /// Consumes `null` if it is next.
    @inline(__always)
    mutating func skipNull() -> Bool {
        guard pos + 3 < count, base[pos] == UInt8(ascii: "n"), base[pos + 1] == UInt8(ascii: "u"),
              base[pos + 2] == UInt8(ascii: "l"), base[pos + 3] == UInt8(ascii: "l") else { return false }
        pos += 4
        return true
    }

    /// A string; anything else (null included) gives up. When `shared`, a text that recurs
    /// (titles, activity texts) is shared with an equal one read before (`TextSharing`).
    @inline(__always)
    mutating func readString(shared: Bool = false) throws(JSONScanError) -> String {
        guard pos < count, base[pos] == UInt8(ascii: "\"") else { throw Self.giveUp }
        return try parseString(shared: shared)
    }

    /// A string, or nil for null; shared as `readString(shared:)` says.
    @inline(__always)
    mutating func readOptionalString(shared: Bool = false) throws(JSONScanError) -> String? {
        if skipNull() { return nil }
        return try readString(shared: shared)
    }

    /// A number; anything else (null included) gives up.
    @inline(__always)
    mutating func readNumber() throws(JSONScanError) -> Double {
        guard pos < count else { throw Self.giveUp }
        let byte = base[pos]
        guard byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") < 10 else { throw Self.giveUp }
        return try parseNumber()
    }

    /// A number, or nil for null.
    @inline(__always)
    mutating func readOptionalNumber() throws(JSONScanError) -> Double? {
        if skipNull() { return nil }
        return try readNumber()
    }

    /// A whole number that fits an Int (as `ObjectReader.integer` accepts).
    @inline(__always)
    mutating func readInteger() throws(JSONScanError) -> Int {
        let number = try readNumber()
        guard number.rounded() == number, abs(number) < 9.0e15 else { throw Self.giveUp }
        return Int(number)
    }

    /// `true` or `false`, or nil for null.
    mutating func readOptionalBool() throws(JSONScanError) -> Bool? {
        if skipNull() { return nil }
        if pos + 3 < count, base[pos] == UInt8(ascii: "t"), base[pos + 1] == UInt8(ascii: "r"),
           base[pos + 2] == UInt8(ascii: "u"), base[pos + 3] == UInt8(ascii: "e") {
            pos += 4
            return true
        }
        if pos + 4 < count, base[pos] == UInt8(ascii: "f"), base[pos + 1] == UInt8(ascii: "a"),
           base[pos + 2] == UInt8(ascii: "l"), base[pos + 3] == UInt8(ascii: "s"), base[pos + 4] == UInt8(ascii: "e") {
            pos += 5
            return false
        }
        throw Self.giveUp
    }

    /// One of `E`'s raw values, or nil for null.
    mutating func readOptionalEnumeration<E: RawRepresentable>(_: E.Type) throws(JSONScanError) -> E? where E.RawValue == String {
        guard let text = try readOptionalString() else { return nil }
        guard let value = E(rawValue: text) else { throw Self.giveUp }
        return value
    }

    /// A date `YYYY-MM-DD`, or nil for null.
    mutating func readOptionalDay() throws(JSONScanError) -> Day? {
        guard let text = try readOptionalString() else { return nil }
        guard let day = Day(text) else { throw Self.giveUp }
        return day
    }

    /// A quarter `YYYYQn`, or nil for null.
    mutating func readOptionalQuarter() throws(JSONScanError) -> Quarter? {
        guard let text = try readOptionalString() else { return nil }
        guard let quarter = Quarter(text) else { throw Self.giveUp }
        return quarter
    }
}

/// Which known members of a record have been seen, to give up on a repeated one.
struct SeenKeys {
    private var bits: UInt32 = 0

    /// Marks member `bit`; a second time gives up.
    @inline(__always)
    mutating func mark(_ bit: UInt32) throws(JSONScanError) {
        let mask: UInt32 = 1 << bit
        if bits & mask != 0 { throw JSONScanner.giveUp }
        bits |= mask
    }

    /// True when member `bit` was seen.
    func contains(_ bit: UInt32) -> Bool { bits & (1 << bit) != 0 }
}
