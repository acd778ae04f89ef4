/// How the overlays (help, pick lists) answer commands and the mouse.
extension App {
    /// Runs `command` in the open overlay; nil lets it fall through to the app and screen
    /// (the overlay closes first).
    static func runInOverlay(_ state: inout AppState, _ overlay: Overlay, _ command: Command) -> [Effect]? {
        switch overlay {
        case .prompt, .form, .question:
            return nil
        case .help(let scroll):
            let page = HelpView.bodyHeight(state)
            let last = HelpView.maxOffset(state)
            var top = scroll
            switch command.name {
            case "cursor-down": top += 1
            case "cursor-up": top -= 1
            case "page-down": top += page
            case "page-up": top -= page
            case "half-page-down": top += page / 2
            case "half-page-up": top -= page / 2
            case "top": top = 0
            case "bottom": top = last
            case "back", "back-or-quit", "help":
                state.overlay = nil
                return []
            default:
                state.overlay = nil
                return nil
            }
            state.overlay = .help(scroll: min(max(0, top), last))
            return []
        case .pick(var list):
            let page = max(1, PickListView.bodyHeight(list: list, state: state))
            switch command.name {
            case "cursor-down": list.moveCursor(to: list.cursor + 1)
            case "cursor-up": list.moveCursor(to: list.cursor - 1)
            case "page-down": list.moveCursor(to: list.cursor + page)
            case "page-up": list.moveCursor(to: list.cursor - page)
            case "half-page-down": list.moveCursor(to: list.cursor + page / 2)
            case "half-page-up": list.moveCursor(to: list.cursor - page / 2)
            case "top": list.moveCursor(to: 0)
            case "bottom": list.moveCursor(to: list.items.count - 1)
            case "toggle-column": list.toggle()
            case "move-column-up": list.moveItem(by: -1)
            case "move-column-down": list.moveItem(by: 1)
            case "select-item":
                state.overlay = nil
                guard let choice = list.choice else {
                    state.message = AppMessage("pick at least one", isError: true)
                    return []
                }
                return run(&state, list.command, argument: choice)
            case "back", "back-or-quit":
                state.overlay = nil
                return []
            default:
                state.overlay = nil
                return nil
            }
            state.overlay = .pick(list)
            return []
        }
    }

    /// Mouse: the wheel scrolls the overlay or screen; a click picks in a list or goes to the screen.
    static func mouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        switch state.overlay {
        case .help?:
            switch event.action {
            case .wheelDown: return run(&state, "cursor-down", argument: nil)
            case .wheelUp: return run(&state, "cursor-up", argument: nil)
            default: state.overlay = nil
            }
            return []
        case .pick(var list)?:
            switch event.action {
            case .wheelDown: list.moveCursor(to: list.cursor + 1)
            case .wheelUp: list.moveCursor(to: list.cursor - 1)
            case .press:
                guard let index = PickListView.item(at: event, list: list, state: state) else {
                    state.overlay = nil
                    return []
                }
                list.moveCursor(to: index)
                if list.isMultiple { list.toggle() }
            case .release: return []
            }
            state.overlay = .pick(list)
            return []
        case .prompt?, .form?, .question?:
            return []
        case nil:
            var context = state.context()
            let outcome = state.stack[state.stack.count - 1].mouse(event, context: &context)
            if case .unhandled = outcome { return [] }
            return finish(&state, outcome, context: context, command: nil)
        }
    }
}
