/// Reads one section of a packed block: its columns by record, its variable texts in order.
struct RecordReader {
    let storage: RecordStorage
    let bytes: UnsafeRawPointer
    let kind: RecordKind
    let count: Int
    let start: Int
    // The header's parts, read once.
    private let pool: TextPool
    private let prefix: String
    private let extras: [RecordExtra]
    /// The next variable text.
    private var cursor: Int
    /// Where the next variable text starts in the block.
    var position: Int { cursor }
    /// Where a save's part keeps the pooled texts it has written (nil: none kept).
    var memo: PooledTextMemo?

    init(storage: RecordStorage, bytes: UnsafeRawPointer, kind: RecordKind) {
        self.storage = storage
        self.bytes = bytes
        self.kind = kind
        let header = storage.header
        count = Int(header.counts[kind.rawValue])
        start = Int(header.starts[kind.rawValue])
        pool = header.pool
        prefix = header.prefix
        extras = header.extras
        cursor = start + count * kind.rowWidth
    }

    @inline(__always)
    func load<T>(column: Int, _ i: Int, as: T.Type) -> T {
        bytes.loadUnaligned(fromByteOffset: start + count * kind.columnOffset(column) + i * MemoryLayout<T>.size, as: T.self)
    }

    func byte(column: Int, _ i: Int) -> UInt8 { load(column: column, i, as: UInt8.self) }

    func day(column: Int, _ i: Int) -> Day? {
        let n = load(column: column, i, as: Int32.self)
        return n == RecordKind.absent ? nil : Day(daysSinceEpoch: Int(n))
    }

    func quarter(column: Int, _ i: Int) -> Quarter? {
        let n = load(column: column, i, as: Int32.self)
        return n == RecordKind.absent ? nil : Quarter(index: Int(n))
    }

    /// The pooled text whose number is in `column`.
    func pooled(column: Int, _ i: Int) -> String { pool[load(column: column, i, as: UInt32.self)] }

    /// Appends the pooled text in `column` of record `i` as a JSON string literal.
    func appendPooled(column: Int, _ i: Int, to out: inout ByteSink) {
        let number = load(column: column, i, as: UInt32.self)
        if let memo { memo.append(number, of: pool, to: &out) } else { pool.appendQuoted(number, to: &out) }
    }

    /// Record `i`'s unknown members (the extras are in kind order, then record order:
    /// found by halving).
    func extra(_ i: Int) -> JSONObject {
        guard !extras.isEmpty else { return JSONObject() }
        let key = (kind.rawValue, i)
        var low = 0, high = extras.count
        while low < high {
            let mid = (low + high) / 2
            if (extras[mid].kind.rawValue, extras[mid].index) < key { low = mid + 1 } else { high = mid }
        }
        guard low < extras.count, extras[low].kind == kind, extras[low].index == i else { return JSONObject() }
        return extras[low].object
    }

    /// The next variable text, moving past it; nil where none was stored.
    mutating func text() -> String? {
        let tag = bytes.load(fromByteOffset: cursor, as: UInt8.self)
        cursor += 1
        switch tag {
        case RecordTextTag.none:
            return nil
        case RecordTextTag.pooled:
            let number = bytes.loadUnaligned(fromByteOffset: cursor, as: UInt32.self)
            cursor += 4
            return pool[number]
        default:
            let length = Int(tag & RecordTextTag.lengthMask)
            let start = bytes + cursor
            cursor += length
            guard tag & RecordTextTag.shortened != 0 else {
                return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
            }
            // The prefix and the bytes made into one string at once.
            var prefix = self.prefix
            return prefix.withUTF8 { p in
                String(unsafeUninitializedCapacity: p.count + length) { room in
                    UnsafeMutableRawBufferPointer(room).copyBytes(from: UnsafeRawBufferPointer(p))
                    UnsafeMutableRawPointer(room.baseAddress! + p.count).copyMemory(from: start, byteCount: length)
                    return p.count + length
                }
            }
        }
    }

    /// Whether the next variable text was stored (an activity's contact may not be).
    var hasText: Bool { bytes.load(fromByteOffset: cursor, as: UInt8.self) != RecordTextTag.none }

    /// Writes the next variable text as a JSON string, moving past it, without making it a
    /// `String` when it is stored inline (the prefix and its bytes are written one after
    /// the other); `null` where none was stored.
    mutating func appendText(to out: inout ByteSink) {
        let tag = bytes.load(fromByteOffset: cursor, as: UInt8.self)
        guard tag != RecordTextTag.none, tag != RecordTextTag.pooled else {
            if let text = text() { out.string(text) } else { out.text("null") }
            return
        }
        let length = Int(tag & RecordTextTag.lengthMask)
        let start = bytes + cursor + 1
        var prefix = tag & RecordTextTag.shortened != 0 ? self.prefix : ""
        let written = prefix.withUTF8 { p -> Bool in
            let head = UnsafeRawBufferPointer(p)
            guard head.isEmpty || ByteSink.isPlain(head.baseAddress!, count: head.count),
                  ByteSink.isPlain(start, count: length) else { return false }
            out.byte(0x22)
            out.bytes(head)
            out.bytes(UnsafeRawBufferPointer(start: start, count: length))
            out.byte(0x22)
            return true
        }
        if written { skipText() } else { out.string(text()!) }
    }

    /// Moves past the variable texts of `records` records.
    mutating func skipTexts(records: Int) {
        for _ in 0..<(records * kind.textsPerRecord) { skipText() }
    }

    /// Moves past the next variable text.
    mutating func skipText() {
        let tag = bytes.load(fromByteOffset: cursor, as: UInt8.self)
        cursor += 1
        switch tag {
        case RecordTextTag.none: break
        case RecordTextTag.pooled: cursor += 4
        default: cursor += Int(tag & RecordTextTag.lengthMask)
        }
    }
}

/// The first byte of a packed id or contact reference.
enum RecordTextTag {
    /// No text (an activity without a contact).
    static let none: UInt8 = 0xFF
    /// A text too long to keep inline: its pool number follows.
    static let pooled: UInt8 = 0x7F
    /// Set when the text is the block's prefix followed by the bytes.
    static let shortened: UInt8 = 0x80
    /// The inline byte count (0 to 126).
    static let lengthMask: UInt8 = 0x7F
    static let longestInline = 126
}
