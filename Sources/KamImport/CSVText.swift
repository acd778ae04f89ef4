import CSV
import Foundation
import KamModel

/// The text of a CSV file and how its records are separated, read with CSV.swift.
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
    /// CSV.swift does not tell where a record starts, so the lines are counted here: a
    /// record ends with one line break and spans, besides, the line breaks inside its
    /// quoted fields, which CSV.swift keeps in the field text (`\r\n`, `\n` and a lone
    /// `\r` each count as one, as they do for CSV.swift).
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
        try CSVText.forEachRecord(of: text, delimiter: delimiter, firstLine: 1, body)
    }

    /// Calls `body` with each record of `text`, whose first line is `firstLine`.
    private static func forEachRecord(of text: String, delimiter: UnicodeScalar, firstLine: Int,
                                      _ body: (_ line: Int, _ fields: [String]) throws -> Void) throws {
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        var line = firstLine
        while let fields = reader.next() {
            try body(line, fields)
            line += 1
            for field in fields { line += CSVText.lineBreaks(in: field) }
        }
    }

    /// Files smaller than this are parsed on one core.
    static let minimumBytesToSplit = 256 * 1024

    /// The records parsed in two halves on both cores, with their lines; nil when the file
    /// is small or no safe cut is found (then it is parsed in one piece as before).
    ///
    /// The cut is a line break outside quotes. To know that without parsing, the first
    /// half must be plain CSV: every quote opens a field, closes it, or doubles inside it.
    /// Any other quote (which CSV.swift reads in its own way) means no cut. The second
    /// half's first line is one more than the line breaks before the cut, counted as
    /// `lineBreaks` counts them.
    func recordsInParts(parts: Int = BothCores.parts) throws -> [[(line: Int, fields: [String])]]? {
        guard parts > 1 else { return nil }
        var text = text
        let delimiter = self.delimiter
        let cut: (offset: Int, lines: Int)? = text.withUTF8 { bytes in
            bytes.count >= CSVText.minimumBytesToSplit ? CSVText.safeCut(in: bytes, delimiter: delimiter) : nil
        }
        guard let cut else { return nil }
        let (first, second) = text.withUTF8 { bytes in
            (String(decoding: bytes[..<cut.offset], as: UTF8.self), String(decoding: bytes[cut.offset...], as: UTF8.self))
        }
        let halves = [(first, 1), (second, 1 + cut.lines)]
        let results = BothCores.map(2) { i -> Result<[(line: Int, fields: [String])], Error> in
            Result {
                var records: [(line: Int, fields: [String])] = []
                try CSVText.forEachRecord(of: halves[i].0, delimiter: delimiter, firstLine: halves[i].1) { line, fields in
                    records.append((line, fields))
                }
                return records
            }
        }
        return try results.map { try $0.get() }
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

    /// How many line breaks `field` holds.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previousCR = false
        for byte in field.utf8 {
            if byte == 0x0D {
                count += 1
            } else if byte == 0x0A && !previousCR {
                count += 1
            }
            previousCR = byte == 0x0D
        }
        return count
    }
}
