/// What one decoding part of the fast loader shares between the records it reads: equal
/// texts (`TextSharing`), repeated lists of custom figures (`CustomFigureSharing`), and the
/// pool the relationship records' texts are numbered in (`TextPoolBuilder`).
///
/// Each part (each core) has its own, carried from window to window as the part is read;
/// it lives only while the part is read, and the workspace keeps just the values.
struct DecodingSharing {
    var texts = TextSharing()
    var customFigures = CustomFigureSharing()
    var records = TextPoolBuilder()
}
