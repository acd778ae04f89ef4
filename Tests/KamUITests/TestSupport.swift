import Testing
@testable import KamUI

/// A fresh buffer of `width` x `height` with `widget` drawn into `area` (default: all of it).
func draw(_ widget: some Widget, width: Int, height: Int, in area: Rect? = nil) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    widget.render(in: area ?? buffer.area, buffer: &buffer)
    return buffer
}

/// Checks the buffer's text against `expected`, a multiline literal; missing trailing
/// lines are expected to be empty.
func expectScreen(_ buffer: ScreenBuffer, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    var lines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while lines.count < buffer.height { lines.append("") }
    #expect(buffer.lines == lines, "\n\(buffer.text)", sourceLocation: sourceLocation)
}

/// The package root, found from this file's path.
let packageRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()
