/// The help overlay: every command from the command table with its keys, the current
/// screen's commands first.
enum HelpView {
    /// The overlay for `state`, scrolled to `offset`.
    static func overlay(_ state: AppState, offset: Int = 0) -> HelpOverlay {
        HelpOverlay(title: "Help: keys and :commands (Esc closes)", sections: sections(state), offset: offset,
                    glyphs: state.glyphs)
    }

    /// The sections: this screen, every screen, each other screen and the pick lists.
    static func sections(_ state: AppState) -> [HelpSection] {
        let table = state.keyMap.table
        let screen = state.screen.name
        func entries(_ commands: [Command], scope: String) -> [KeyHint] {
            commands.map { command in
                let keys = state.keyMap.keys(for: command, in: scope).map(KeyName.label(of:))
                let key = keys.isEmpty ? ":" + command.name : keys.joined(separator: " ")
                let name = keys.isEmpty ? "" : "  :\(command.name)"
                return KeyHint(key, command.help + name)
            }
        }
        var sections: [HelpSection] = []
        let here = table.commands.filter { $0.scopes.contains(screen) }
        if !here.isEmpty { sections.append(HelpSection("\(state.screen.title) screen", entries(here, scope: screen))) }
        sections.append(HelpSection("Everywhere", entries(table.commands.filter(\.scopes.isEmpty), scope: screen)))
        for scope in table.scopes where scope != screen {
            let commands = table.commands.filter { $0.scopes.contains(scope) && !$0.scopes.contains(screen) }
            guard !commands.isEmpty else { continue }
            let title = ScreenRegistry.entry(named: scope).map { "\($0.title) screen" } ?? scope.replacing("-", with: " ")
            sections.append(HelpSection(title, entries(commands, scope: scope)))
        }
        return sections
    }

    /// The largest scroll offset at the current size.
    static func maxOffset(_ state: AppState) -> Int {
        overlay(state).maxOffset(in: state.layout.content)
    }

    /// Lines the overlay shows at once.
    static func bodyHeight(_ state: AppState) -> Int {
        max(1, overlay(state).box(in: state.layout.content).height - 2)
    }
}

/// Draws a pick list (column chooser, theme picker) as a box over the screen.
enum PickListView {
    /// The box the list takes in the content area.
    static func frame(_ list: PickList, state: AppState) -> Rect {
        let widest = list.items.map { SafeText.width(of: $0.label) }.max() ?? 0
        let width = max(widest + 8, SafeText.width(of: list.title) + 6)
        return state.layout.content.centered(width: width, height: list.items.count + 2)
    }

    /// Items shown at once.
    static func bodyHeight(list: PickList, state: AppState) -> Int {
        max(1, frame(list, state: state).height - 2)
    }

    /// The first item shown: enough to keep the cursor in view.
    static func offset(_ list: PickList, state: AppState) -> Int {
        max(0, list.cursor - bodyHeight(list: list, state: state) + 1)
    }

    /// The item a click lands on.
    static func item(at event: MouseEvent, list: PickList, state: AppState) -> Int? {
        let inner = Box.inner(of: frame(list, state: state))
        guard inner.contains(x: event.x, y: event.y) else { return nil }
        let index = offset(list, state: state) + event.y - inner.y
        return list.items.indices.contains(index) ? index : nil
    }

    static func draw(_ list: PickList, state: AppState, buffer: inout ScreenBuffer) {
        let box = frame(list, state: state)
        Box(title: list.title, focused: true, clearsInside: true, glyphs: state.glyphs).render(in: box, buffer: &buffer)
        let inner = Box.inner(of: box)
        guard !inner.isEmpty else { return }
        let top = offset(list, state: state)
        for (row, index) in (top..<list.items.count).prefix(inner.height).enumerated() {
            let item = list.items[index]
            let mark = list.isMultiple ? (item.checked ? "[x] " : "[ ] ") : (item.checked ? "* " : "  ")
            let style = index == list.cursor ? Style(.selection) : Style(.text)
            let line = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
            buffer.fill(line, style: style)
            buffer.write(" " + mark + item.label, x: line.x, y: line.y, width: line.width, style: style,
                         ellipsis: state.glyphs.ellipsis, clip: line)
        }
    }
}
