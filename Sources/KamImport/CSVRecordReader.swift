/// Reads CSV records from UTF-8 bytes, a byte at a time (RFC 4180: fields separated by a
/// delimiter, records by CRLF, LF or a lone CR; double quotes around a field keep
/// delimiters and line breaks in it, and a doubled quote inside stands for one).
///
/// It reads every file exactly as CSV.swift 2.5 (`CSVReader`, fields not trimmed), which
/// kam used before, did, quirks included: a quote inside an unquoted field is kept as
/// text; after a closing quote, anything but a delimiter, line break, quote or the end
/// keeps the quote and drops that one character; a quoted field left open runs to the end
/// of the file; a line with nothing on it is a record of one empty field. The tests check
/// it against CSV.swift's records for the superstore file and tricky inputs.
struct CSVRecordReader {
    /// The record's fields and how many line breaks they hold (inside quotes).
    struct Record {
        var fields: [String]
        var lineBreaks: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: [UInt8]
    private var position = 0
    /// The bytes of a quoted field that has a doubled quote or a dropped character.
    private var scratch: [UInt8] = []

    /// A reader of `bytes`, which must stay valid while it reads; `delimiter` is one
    /// character, in UTF-8.
    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: Unicode.Scalar) {
        self.bytes = bytes
        self.delimiter = Array(String(delimiter).utf8)
    }

    private static let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// The next record, or nil at the end of the bytes.
    mutating func next() -> Record? {
        guard position < bytes.count else { return nil }
        var record = Record(fields: [], lineBreaks: 0)
        while true {
            let end: Bool
            if position >= bytes.count {
                // A delimiter was the last character: one more empty field.
                record.fields.append("")
                end = true
            } else if bytes[position] == Self.quote {
                position += 1
                end = readQuoted(into: &record)
            } else {
                end = readUnquoted(into: &record)
            }
            if end { return record }
        }
    }

    /// Whether the delimiter starts at `i`.
    private func delimiterStarts(at i: Int) -> Bool {
        guard bytes[i] == delimiter[0] else { return false }
        guard delimiter.count > 1 else { return true }
        guard i + delimiter.count <= bytes.count else { return false }
        for k in 1..<delimiter.count where bytes[i + k] != delimiter[k] { return false }
        return true
    }

    /// Skips the line break at `position` (CRLF counts as one).
    private mutating func skipLineBreak() {
        if bytes[position] == Self.cr && position + 1 < bytes.count && bytes[position + 1] == Self.lf { position += 1 }
        position += 1
    }

    /// Reads an unquoted field; true when it ends the record.
    private mutating func readUnquoted(into record: inout Record) -> Bool {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.cr || byte == Self.lf {
                record.fields.append(Self.string(bytes[start..<position]))
                skipLineBreak()
                return true
            }
            if delimiterStarts(at: position) {
                record.fields.append(Self.string(bytes[start..<position]))
                position += delimiter.count
                return false
            }
            position += 1
        }
        record.fields.append(Self.string(bytes[start..<position]))
        return true
    }

    /// Reads a quoted field after its opening quote; true when it ends the record.
    private mutating func readQuoted(into record: inout Record) -> Bool {
        var start = position
        var copied = false  // whether the field so far is in `scratch`
        var breaks = 0
        var previousCR = false
        func field(upTo end: Int) -> String {
            if !copied { return Self.string(bytes[start..<end]) }
            scratch.append(contentsOf: bytes[start..<end])
            return String(decoding: scratch, as: UTF8.self)
        }
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == Self.quote else {
                if byte == Self.cr || (byte == Self.lf && !previousCR) { breaks += 1 }
                previousCR = byte == Self.cr
                position += 1
                continue
            }
            let quoteAt = position
            position += 1
            if position >= bytes.count || bytes[position] == Self.cr || bytes[position] == Self.lf {
                record.fields.append(field(upTo: quoteAt))
                record.lineBreaks += breaks
                if position < bytes.count { skipLineBreak() }
                return true
            }
            if delimiterStarts(at: position) {
                record.fields.append(field(upTo: quoteAt))
                record.lineBreaks += breaks
                position += delimiter.count
                return false
            }
            // A doubled quote stands for one; any other character after a quote is
            // dropped and the quote kept (as CSV.swift does). Either way one quote stays.
            if !copied {
                scratch.removeAll(keepingCapacity: true)
                copied = true
            }
            scratch.append(contentsOf: bytes[start...quoteAt])
            if bytes[position] != Self.quote {
                // The dropped character is a whole scalar.
                position += Self.scalarLength(bytes[position])
            } else {
                position += 1
            }
            start = position
            previousCR = false
        }
        // The end of the file inside quotes ends the field and the record.
        record.fields.append(field(upTo: position))
        record.lineBreaks += breaks
        return true
    }

    /// The bytes of a UTF-8 sequence starting with `lead` (1 for a stray continuation byte).
    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
}
