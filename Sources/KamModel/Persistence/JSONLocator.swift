/// Finds where the value at a field path starts in JSON text, for problem positions.
///
/// Only run when a file has problems, so it favours simplicity: it walks the text along
/// the path, skipping the members and elements it passes. When the path leads to a member
/// that does not exist (a missing required field), it answers the innermost value that
/// does exist, such as the object that lacks the member.
enum JSONLocator {
    /// The byte offset of the value at `path` (or of its innermost existing ancestor).
    static func offset(of path: FieldPath, in buffer: UnsafeRawBufferPointer) -> Int {
        var scanner = JSONScanner(buffer)
        scanner.skipByteOrderMark()
        return scanner.locate(path.components[...])
    }
}

extension JSONScanner {
    /// The offset of the value at `components` below the value at `pos`.
    mutating func locate(_ components: ArraySlice<FieldPath.Component>) -> Int {
        skipWhitespace()
        let here = pos
        guard let first = components.first, pos < count else { return here }
        do throws(JSONScanError) {
            switch first {
            case .key(let wanted):
                guard base[pos] == UInt8(ascii: "{") else { return here }
                pos += 1
                while true {
                    skipWhitespace()
                    guard pos < count, base[pos] == UInt8(ascii: "\"") else { return here }
                    let key = try parseString()
                    skipWhitespace()
                    guard pos < count, base[pos] == UInt8(ascii: ":") else { return here }
                    pos += 1
                    if key == wanted { return locate(components.dropFirst()) }
                    skipWhitespace()
                    _ = try parseValue(depth: 1)
                    skipWhitespace()
                    guard pos < count, base[pos] == UInt8(ascii: ",") else { return here }
                    pos += 1
                }
            case .index(let wanted):
                guard base[pos] == UInt8(ascii: "[") else { return here }
                pos += 1
                var index = 0
                while true {
                    skipWhitespace()
                    if index == wanted { return locate(components.dropFirst()) }
                    _ = try parseValue(depth: 1)
                    skipWhitespace()
                    guard pos < count, base[pos] == UInt8(ascii: ",") else { return here }
                    pos += 1
                    index += 1
                }
            }
        } catch {
            return here
        }
    }
}
