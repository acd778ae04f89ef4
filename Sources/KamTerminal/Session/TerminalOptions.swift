/// How to set the terminal up.
public struct TerminalOptions: Sendable, Equatable {
    /// Report mouse clicks and wheel turns (`--no-mouse` turns it off, which leaves the
    /// terminal's own text selection working).
    public var mouse: Bool
    /// The longest the loop waits for input before it checks for signals again.
    public var pollMilliseconds: Int

    public init(mouse: Bool = true, pollMilliseconds: Int = 100) {
        self.mouse = mouse
        self.pollMilliseconds = pollMilliseconds
    }
}

/// What the terminal turned out to be able to do, for the app to adapt to.
public struct TerminalCapabilities: Sendable, Equatable {
    /// The colours used; `.monochrome` means attributes only.
    public var colorMode: ColorMode
    /// The locale is UTF-8, so non-ASCII characters draw; when false the app should use
    /// ASCII glyphs (box-drawing characters still draw through the terminal's line set).
    public var unicode: Bool
    /// Mouse reporting is on.
    public var mouse: Bool
}
