import KamModel

/// How the app runs the editing commands and applies, undoes and redoes edits.
extension App {
    /// Runs an editing command; nil when `command` is not one (or, for the quit commands,
    /// when nothing is unsaved and the ordinary command should run).
    static func runEditCommand(_ state: inout AppState, _ command: Command, argument: String?) -> [Effect]? {
        switch command.name {
        case "edit": return EditTargets.edit(&state, argument)
        case "add": return EditTargets.add(&state, argument)
        case "add-account": return EditTargets.add(&state, "account")
        case "delete": return EditTargets.delete(&state, argument)
        case "log-activity": return QuickActions.logActivity(&state, argument)
        case "next-stage": return QuickActions.nextStage(&state, argument)
        case "change-tier": return QuickActions.changeTier(&state, argument)
        case "undo": return undo(&state)
        case "redo": return redo(&state)
        case "save": return argument.map { SaveFlow.saveAs(&state, path: $0) } ?? SaveFlow.save(&state)
        case "save-as": return SaveFlow.saveAs(&state, path: argument)
        case "write-quit": return SaveFlow.save(&state, then: .quit)
        case "quit-discard": return SaveFlow.quitDiscarding(&state)
        case "reload": return SaveFlow.askReload(&state)
        case "take-over": return SaveFlow.takeOver(&state)
        case "quit": return SaveFlow.askBeforeQuit(&state)
        case "back-or-quit": return state.stack.count == 1 ? SaveFlow.askBeforeQuit(&state) : nil
        default: return nil
        }
    }

    /// Why an edit cannot be made now, or nil when it can.
    static func editRefusal(_ state: AppState) -> String? {
        if state.editing.isSaving {
            return "still saving \(state.editing.path ?? "the workspace")...; edit again once it is written"
        }
        if let reason = state.editing.readOnlyReason { return "read-only (\(reason)); :take-over edits anyway" }
        if !state.editing.recovered.isEmpty { return "restore or discard the recovered edits first" }
        return nil
    }

    /// Checks and applies `edit` through the undo history, journals it and shows what it
    /// did. Returns the error instead when the model refused it (nothing changed).
    @discardableResult
    static func apply(_ state: inout AppState, _ edit: WorkspaceEdit, effects: inout [Effect]) -> EditError? {
        if let refusal = editRefusal(state) {
            state.message = AppMessage(refusal, isError: true)
            return .readOnly(refusal)
        }
        guard !edit.isEmpty else {
            state.message = AppMessage("nothing changed")
            return nil
        }
        do {
            try state.editing.history.apply(edit)
        } catch {
            state.message = AppMessage(error.description.firstLine, isError: true)
            return error
        }
        state.adoptHistory()
        state.message = AppMessage(edit.description)
        effects.append(.record(.applied(edit)))
        return nil
    }

    /// `u`: takes back the newest edit and says what it undid.
    static func undo(_ state: inout AppState) -> [Effect] {
        travel(&state) { history throws(EditError) in
            let edit = try history.undo()
            return (.undone(edit), "Undid: \(edit.summary)" + remaining(history.undoCount, "undo"))
        }
    }

    /// `Ctrl-R`: makes the newest undone edit again.
    static func redo(_ state: inout AppState) -> [Effect] {
        travel(&state) { history throws(EditError) in
            let edit = try history.redo()
            return (.redone(edit), "Redid: \(edit.summary)")
        }
    }

    /// Moves through the history with `step`, showing what it did and asking the host to
    /// repeat it on the document.
    static func travel(_ state: inout AppState,
                       _ step: (inout EditHistory) throws(EditError) -> (EditRecord, String)) -> [Effect] {
        if let refusal = editRefusal(state) {
            state.message = AppMessage(refusal, isError: true)
            return []
        }
        do {
            let (record, text) = try step(&state.editing.history)
            state.adoptHistory()
            state.message = AppMessage(text)
            return [.record(record)]
        } catch {
            state.message = AppMessage(error.description, isError: true)
            return []
        }
    }

    static func remaining(_ count: Int, _ what: String) -> String {
        count == 0 ? "" : " (\(count) more to \(what))"
    }
}

extension AppState {
    /// Shows the history's workspace on every screen after an edit, undo, redo or reload.
    mutating func adoptHistory() {
        replaceWorkspace(editing.history.workspace)
    }
}

extension String {
    /// The text up to the first line break.
    var firstLine: String { String(prefix { $0 != "\n" }) }
}
