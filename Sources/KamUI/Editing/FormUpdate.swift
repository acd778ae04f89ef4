import KamModel

/// How the app opens forms, passes them keys, and saves or cancels them.
extension App {
    /// Opens `form` over the screen, unless edits are refused.
    static func openForm(_ state: inout AppState, _ form: EditForm) -> [Effect] {
        if let refusal = editRefusal(state) {
            state.message = AppMessage(refusal, isError: true)
            return []
        }
        state.overlay = .form(form)
        state.message = nil
        return []
    }

    /// A key in the open form: typing and moving stay in it; Enter or Ctrl-S saves it when
    /// every field is acceptable; Esc leaves it (asking first when something was typed).
    static func formKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard case .form(var form) = state.overlay else { return [] }
        state.message = nil
        switch form.handle(key) {
        case .handled:
            state.overlay = .form(form)
            return []
        case .cancel:
            if form.isDirty {
                state.overlay = .question(Question(
                    title: "Discard", text: "Leave the form and lose what you typed?",
                    choices: [.init("y", "Discard", .discardForm), .init("n", "Keep editing", .keepGoing)], form: form))
            } else {
                state.overlay = nil
            }
            return []
        case .submit:
            return submitForm(&state, form)
        }
    }

    /// Saves a form into the workspace, or keeps it open saying what is wrong.
    static func submitForm(_ state: inout AppState, _ form: EditForm) -> [Effect] {
        var form = form
        if let problem = form.checkAll() {
            state.overlay = .form(form)
            state.message = AppMessage("cannot save: \(problem)", isError: true)
            return []
        }
        let edit: WorkspaceEdit
        do {
            edit = try FormSubmit.edit(form, workspace: state.workspace, quarter: state.quarter, today: state.today)
        } catch {
            state.overlay = .form(form)
            state.message = AppMessage(error.description.firstLine, isError: true)
            return []
        }
        var effects: [Effect] = []
        guard let error = apply(&state, edit, effects: &effects) else {
            state.overlay = nil
            return effects
        }
        if case .invalid(let problems) = error {
            // Put each of the model's problems next to its field; keep the first otherwise.
            var unplaced: [WorkspaceProblem] = []
            for problem in problems.reversed() where !form.setModelProblem(problem.message, field: problem.path.lastKey) {
                unplaced.append(problem)
            }
            state.message = AppMessage("cannot save: " + (unplaced.last?.description ?? problems[0].message), isError: true)
        }
        state.overlay = error.isRefusal ? nil : .form(form)
        return effects
    }
}

extension FieldPath {
    /// The last member name of the path (`revenue` in `accounts[3].quarters["2025Q3"].revenue`).
    var lastKey: String {
        for component in components.reversed() {
            if case .key(let key) = component { return key }
        }
        return ""
    }
}

extension EditError {
    /// True when the edit was refused as a whole (read-only, recovery pending), not for its values.
    var isRefusal: Bool {
        switch self {
        case .readOnly, .recoveryPending: true
        default: false
        }
    }
}
