#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension WorkspaceDocument {
    /// The problems `edit` would cause, for field-level messages; empty when it may be applied.
    public func problems(of edit: WorkspaceEdit) -> [WorkspaceProblem] { history.problems(of: edit) }

    /// Checks, applies and journals `edit`.
    ///
    /// Throws `EditError.readOnly` in a read-only document, `.recoveryPending` while an
    /// earlier session's journal waits for a decision, `.invalid` or `.preconditionFailed`
    /// when the edit cannot be applied (nothing changes then).
    ///
    /// With `result`, the edit was checked and applied to this same workspace by a history
    /// this document follows (the cockpit's): `result` is taken as the workspace it leads
    /// to, sharing its accounts instead of copying them again.
    public func apply(_ edit: WorkspaceEdit, result: Workspace? = nil) throws(EditError) {
        try checkEditable()
        if let result { try history.applyChecked(edit, result: result) } else { try history.apply(edit) }
        record(.apply, edit)
    }

    /// Takes back the newest edit and journals that; returns the edit undone. `result` as
    /// for `apply`.
    @discardableResult
    public func undo(result: Workspace? = nil) throws(EditError) -> WorkspaceEdit {
        try checkEditable()
        let edit = try history.undo(result: result)
        record(.undo, edit)
        return edit
    }

    /// Makes the newest undone edit again and journals that; returns it. `result` as for `apply`.
    @discardableResult
    public func redo(result: Workspace? = nil) throws(EditError) -> WorkspaceEdit {
        try checkEditable()
        let edit = try history.redo(result: result)
        record(.redo, edit)
        return edit
    }

    /// Replays the pending journal's edits onto the workspace as loaded, as unsaved edits
    /// (undoable one by one), and starts a new journal holding them. Edits whose
    /// preconditions no longer hold (the file changed since) are skipped and reported.
    @discardableResult
    public func restoreRecovery() throws(EditError) -> RestoreReport {
        guard let recovery = pendingRecovery else { return RestoreReport() }
        guard access == .editing else { throw .readOnly(readOnlyReason) }
        let report = recovery.replay(onto: &history)
        pendingRecovery = nil
        rewriteJournal(replacing: recovery.journalPath)
        return report
    }

    /// Deletes the pending journal: its edits are dropped (the UI confirms first).
    public func discardRecovery() {
        guard let recovery = pendingRecovery, access == .editing else { return }
        recovery.discard()
        pendingRecovery = nil
    }

    // MARK: Journal

    /// Why edits are refused, for `EditError.readOnly`.
    var readOnlyReason: String {
        if case .readOnly(let reason) = access { return reason.description }
        return ""
    }

    private func checkEditable() throws(EditError) {
        guard access == .editing else { throw .readOnly(readOnlyReason) }
        if let recovery = pendingRecovery { throw .recoveryPending(journal: recovery.journalPath) }
    }

    /// Appends one entry to the journal (starting it when needed); deletes the journal once
    /// the workspace is back at its saved state.
    private func record(_ operation: JournalFile.Entry.Operation, _ edit: WorkspaceEdit) {
        guard history.isModified else {
            removeJournal()
            return
        }
        do {
            if let journal {
                try journal.append(JournalFile.Entry(operation, edit))
            } else {
                journal = try startJournal(entries: [JournalFile.Entry(operation, edit)])
            }
            journalWarning = nil
        } catch {
            journalWarning = "Unsaved edits are not protected against a crash: \(error). Save soon."
        }
    }

    /// A new journal for the current base file holding `entries`.
    func startJournal(entries: [JournalFile.Entry]) throws -> JournalFile {
        let header = JournalFile.Header(workspace: JournalFile.absolute(path), baseHash: identity?.hash ?? 0,
                                        created: ClockText.now(), schemaVersion: Workspace.currentSchemaVersion)
        let preferred = RecoveryJournal.path(for: path, stateFolder: environment.stateFolder)
        do {
            return try JournalFile(path: preferred, header: header, entries: entries)
        } catch {
            // The folder may refuse new files although it looked writable: try the state folder.
            guard let state = environment.stateFolder else { throw error }
            let fallback = RecoveryJournal.fallbackPath(for: path, stateFolder: state)
            guard fallback != preferred else { throw error }
            return try JournalFile(path: fallback, header: header, entries: entries)
        }
    }

    /// Writes a fresh journal holding the unsaved edits (after a restore), replacing `old`.
    private func rewriteJournal(replacing old: String) {
        journal = nil
        let entries = history.unsavedEdits.map { JournalFile.Entry(.apply, $0) }
        guard !entries.isEmpty else {
            unlink(old)
            return
        }
        do {
            let fresh = try startJournal(entries: entries)
            if fresh.path != old { unlink(old) }
            journal = fresh
            journalWarning = nil
        } catch {
            journalWarning = "The restored edits are not protected against a crash: \(error). Save soon."
        }
    }

    /// Deletes the journal (every edit is saved or discarded).
    func removeJournal() {
        journal?.remove()
        journal = nil
    }
}

/// The value of an environment variable, if set.
func environmentValue(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
