/// A one-line text field with a cursor: the `:` command line and the `/` search prompt.
public struct LineEditor: Sendable, Equatable {
    public var text: String
    /// Cursor position in characters, 0...text.count.
    public var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// One editing step.
    public enum Edit: Sendable, Equatable {
        case insert(Character)
        case backspace, deleteForward, left, right, home, end
        /// Ctrl-U: delete everything before the cursor.
        case deleteToStart
        /// Ctrl-W: delete the word before the cursor.
        case deleteWord
    }

    public mutating func apply(_ edit: Edit) {
        var chars = Array(text)
        cursor = min(max(0, cursor), chars.count)
        switch edit {
        case .insert(let c):
            chars.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < chars.count else { return }
            chars.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(chars.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = chars.count
        case .deleteToStart:
            chars.removeFirst(cursor)
            cursor = 0
        case .deleteWord:
            var start = cursor
            while start > 0, chars[start - 1] == " " { start -= 1 }
            while start > 0, chars[start - 1] != " " { start -= 1 }
            chars.removeSubrange(start..<cursor)
            cursor = start
        }
        text = String(chars)
    }
}
