import CSV
import Foundation

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
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        var line = 1
        while let fields = reader.next() {
            try body(line, fields)
            line += 1
            for field in fields { line += CSVText.lineBreaks(in: field) }
        }
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
