/// The characters widgets draw lines, blocks and markers with: Unicode or plain ASCII.
///
/// Pass `.unicode` normally and `.ascii` for terminals or fonts without box drawing
/// (or when the user asks for it). Every widget that draws lines or blocks takes one.
public struct Glyphs: Sendable, Hashable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// Bars growing upwards, from the lowest partial level to a full cell.
    public var verticalBlocks: [Character]
    /// Bars growing to the right, from the thinnest partial level to a full cell.
    public var horizontalBlocks: [Character]
    /// The unfilled part of a gauge.
    public var track: Character
    /// Marks text cut short.
    public var ellipsis: Character
    public var sortAscending: Character
    public var sortDescending: Character
    /// Says there is more above or below.
    public var moreAbove: Character
    public var moreBelow: Character
    /// The thumb of a scroll bar, drawn over a `vertical` track.
    public var scrollThumb: Character
    /// A horizontal reference line in a chart (80%, 100%).
    public var referenceLine: Character
    /// A point of a line chart when braille is not used.
    public var plotPoint: Character
    /// Whether line charts draw with braille dots (2x4 per cell).
    public var usesBraille: Bool
    /// Marks the row under the cursor at the left edge of a list that highlights only a cell.
    public var cursorMark: Character

    /// Box drawing, eighth blocks and braille.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        verticalBlocks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        horizontalBlocks: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        track: "░", ellipsis: "…", sortAscending: "▲", sortDescending: "▼",
        moreAbove: "▲", moreBelow: "▼", scrollThumb: "█", referenceLine: "┄", plotPoint: "•",
        usesBraille: true, cursorMark: "▌")

    /// Plain ASCII, for terminals without Unicode.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        verticalBlocks: [".", ":", "-", "=", "#"],
        horizontalBlocks: ["#"],
        track: ".", ellipsis: "~", sortAscending: "^", sortDescending: "v",
        moreAbove: "^", moreBelow: "v", scrollThumb: "#", referenceLine: ".", plotPoint: "*",
        usesBraille: false, cursorMark: ">")
}
