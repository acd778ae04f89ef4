extension AccountSpan {
    /// The span of the `length` bytes at `start` in memory, which sit at `offset` in the file.
    init(offset: Int, bytes start: UnsafeRawPointer, length: Int) {
        self.init(offset: offset, length: length, hash: XXH64.hash(UnsafeRawBufferPointer(start: start, count: length)))
    }
}

/// The line that starts an account in the canonical layout: `    {` alone after a line break.
enum AccountLine {
    /// True when a line that is `    {` alone starts after the line break at `i` (which
    /// must leave 7 bytes to read); the account's `{` is then at `i + 5`.
    @inline(__always)
    static func follows(_ i: Int, in base: UnsafePointer<UInt8>) -> Bool {
        base[i] == 0x0A && base[i + 1] == 0x20 && base[i + 2] == 0x20 && base[i + 3] == 0x20 && base[i + 4] == 0x20
            && base[i + 5] == UInt8(ascii: "{") && (base[i + 6] == 0x0A || base[i + 6] == 0x0D)
    }
}
