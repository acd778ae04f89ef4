/// Keys and clicks typed while a large workspace loads that must wait for it: kept in
/// order and replayed on the full state, so that nothing typed is lost and nothing acts
/// on the preview's partial data.
///
/// Once one event waits, every later one waits too (except a resize, which only sets
/// the size): a cursor move typed after a sort must move in the sorted list.
public struct TypeAhead: Sendable, Equatable {
    /// The waiting events, oldest first.
    public private(set) var events: [InputEvent] = []

    public init() {}

    /// Offers an event typed while `state` is loading: true when it was kept to wait for
    /// the full workspace, false when it acts on `state` now.
    public mutating func keep(_ event: InputEvent, state: AppState) -> Bool {
        if case .resize = event { return false }
        guard events.isEmpty, state.actsWhileLoading(event) else {
            events.append(event)
            return true
        }
        return false
    }

    /// Hands over the waiting events, oldest first, and forgets them.
    public mutating func take() -> [InputEvent] {
        defer { events = [] }
        return events
    }
}
