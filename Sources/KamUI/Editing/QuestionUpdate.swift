import KamModel

/// How the app carries out the answer to an open question.
extension App {
    /// A key while a question is open: one of its choices, or a reminder of them.
    static func answer(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard case .question(let question)? = state.overlay else { return [] }
        guard let choice = question.choice(for: key) else {
            let keys = question.choices.map { "\($0.key) \($0.label.lowercased())" }.joined(separator: ", ")
            state.message = AppMessage("answer with \(keys)", isError: true)
            return []
        }
        state.overlay = nil
        state.message = nil
        return carryOut(&state, choice.answer, question: question)
    }

    static func carryOut(_ state: inout AppState, _ answer: Question.Answer, question: Question) -> [Effect] {
        switch answer {
        case .keepGoing:
            if let form = question.form { state.overlay = .form(form) }
            return []
        case .discardForm:
            state.message = AppMessage("form closed; nothing changed")
            return []
        case .apply(let edit):
            var effects: [Effect] = []
            apply(&state, edit, effects: &effects)
            if state.message?.isError == false { state.message = AppMessage(edit.description + "; u undoes it") }
            return effects
        case .saveAndQuit:
            return SaveFlow.save(&state, then: .quit)
        case .quitDiscarding:
            return SaveFlow.quitDiscarding(&state)
        case .reload:
            return SaveFlow.askReload(&state)
        case .reloadDiscarding:
            guard let path = state.editing.path else { return [] }
            state.message = AppMessage("reading \(path) again")
            return [.reload(path: path)]
        case .overwrite(let path):
            state.editing.isSaving = true
            state.message = AppMessage("saving \(path)...")
            return [.save(SaveRequest(workspace: state.editing.history.workspace, path: path, mode: .overwrite))]
        case .saveAs:
            state.overlay = .prompt(Prompt(kind: .saveAs, text: state.editing.path.map { $0 + ".mine" } ?? ""))
            return []
        case .restoreRecovered:
            return SaveFlow.restoreRecovered(&state)
        case .discardRecovered:
            let count = state.editing.recovered.count
            state.editing.recovered = []
            state.message = AppMessage("discarded \(count) recovered edit\(count == 1 ? "" : "s")")
            return [.discardRecovery]
        case .stayReadOnly:
            state.message = AppMessage("read-only: \(state.editing.readOnlyReason ?? "")")
            return []
        case .takeOverLock:
            return [.takeOverLock]
        case .quit:
            return [.quit]
        case .logActivity(let account, let kind):
            state.overlay = .prompt(Prompt(kind: .logActivity(account: account, kind, date: state.today)))
            return []
        }
    }
}
