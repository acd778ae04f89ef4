/// Something that draws itself into a screen buffer inside a rectangle.
///
/// Widgets are cheap values rebuilt every frame. They never touch the terminal, never
/// write outside `area`, and draw nothing (without crashing) when `area` is empty.
/// State that outlives a frame, such as a scroll offset or a selection, belongs to the
/// app and is passed in.
public protocol Widget {
    /// Draws the widget into `buffer`, inside `area` only.
    func render(in area: Rect, buffer: inout ScreenBuffer)
}
