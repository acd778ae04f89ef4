/// Something the user did: a key, a mouse action, or a change of terminal size.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}

/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
    /// A printable character (including space).
    case character(Character)
    /// Ctrl plus a letter, lower case: `.control("d")` is Ctrl-D.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
}

/// A mouse click or wheel turn at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case press, release, wheelUp, wheelDown }
    public var action: Action
    /// 1 left, 2 middle, 3 right; 0 for wheel events.
    public var button: Int
    public var x: Int
    public var y: Int

    public init(action: Action, button: Int = 1, x: Int, y: Int) {
        self.action = action
        self.button = button
        self.x = x
        self.y = y
    }
}
