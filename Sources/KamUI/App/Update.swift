import KamModel

/// The cockpit's update and view functions: `update(&state, action)` and `view(state, into:)`.
public enum App {
    /// Applies `action` to `state` and returns what the host must do (quit, save, ...).
    public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let w, let h):
            state.resize(width: w, height: h)
            return []
        case .unbound(let key):
            state.message = AppMessage("\(KeyName.label(of: key)) does nothing here; ? lists the keys", isError: true)
            return []
        case .edit(let key):
            editPrompt(&state) { prompt in
                prompt.line.handle(key)
                prompt.candidates = []
            }
            return []
        case .complete:
            let candidates = CommandLineCompletion(state: state)
            editPrompt(&state) { prompt in candidates.complete(&prompt) }
            return []
        case .cancel:
            if case .prompt(let prompt)? = state.overlay, prompt.kind == .saveAs { state.editing.afterSave = .nothing }
            state.overlay = nil
            return []
        case .submit:
            return submitPrompt(&state)
        case .mouse(let event):
            return mouse(&state, event)
        case .run(let name, let argument):
            state.message = nil
            return run(&state, name, argument: argument)
        case .form(let key):
            return formKey(&state, key)
        case .answer(let key):
            return answer(&state, key)
        case .host(let report):
            return SaveFlow.hostReport(&state, report)
        }
    }

    static func editPrompt(_ state: inout AppState, _ change: (inout Prompt) -> Void) {
        guard case .prompt(var prompt) = state.overlay else { return }
        change(&prompt)
        state.overlay = .prompt(prompt)
    }

    static func submitPrompt(_ state: inout AppState) -> [Effect] {
        guard case .prompt(let prompt) = state.overlay else { return [] }
        state.overlay = nil
        state.message = nil
        let text = prompt.line.text.trimmedSpaces
        switch prompt.kind {
        case .saveAs:
            return SaveFlow.saveAs(&state, path: text.isEmpty ? nil : text)
        case .logActivity(let account, let kind, let date):
            return QuickActions.log(&state, kind, text: text, on: account, date: date)
        case .search:
            return run(&state, "search", argument: text.isEmpty ? nil : prompt.line.text)
        case .command:
            guard !text.isEmpty else { return [] }
            let parts = text.split(separator: " ", maxSplits: 1)
            let argument = parts.count > 1 ? String(parts[1]).trimmedSpaces : nil
            return run(&state, String(parts[0]), argument: argument?.isEmpty == true ? nil : argument)
        }
    }

    /// Runs a command by name: overlays first, then the app's own commands, then the screen.
    static func run(_ state: inout AppState, _ name: String, argument: String?) -> [Effect] {
        let scopes = [state.overlay?.scope, state.screen.name].compactMap { $0 }
        guard let command = state.keyMap.table.command(named: name, preferring: scopes) else {
            state.message = AppMessage("no command named \(name); : and Tab list them", isError: true)
            return []
        }
        if let overlay = state.overlay {
            if let effects = runInOverlay(&state, overlay, command) { return effects }
        }
        guard command.applies(in: state.screen.name) else {
            state.message = AppMessage("\(command.name) does not apply on the \(state.screen.title) screen",
                                       isError: true)
            return []
        }
        if let effects = runEditCommand(&state, command, argument: argument) { return effects }
        if let effects = runAppCommand(&state, command, argument: argument) { return effects }
        if command.argument == .text && argument == nil {
            state.overlay = .prompt(command.name == "search" ? Prompt(kind: .search)
                                    : Prompt(kind: .command, text: command.name + " "))
            return []
        }
        var context = state.context()
        let outcome = state.stack[state.stack.count - 1].perform(command, argument: argument, context: &context)
        return finish(&state, outcome, context: context, command: command)
    }

    /// Applies what a screen answered.
    static func finish(_ state: inout AppState, _ outcome: ScreenOutcome, context: ScreenContext,
                       command: Command?) -> [Effect] {
        switch outcome {
        case .handled: break
        case .unhandled:
            if let command { state.message = AppMessage("\(command.name) does nothing here", isError: true) }
        case .push(let screen): state.stack.append(screen)
        case .pick(let list): state.overlay = .pick(list)
        case .message(let text): state.message = AppMessage(text)
        case .error(let text): state.message = AppMessage(text, isError: true)
        case .edit(let request):
            return QuickActions.applying(&state) { workspace throws(EditError) in
                try request.workspaceEdit(in: workspace)
            } + preferences(&state, context)
        }
        return preferences(&state, context)
    }

    /// Keeps the view preferences a screen changed and asks the host to store them.
    static func preferences(_ state: inout AppState, _ context: ScreenContext) -> [Effect] {
        guard context.preferencesChanged else { return [] }
        state.preferences = context.preferences
        return [.saveViewPreferences(state.preferences)]
    }

    /// Commands the app answers itself on every screen; nil when the screen should.
    static func runAppCommand(_ state: inout AppState, _ command: Command, argument: String?) -> [Effect]? {
        switch command.name {
        case "quit":
            return [.quit]
        case "back", "back-or-quit":
            if state.stack.count > 1 {
                state.stack.removeLast()
                state.refreshScreens()
                return []
            }
            return command.name == "back-or-quit" ? [.quit] : []
        case "help":
            state.overlay = .help(scroll: 0)
            return []
        case "command-line":
            state.overlay = .prompt(Prompt(kind: .command, text: argument ?? ""))
            return []
        case "next-quarter", "previous-quarter":
            moveQuarter(&state, by: command.name == "next-quarter" ? 1 : -1)
            return []
        case "go-to-quarter":
            guard let argument else {
                state.overlay = .prompt(Prompt(kind: .command, text: "quarter "))
                return []
            }
            guard let quarter = Quarter(argument) else {
                state.message = AppMessage("quarter: expected a quarter such as 2025Q3, not \(argument)", isError: true)
                return []
            }
            state.setQuarter(quarter)
            return []
        case "pick-theme":
            return pickTheme(&state, argument)
        default:
            if command.name.hasPrefix("screen-"), let n = Int(command.name.dropFirst("screen-".count)) {
                switchScreen(&state, slot: n)
                return []
            }
            return nil
        }
    }

    /// Moves `[`/`]` one quarter, staying within the quarters that have figures.
    static func moveQuarter(_ state: inout AppState, by delta: Int) {
        let target = state.quarter.advanced(by: delta)
        let quarters = state.workspace.quarters
        if let first = quarters.first, let last = quarters.last, target < first || target > last {
            state.message = AppMessage(delta > 0 ? "no figures after \(last)" : "no figures before \(first)",
                                       isError: true)
            return
        }
        state.setQuarter(target)
    }

    static func pickTheme(_ state: inout AppState, _ argument: String?) -> [Effect] {
        guard let name = argument else {
            guard !state.themeNames.isEmpty else {
                state.message = AppMessage("no themes to pick from", isError: true)
                return []
            }
            let items = state.themeNames.map { PickList.Item(id: $0, label: $0, checked: $0 == state.themeName) }
            let cursor = state.themeNames.firstIndex(of: state.themeName) ?? 0
            state.overlay = .pick(PickList(title: "Theme", items: items, cursor: cursor, isMultiple: false,
                                           command: "pick-theme", scope: OverlayScope.themes))
            return []
        }
        guard state.themeNames.isEmpty || state.themeNames.contains(name) else {
            state.message = AppMessage("no theme named \(name) (themes: \(state.themeNames.joined(separator: ", ")))",
                                       isError: true)
            return []
        }
        state.themeName = name
        state.preferences.theme = name
        state.message = AppMessage("theme \(name)")
        return [.applyTheme(name), .saveViewPreferences(state.preferences)]
    }

    /// Shows the top-level screen on key `slot`, keeping the one left for later.
    static func switchScreen(_ state: inout AppState, slot: Int) {
        guard let entry = ScreenRegistry.entry(slot: slot) else {
            state.message = AppMessage("no screen \(slot)", isError: true)
            return
        }
        let root = state.stack[0]
        if root.name == entry.name {
            state.stack = [root]
            return
        }
        state.screenWarmUp?.adopt(into: &state, waitingFor: entry.name)
        let next: any Screen
        if let parked = state.parked[entry.name] {
            next = parked.caughtUp(state.context())
        } else {
            do { next = try entry.open(state.context(), nil) } catch {
                state.message = AppMessage(error.message, isError: true)
                return
            }
        }
        state.show(next)
    }
}
