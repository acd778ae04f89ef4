import KamModel

/// Saving, reloading, quitting with unsaved edits, recovery and locks: the questions the
/// app asks and how it takes the host's reports.
enum SaveFlow {
    /// `Ctrl-S`, `:w`: saves to the workspace's file (asks for one for the in-memory demo).
    static func save(_ state: inout AppState, mode: SaveRequest.Mode = .checked,
                     then after: EditSession.AfterSave = .nothing) -> [Effect] {
        if state.editing.isSaving { return whileSaving(&state, then: after) }
        guard let path = state.editing.path else {
            state.editing.afterSave = after
            state.overlay = .prompt(Prompt(kind: .saveAs))
            state.message = AppMessage("the demo workspace has no file yet: type a path to save it to")
            return []
        }
        if let reason = state.editing.readOnlyReason, mode != .saveAs {
            state.message = AppMessage("read-only: \(reason); :save-as FILE writes a copy", isError: true)
            return []
        }
        if !state.editing.isModified && mode == .checked {
            if after == .quit { return [.quit] }
            state.message = AppMessage("no unsaved changes")
            return []
        }
        state.editing.afterSave = after
        state.editing.isSaving = true
        state.message = AppMessage("saving \(path)...")
        return [.save(SaveRequest(workspace: state.editing.history.workspace, path: path, mode: mode))]
    }

    /// `:w FILE`, `:save-as FILE`: saves to another file, which becomes the workspace's file.
    static func saveAs(_ state: inout AppState, path: String?) -> [Effect] {
        guard let path, !path.isEmpty else {
            state.overlay = .prompt(Prompt(kind: .saveAs))
            return []
        }
        if state.editing.isSaving { return whileSaving(&state, then: .nothing) }
        if path == state.editing.path { return save(&state, then: state.editing.afterSave) }
        state.editing.isSaving = true
        state.message = AppMessage("saving \(path)...")
        return [.save(SaveRequest(workspace: state.editing.history.workspace, path: path, mode: .saveAs))]
    }

    /// A save, save-as or quit asked for while a save runs in the background: a quit
    /// waits for the save to end (and happens only if it succeeds, or, for `:q!`, in any
    /// case); another save is refused, not queued.
    static func whileSaving(_ state: inout AppState, then after: EditSession.AfterSave) -> [Effect] {
        let path = state.editing.path ?? "the workspace"
        switch after {
        case .nothing:
            state.message = AppMessage("still saving \(path)...; save again once it is written", isError: true)
        case .quit, .quitDiscarding:
            if state.editing.afterSave != .quitDiscarding { state.editing.afterSave = after }
            state.message = AppMessage("quitting once \(path) is saved...")
        }
        return []
    }

    /// `:q!`: quits and throws the unsaved edits (and their journal) away; while a save
    /// runs, once it has ended.
    static func quitDiscarding(_ state: inout AppState) -> [Effect] {
        if state.editing.isSaving { return whileSaving(&state, then: .quitDiscarding) }
        return state.editing.isModified ? [.discardUnsaved, .quit] : [.quit]
    }

    /// `q` on the top screen, `Q`: asks first when there are unsaved edits; nil lets the
    /// quit happen. While a save runs, quits once it has succeeded.
    static func askBeforeQuit(_ state: inout AppState) -> [Effect]? {
        if state.editing.isSaving { return whileSaving(&state, then: .quit) }
        guard state.editing.isModified else { return nil }
        let descriptions = state.editing.history.unsavedDescriptions
        state.overlay = .question(Question(
            title: "Unsaved changes",
            text: "\(count(descriptions.count, "unsaved edit")):\n" + list(descriptions) + "\n\nSave before quitting?",
            choices: [.init("s", "Save and quit", .saveAndQuit), .init("d", "Discard and quit", .quitDiscarding),
                      .init("c", "Cancel", .keepGoing)]))
        return []
    }

    /// `:reload`: reads the file again, asking first when that drops unsaved edits.
    static func askReload(_ state: inout AppState) -> [Effect] {
        if state.editing.isSaving {
            state.message = AppMessage("still saving \(state.editing.path ?? "the workspace")...; reload once it is written",
                                       isError: true)
            return []
        }
        guard let path = state.editing.path else {
            state.message = AppMessage("the demo workspace has no file to read again", isError: true)
            return []
        }
        guard state.editing.isModified else { return [.reload(path: path)] }
        state.overlay = .question(Question(
            title: "Reload", text: "Read \(path) again and lose \(count(state.editing.unsavedCount, "unsaved edit"))?",
            choices: [.init("y", "Reload, losing my edits", .reloadDiscarding), .init("n", "Cancel", .keepGoing)]))
        return []
    }

    /// `:take-over`: asks the host to take the other session's lock.
    static func takeOver(_ state: inout AppState) -> [Effect] {
        guard state.editing.readOnlyReason != nil else {
            state.message = AppMessage("the workspace is not read-only")
            return []
        }
        return [.takeOverLock]
    }

    /// Applies the recovered edits as unsaved edits, skipping any that no longer apply
    /// (as the document's replay does); the host replays them on the document.
    static func restoreRecovered(_ state: inout AppState) -> [Effect] {
        let edits = state.editing.recovered
        state.editing.recovered = []
        var skipped: [String] = []
        for edit in edits {
            do { try state.editing.history.apply(edit) } catch { skipped.append(edit.description) }
        }
        state.adoptHistory()
        let restored = edits.count - skipped.count
        if skipped.isEmpty {
            state.message = AppMessage("restored \(count(restored, "edit")); Ctrl-S saves them, u undoes them")
        } else {
            state.message = AppMessage("restored \(restored) of \(edits.count) edits; no longer applies: "
                                       + skipped.joined(separator: "; "), isError: true)
        }
        return [.restoreRecovery]
    }

    /// What the host reports after a save, a reload or taking a lock over.
    static func hostReport(_ state: inout AppState, _ report: HostReport) -> [Effect] {
        switch report {
        case .saved(let path):
            let saved = state.editing.unsavedCount
            state.editing.isSaving = false
            state.editing.history.markSaved()
            state.editing.path = path
            state.message = AppMessage("saved \(path)" + (saved > 0 ? " (\(count(saved, "edit")))" : ""))
            let after = state.editing.afterSave
            state.editing.afterSave = .nothing
            return after == .nothing ? [] : [.quit]
        case .saveFailed(let reason):
            state.editing.isSaving = false
            let after = state.editing.afterSave
            state.editing.afterSave = .nothing
            if after == .quitDiscarding { return [.discardUnsaved, .quit] }
            state.message = AppMessage("not saved: \(reason.firstLine); your edits are kept", isError: true)
            return []
        case .conflict(let path, let detail):
            state.editing.isSaving = false
            if state.editing.afterSave == .quitDiscarding {
                state.editing.afterSave = .nothing
                return [.discardUnsaved, .quit]
            }
            state.overlay = .question(Question(
                title: "File changed on disk",
                text: "\(detail). Saving now would overwrite what is there.",
                choices: [.init("r", "Reload", .reload), .init("o", "Overwrite", .overwrite(path: path)),
                          .init("s", "Save as", .saveAs), .init("c", "Cancel", .keepGoing)]))
            return []
        case .reloaded(let workspace):
            state.editing.history.reset(to: workspace)
            state.adoptHistory()
            state.message = AppMessage("read \(state.editing.path ?? "the file") again")
            return []
        case .reloadFailed(let reason):
            state.message = AppMessage("could not read the file again: \(reason.firstLine)", isError: true)
            return []
        case .lockTaken:
            state.editing.readOnlyReason = nil
            state.message = AppMessage("you hold the workspace now; edits are allowed")
            return []
        case .lockFailed(let reason):
            state.message = AppMessage("could not take the workspace over: \(reason.firstLine)", isError: true)
            return []
        case .warning(let text):
            state.message = AppMessage(text.firstLine, isError: true)
            return []
        }
    }

    /// "3 unsaved edits", "1 unsaved edit".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Up to eight descriptions as a bulleted list, with how many more there are.
    static func list(_ descriptions: [String], limit: Int = 8) -> String {
        var lines = descriptions.prefix(limit).map { "- " + $0 }
        if descriptions.count > limit { lines.append("... and \(descriptions.count - limit) more") }
        return lines.joined(separator: "\n")
    }
}

extension AppState {
    /// Opens with the edits of an earlier session that ended without saving (from the
    /// recovery journal), asking whether to restore them. Edits wait until answered.
    ///
    /// `baseChanged` says the file changed since the edits were made (some may not apply).
    public mutating func offerRecovery(_ edits: [WorkspaceEdit], from journal: String, baseChanged: Bool = false) {
        guard !edits.isEmpty else { return }
        editing.recovered = edits
        let warning = baseChanged ? "\nThe file changed since; edits that no longer fit are skipped." : ""
        var question = Question(
            title: "Recover unsaved edits",
            text: "kam ended without saving \(SaveFlow.count(edits.count, "edit")) (\(journal)):\n"
                + SaveFlow.list(edits.map(\.description)) + warning + "\n\nRestore them?",
            choices: [.init("r", "Restore", .restoreRecovered), .init("d", "Discard", .discardRecovered)])
        question.escapePicksLast = false
        overlay = .question(question)
    }

    /// Offers the edits of a recovery journal the document found.
    public mutating func offerRecovery(_ journal: RecoveryJournal) {
        offerRecovery(journal.edits, from: journal.journalPath, baseChanged: !journal.baseUnchanged)
    }

    /// Opens read-only because another session holds the workspace, asking whether to
    /// stay read-only, take it over or leave. `holder` says who: "kam pid 4242 on host, since 09:14".
    public mutating func openLocked(by holder: String, path: String) {
        editing.readOnlyReason = "in use by \(holder)"
        overlay = .question(Question(
            title: "Workspace in use",
            text: "\(path) is in use by \(holder). Open it read-only, or take it over (their unsaved edits may then "
                + "conflict with yours)?",
            choices: [.init("f", "Take over", .takeOverLock), .init("q", "Quit", .quit),
                      .init("r", "Read-only", .stayReadOnly)]))
    }
}
