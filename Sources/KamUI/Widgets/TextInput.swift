/// The text being typed into a one-line input and the cursor in it: app state.
///
/// `cursor` counts characters (grapheme clusters) from the start, 0...text.count.
public struct TextInput: Sendable, Hashable {
    public private(set) var text: String
    public private(set) var cursor: Int

    public init(_ text: String = "", cursor: Int? = nil) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
    }

    var cursorIndex: String.Index { text.index(text.startIndex, offsetBy: cursor) }

    /// Inserts `string` at the cursor (control characters are dropped) and moves past it.
    public mutating func insert(_ string: String) {
        let clean = String(string.filter { SafeText.printable($0) == $0 })
        text.insert(contentsOf: clean, at: cursorIndex)
        cursor += clean.count
    }

    /// Deletes the character before the cursor (Backspace).
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        cursor -= 1
        text.remove(at: cursorIndex)
    }

    /// Deletes the character under the cursor (Delete).
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: cursorIndex)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }

    /// Deletes from the cursor to the end (Ctrl-K).
    public mutating func killToEnd() {
        text.removeSubrange(cursorIndex...)
    }

    /// Deletes from the start to the cursor (Ctrl-U).
    public mutating func killToStart() {
        text.removeSubrange(..<cursorIndex)
        cursor = 0
    }

    /// Deletes the word before the cursor and the spaces after it (Ctrl-W).
    public mutating func deleteWordBackward() {
        let before = text[..<cursorIndex]
        let trimmed = before.reversed().drop(while: { $0 == " " }).drop(while: { $0 != " " })
        let removed = before.count - trimmed.count
        cursor -= removed
        text.removeSubrange(cursorIndex..<text.index(cursorIndex, offsetBy: removed))
    }

    /// Replaces the whole text (for example with a chosen completion), cursor at the end.
    public mutating func replace(with string: String) {
        text = ""
        cursor = 0
        insert(string)
    }

    /// Applies the usual line-editing key, returning false for keys it does not edit with.
    ///
    /// Characters insert; Backspace, Delete, arrows, Home, End; Ctrl-A/E home/end,
    /// Ctrl-B/F left/right, Ctrl-D delete, Ctrl-H backspace, Ctrl-K/U kill, Ctrl-W word.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .backspace, .control("h"): deleteBackward()
        case .delete, .control("d"): deleteForward()
        case .left, .control("b"): moveLeft()
        case .right, .control("f"): moveRight()
        case .home, .control("a"): moveHome()
        case .end, .control("e"): moveEnd()
        case .control("k"): killToEnd()
        case .control("u"): killToStart()
        case .control("w"): deleteWordBackward()
        default: return false
        }
        return true
    }
}
