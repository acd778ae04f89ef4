/// Turns input events into actions: keys go through the key map, or into the open prompt.
extension AppState {
    /// The action `event` means in the current state, or nil when it means nothing.
    public func action(for event: InputEvent) -> Action? {
        switch event {
        case .resize(let w, let h): return .resize(width: w, height: h)
        case .mouse(let m): return .mouse(m)
        case .key(let key):
            if case .prompt = overlay { return promptAction(for: key) }
            if let command = keyMap.command(for: key, in: scope) { return .run(command.name) }
            return .unbound(key)
        }
    }

    /// Keys in a prompt edit the line; only Enter, Esc and Tab do more.
    func promptAction(for key: Key) -> Action? {
        switch key {
        case .enter: .submit
        case .escape: .cancel
        case .tab: .complete
        default: .edit(key)
        }
    }

    /// Handles one input event: looks up its action and updates the state.
    public mutating func handle(_ event: InputEvent) -> [Effect] {
        guard let action = action(for: event) else { return [] }
        return App.update(&self, action)
    }
}
