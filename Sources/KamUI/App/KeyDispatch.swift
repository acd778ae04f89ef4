/// Turns input events into actions: keys go through the key map, or into the open prompt.
extension AppState {
    /// The action `event` means in the current state, or nil when it means nothing.
    public func action(for event: InputEvent) -> Action? {
        switch event {
        case .resize(let w, let h): return .resize(width: w, height: h)
        case .mouse(let m): return .mouse(m)
        case .key(let key):
            switch overlay {
            case .prompt?: return promptAction(for: key)
            case .form?: return .form(key)
            case .question?: return .answer(key)
            default: break
            }
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
        if case .key(let key) = event, let effects = secondKey(key, action) { return effects }
        return App.update(&self, action)
    }

    /// `ZZ`: the first `Z` waits for a second one, which saves and quits; any other key
    /// after it drops the `Z` and does what it does. Nil when `key` is not part of it.
    mutating func secondKey(_ key: Key, _ action: Action) -> [Effect]? {
        let waiting = pendingKey
        pendingKey = nil
        guard action == .run("write-quit") else { return nil }
        if waiting == key { return App.update(&self, action) }
        pendingKey = key
        message = AppMessage("\(KeyName.label(of: key)) again saves and quits")
        return []
    }
}
