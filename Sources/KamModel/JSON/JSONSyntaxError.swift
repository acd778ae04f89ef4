/// A syntax error in JSON text: what is wrong and where.
///
/// `line` and `column` are 1-based; the column counts characters (Unicode scalars), not
/// bytes, so it matches what an editor shows.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset of the error in the input.
    public var offset: Int
    public var line: Int
    public var column: Int
    public var message: String

    public init(offset: Int, line: Int, column: Int, message: String) {
        self.offset = offset
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// Converts byte offsets in a text into 1-based line and character column.
public enum TextPosition {
    /// The line and column of the byte at `offset` in `bytes` (column counts Unicode scalars).
    public static func lineAndColumn(of offset: Int, in bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < end {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        i = lineStart
        while i < end {
            // Count only bytes that start a scalar (not UTF-8 continuation bytes).
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        // A UTF-8 BOM at the very start is not a character anyone sees.
        if lineStart == 0, end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { column -= 1 }
        return (line, column)
    }

    /// The line and column of the byte at `offset` in `bytes`.
    public static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        bytes.withUnsafeBytes { lineAndColumn(of: offset, in: $0) }
    }
}
