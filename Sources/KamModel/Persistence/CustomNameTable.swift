/// The custom-figure names a decoder has read, so that every quarter naming the same
/// figure shares one `String` (100,000 accounts with a 20-letter name would otherwise hold
/// 800,000 copies of it).
struct CustomNameTable {
    /// Names kept, at most `capacity`; a file with more distinct names gets the rest uncached.
    private var names: [String] = []
    private static let capacity = 64

    /// The name spelled by `bytes` (valid UTF-8), shared with earlier ones spelled the same.
    mutating func name(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        for name in names where name.utf8.count == bytes.count {
            let same = name.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) }
                ?? name.utf8.elementsEqual(bytes)
            if same { return name }
        }
        let name = String(decoding: bytes, as: UTF8.self)
        if names.count < Self.capacity { names.append(name) }
        return name
    }
}
