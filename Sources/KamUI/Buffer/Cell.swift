/// One terminal cell: a character (one grapheme, already made safe to print) and its style.
///
/// A wide character (two columns) occupies its cell and marks the next one as a
/// continuation, which painters skip.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
