import KamAnalytics

/// Draws the whole frame: title bar, the current screen, overlays and the status line.
extension App {
    /// Draws `state` into `buffer` (resized to the state's size by the caller), at any size.
    public static func view(_ state: AppState, into buffer: inout ScreenBuffer) {
        buffer.fill(buffer.area, style: .plain)
        let layout = FrameLayout(width: buffer.width, height: buffer.height)
        if layout.isTooSmall {
            TooSmallMessage(requiredWidth: FrameLayout.minimum.width, requiredHeight: FrameLayout.minimum.height)
                .render(in: buffer.area, buffer: &buffer)
            return
        }
        drawTitleBar(state, in: layout.titleBar, buffer: &buffer)
        var context = state.context()
        context.area = layout.content
        if let loading = state.loading, !loading.showsPreview {
            drawLoadingFrame(loading, in: layout.content, buffer: &buffer)
        } else {
            state.screen.draw(into: &buffer, context: context)
        }
        drawStatusLine(state, in: layout.statusLine, buffer: &buffer)
        switch state.overlay {
        case .help(let scroll)?:
            HelpView.overlay(state, offset: scroll).render(in: layout.content, buffer: &buffer)
        case .pick(let list)?:
            PickListView.draw(list, state: state, buffer: &buffer)
        case .prompt(let prompt)?:
            promptLine(prompt, state).render(in: promptArea(prompt, layout), buffer: &buffer)
        case .form(let form)?:
            FormView(form: form, glyphs: state.glyphs).render(in: layout.content, buffer: &buffer)
        case .question(let question)?:
            questionDialog(question, state).render(in: layout.content, buffer: &buffer)
        case nil:
            break
        }
    }

    static func questionDialog(_ question: Question, _ state: AppState) -> ConfirmDialog {
        ConfirmDialog(title: question.title, question: question.text,
                      choices: question.choices.map { KeyHint(String($0.key), $0.label) }, glyphs: state.glyphs)
    }

    /// A new buffer of the state's size with the frame drawn in it.
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        view(state, into: &buffer)
        return buffer
    }

    /// Where the terminal cursor belongs (in the open prompt), if anywhere.
    public static func cursor(_ state: AppState) -> (x: Int, y: Int)? {
        guard !state.layout.isTooSmall else { return nil }
        switch state.overlay {
        case .prompt(let prompt)?:
            return promptLine(prompt, state).cursorPosition(in: promptArea(prompt, state.layout))
        case .form(let form)?:
            return FormView(form: form, glyphs: state.glyphs).cursorPosition(in: state.layout.content)
        default:
            return nil
        }
    }

    static func promptLine(_ prompt: Prompt, _ state: AppState) -> TextInputLine {
        TextInputLine(prompt: prompt.leader, input: prompt.line, completions: prompt.candidates, glyphs: state.glyphs)
    }

    /// The prompt sits above the status line; its completions, if any, cover the status line.
    static func promptArea(_ prompt: Prompt, _ layout: FrameLayout) -> Rect {
        let rows = prompt.candidates.isEmpty ? 1 : 2
        return Rect(x: 0, y: layout.promptLine.y, width: layout.width, height: rows)
    }

    static func drawTitleBar(_ state: AppState, in bar: Rect, buffer: inout ScreenBuffer) {
        guard !bar.isEmpty else { return }
        let style = Style(.title, bold: true)
        buffer.fill(bar, style: style)
        let separator = state.glyphs == .ascii ? " > " : " › "
        let trail = state.stack.map(\.title).joined(separator: separator)
        let right = "\(state.quarter) "
        let rightWidth = SafeText.width(of: right)
        buffer.write(right, x: bar.maxX - rightWidth, y: bar.y, width: rightWidth, style: style, clip: bar)
        let flags = (state.editing.isModified ? " [+]" : "") + (state.editing.isSaving ? " [saving]" : "")
            + (state.editing.isWritable ? "" : " [read-only]")
        let left = " \(state.workspace.name)\(flags)\(separator)\(trail)"
        buffer.write(left, x: bar.x, y: bar.y, width: max(0, bar.width - rightWidth - 1), style: style,
                     ellipsis: state.glyphs.ellipsis, clip: bar)
    }

    static func drawStatusLine(_ state: AppState, in bar: Rect, buffer: inout ScreenBuffer) {
        let context = state.context()
        var left: String
        if let message = state.message {
            left = message.text
        } else if let loading = state.loading {
            left = loading.note
        } else if let mode = state.screen.mode(context: context) {
            left = mode
        } else if state.width < FrameLayout.comfortable.width || state.height < FrameLayout.comfortable.height {
            left = "small window \(state.width)x\(state.height)"
        } else {
            left = ""
        }
        if state.overlay != nil, state.message == nil { left = overlayMode(state) }
        // While loading, the count of accounts is not known yet.
        var position = state.loading != nil ? ""
            : state.screen.position(context: context).map { "[\($0.index)/\($0.count)]" } ?? ""
        let unsaved = state.editing.unsavedCount
        if unsaved > 0 { position = "[+] \(unsaved) unsaved" + (position.isEmpty ? "" : "  " + position) }
        let hints = state.message == nil ? hints(state) : []
        StatusLine(left: left, right: position, hints: hints, glyphs: state.glyphs).render(in: bar, buffer: &buffer)
        if state.message?.isError == true, !left.isEmpty {
            let width = min(bar.width, SafeText.width(of: left))
            buffer.restyle(Rect(x: bar.x, y: bar.y, width: width, height: 1)) { $0 = Style(.bad, bold: true) }
        }
    }

    static func overlayMode(_ state: AppState) -> String {
        switch state.overlay {
        case .help?: "HELP"
        case .pick(let list)?: list.title
        case .prompt(let prompt)?:
            switch prompt.kind {
            case .command: "COMMAND"
            case .search: "SEARCH"
            case .saveAs: "SAVE AS"
            case .logActivity: "LOG ACTIVITY"
            }
        case .form?: "FORM"
        case .question(let question)?: question.title.uppercased()
        case nil: ""
        }
    }

    /// The status-line hints: commands with a hint that apply here, with their first key;
    /// the screen's or overlay's own commands first.
    static func hints(_ state: AppState) -> [KeyHint] {
        switch state.overlay {
        case .form?, .question?: return []  // they show their own keys
        default: break
        }
        let scope = state.scope
        let commands = state.keyMap.table.commands
        let ordered = commands.filter { !$0.scopes.isEmpty } + commands.filter(\.scopes.isEmpty)
        return ordered.compactMap { command in
            guard let hint = command.hint, command.applies(in: scope),
                  let key = state.keyMap.keys(for: command, in: scope).first else { return nil }
            if command.name == "back-or-quit", state.stack.count > 1 || state.overlay != nil {
                return KeyHint(KeyName.label(of: key), "back")
            }
            return KeyHint(KeyName.label(of: key), hint)
        }
    }
}
