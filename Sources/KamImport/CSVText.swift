import Foundation
import KamModel

/// The text of a CSV file and how its records are separated, read by `CSVRecordReader`.
struct CSVText {
    var text: String
    var delimiter: UnicodeScalar
    /// What was guessed about the file that the user may want to know.
    var notes: [String]

    /// Decodes the bytes of a file: UTF-8 with or without a byte-order mark, UTF-16 with
    /// one; anything else is read as Windows-1252, with a note.
    init(data: Data, delimiter: UnicodeScalar?) {
        var notes: [String] = []
        let bytes = [UInt8](data.prefix(3))
        let text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: data.dropFirst(3), as: UTF8.self)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
                  let utf16 = String(data: data, encoding: .utf16) {
            text = utf16
        } else if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
        } else {
            text = String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
            notes.append("the file is not UTF-8; it was read as Windows-1252 (Western European)")
        }
        self.init(text: text, delimiter: delimiter, notes: notes)
    }

    init(text: String, delimiter: UnicodeScalar?, notes: [String] = []) {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        self.text = text
        self.delimiter = delimiter ?? CSVText.guessDelimiter(text)
        self.notes = notes
    }

    /// The separator used most in the first line outside quotes: `,`, `;` or a tab
    /// (`,` when there is none).
    static func guessDelimiter(_ text: String) -> UnicodeScalar {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == 0x09 { counts[byte, default: 0] += 1 }
        }
        let best = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09].max { counts[$0, default: 0] < counts[$1, default: 0] }
        return UnicodeScalar(best ?? UInt8(ascii: ","))
    }

    /// Calls `body` with each record and the 1-based line where it starts.
    ///
    /// A record ends with one line break and spans, besides, the line breaks inside its
    /// quoted fields (`\r\n`, `\n` and a lone `\r` each count as one).
    func forEachRecord(_ body: (_ line: Int, _ fields: [String]) throws -> Void) throws {
        if let parts = try recordsInParts() {
            for part in parts {
                for record in part { try body(record.line, record.fields) }
            }
            return
        }
        try forEachRecordInOnePiece(body)
    }

    /// Calls `body` with each record and its line, parsing the text in one piece on one core.
    func forEachRecordInOnePiece(_ body: (_ line: Int, _ fields: [String]) throws -> Void) throws {
        var text = text
        let delimiter = self.delimiter
        try text.withUTF8 { bytes in
            var reader = CSVRecordReader(bytes: bytes, delimiter: delimiter)
            var line = 1
            while let record = reader.next() {
                try body(line, record.fields)
                line += 1 + record.lineBreaks
            }
        }
    }

    /// The records of `bytes`, whose first line is `firstLine`, with their lines.
    private static func records(of bytes: UnsafeBufferPointer<UInt8>, delimiter: UnicodeScalar,
                                firstLine: Int) -> [(line: Int, fields: [String])] {
        var reader = CSVRecordReader(bytes: bytes, delimiter: delimiter)
        var records: [(line: Int, fields: [String])] = []
        var line = firstLine
        while let record = reader.next() {
            records.append((line, record.fields))
            line += 1 + record.lineBreaks
        }
        return records
    }

    /// Files smaller than this are parsed on one core.
    static let minimumBytesToSplit = 256 * 1024

    /// The records parsed in two halves on both cores, with their lines; nil when the file
    /// is small or no safe cut is found (then it is parsed in one piece as before).
    ///
    /// The cut is a line break outside quotes. To know that without parsing, the first
    /// half must be plain CSV: every quote opens a field, closes it, or doubles inside it.
    /// Any other quote (which the reader takes in its own way) means no cut. The second
    /// half's first line is one more than the line breaks before the cut.
    /// (Declared `throws` for the callers written when the parser could fail; it cannot.)
    func recordsInParts(parts: Int = BothCores.parts) throws -> [[(line: Int, fields: [String])]]? {
        guard parts > 1 else { return nil }
        var text = text
        let delimiter = self.delimiter
        return text.withUTF8 { bytes in
            guard bytes.count >= CSVText.minimumBytesToSplit,
                  let cut = CSVText.safeCut(in: bytes, delimiter: delimiter) else { return nil }
            let halves = [(0..<cut.offset, 1), (cut.offset..<bytes.count, 1 + cut.lines)]
            // Both halves only read the text, which lives until `map` returns.
            nonisolated(unsafe) let text = bytes
            return BothCores.map(2) { i in
                CSVText.records(of: UnsafeBufferPointer(rebasing: text[halves[i].0]), delimiter: delimiter,
                                firstLine: halves[i].1)
            }
        }
    }

    /// The byte offset just after the first line feed past the middle of `bytes` that is
    /// outside quotes, and the line breaks before it; nil when a quote is used in a way
    /// other than plain quoting before then, or there is no such line feed.
    static func safeCut(in bytes: UnsafeBufferPointer<UInt8>, delimiter: UnicodeScalar) -> (offset: Int, lines: Int)? {
        guard delimiter.isASCII else { return nil }
        let separator = UInt8(delimiter.value), quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var state = State.fieldStart
        var lines = 0
        var previousCR = false
        let middle = bytes.count / 2
        for (i, byte) in bytes.enumerated() {
            switch state {
            case .fieldStart, .unquoted, .quoteInQuoted:
                if state == .unquoted && byte == quote { return nil }
                if state == .quoteInQuoted && byte == quote { state = .quoted; break }
                if byte == cr || byte == lf {
                    if byte == cr || !previousCR { lines += 1 }
                    if byte == lf && i >= middle && i + 1 < bytes.count { return (i + 1, lines) }
                    state = .fieldStart
                } else if byte == separator {
                    state = .fieldStart
                } else if state == .quoteInQuoted {
                    return nil
                } else {
                    state = byte == quote ? .quoted : .unquoted
                }
            case .quoted:
                if byte == quote { state = .quoteInQuoted }
                // Line breaks inside quotes are part of the field; count them all the same.
                else if byte == cr || (byte == lf && !previousCR) { lines += 1 }
            }
            previousCR = byte == cr
        }
        return nil
    }
}
