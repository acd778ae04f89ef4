import KamModel
import KamUI

/// Carries out the app's file effects on the open workspace document: repeats edits so
/// they are journalled, saves, reloads, restores or drops recovered edits, takes a lock over.
///
/// The app keeps its own undo history for the screens; the document keeps the same one for
/// the files. Each effect is repeated here in the same order, so both stay equal. An edit,
/// undo or redo is not applied a second time: the document takes the app's workspace after
/// it (`perform(_:app:)`), so both share one copy of the accounts.
///
/// A save runs in the background (`BackgroundSave`), which owns the document until it
/// ends: meanwhile the host has no document (`owner` is `.saving`), so nothing on the key
/// loop can touch it; effects that need it are refused (the app refuses them first) and
/// `takeFinishedSave()` hands the document back with the save's report.
struct DocumentHost {
    /// Who holds the open document.
    private enum Owner {
        /// The host; nil for the in-memory demo until it is first saved as a file.
        case host(WorkspaceDocument?)
        /// A background save; `previous` is what the host held before (nil when the save
        /// created the document: the demo's first save).
        case saving(BackgroundSave, previous: WorkspaceDocument?)
    }

    private var owner: Owner
    let environment: DocumentEnvironment
    /// Set when the user quits throwing unsaved edits away (the journal goes with them).
    private(set) var discardOnQuit = false

    init(document: WorkspaceDocument?, environment: DocumentEnvironment) {
        owner = .host(document)
        self.environment = environment
    }

    /// The open document; nil for the in-memory demo before its first save, and while a
    /// save runs (the save owns it then).
    var document: WorkspaceDocument? {
        if case .host(let document) = owner { return document }
        return nil
    }

    /// True while a save runs in the background.
    var isSaving: Bool {
        if case .saving = owner { return true }
        return false
    }

    /// Performs a file effect; returns what to tell the app, if anything. `app` is the app's
    /// workspace once it has made every edit recorded so far (`AppState.workspace`), which
    /// the document takes after repeating one; without it the document applies the edit itself.
    mutating func perform(_ effect: Effect, app: Workspace? = nil) -> HostReport? {
        if isSaving, let refusal = refusalWhileSaving(effect) { return refusal }
        switch effect {
        case .record(let record): return repeatEdit(record, result: app)
        case .save(let request): return save(request)
        case .reload:
            guard let document else { return .reloadFailed("there is no file to read") }
            do {
                try document.reload()
                return .reloaded(document.workspace)
            } catch {
                return .reloadFailed("\(error)")
            }
        case .restoreRecovery:
            _ = try? document?.restoreRecovery()
            return document?.journalWarning.map(HostReport.warning)
        case .discardRecovery:
            document?.discardRecovery()
            return nil
        case .discardUnsaved:
            discardOnQuit = true
            return nil
        case .takeOverLock:
            guard let document else { return .lockFailed("there is no file to lock") }
            switch document.takeLock(force: true) {
            case .acquired, .tookOver: return .lockTaken
            case .held(let owner, _): return .lockFailed("still in use by \(owner)")
            case .unreadable(let reason), .failed(let reason): return .lockFailed(reason)
            }
        case .quit, .saveViewPreferences, .applyTheme:
            return nil
        }
    }

    /// Repeats an edit, undo or redo on the document, which journals it, taking `result` as
    /// the workspace it leads to when given. An undo of an edit made before the document
    /// existed (the demo's first save) is applied as its inverse.
    private func repeatEdit(_ record: EditRecord, result: Workspace?) -> HostReport? {
        guard let document else { return nil }
        do {
            switch record {
            case .applied(let edit): try document.apply(edit, result: result)
            case .undone(let edit):
                if document.history.canUndo { try document.undo(result: result) }
                else { try document.apply(edit.inverse, result: result) }
            case .redone(let edit):
                if document.history.canRedo { try document.redo(result: result) }
                else { try document.apply(edit, result: result) }
            }
        } catch {
            return .warning("the edit was made but not journalled: \(error)")
        }
        return document.journalWarning.map(HostReport.warning)
    }

    /// What an effect that needs the document gets while a save owns it (nil for the
    /// effects that do not need it). The app refuses these itself while it waits for the
    /// save; this keeps the host safe whatever asks.
    private func refusalWhileSaving(_ effect: Effect) -> HostReport? {
        let busy = "still saving; try again once the save has ended"
        switch effect {
        case .record: return .warning("the edit was made but not journalled: \(busy)")
        case .save: return .saveFailed(busy)
        case .reload: return .reloadFailed(busy)
        case .takeOverLock: return .lockFailed(busy)
        case .restoreRecovery, .discardRecovery: return .warning(busy)
        case .discardUnsaved, .quit, .saveViewPreferences, .applyTheme: return nil
        }
    }

    /// Starts a save in the background (atomic write, external-change check), creating the
    /// document for the demo's first save. Returns a report only when the save cannot
    /// start; otherwise `takeFinishedSave()` gives it once the save has ended.
    private mutating func save(_ request: SaveRequest) -> HostReport? {
        guard case .host(let document) = owner else { return .saveFailed("still saving") }
        let target: WorkspaceDocument
        if let document {
            target = document
        } else {
            target = WorkspaceDocument.create(request.workspace, at: request.path, environment: environment)
            if case .readOnly(let reason) = target.access { return .saveFailed("\(request.path): \(reason)") }
        }
        owner = .saving(BackgroundSave(target, request), previous: document)
        return nil
    }

    /// The report of a save that has ended, taking the document back; nil when no save
    /// ended since the last call.
    mutating func takeFinishedSave() -> HostReport? {
        guard case .saving(let job, _) = owner, job.isFinished else { return nil }
        return finishSave()
    }

    /// Waits for the running save to end and takes the document back; returns its report.
    @discardableResult
    private mutating func finishSave() -> HostReport? {
        guard case .saving(let job, let previous) = owner else { return nil }
        let outcome = job.take()
        if previous == nil && !outcome.saved {
            // The demo's first save failed: drop the document (and lock) it created.
            outcome.document.close(keepingUnsavedEdits: false)
            owner = .host(nil)
        } else {
            owner = .host(outcome.document)
        }
        return outcome.report
    }

    /// An ending signal arrived: asks a running save to stop before it replaces the file
    /// (it may be past that point and finish). `close()` then waits for it.
    func cancelSave() {
        if case .saving(let job, _) = owner { job.cancel() }
    }

    /// Releases the lock and closes the journal: kept when edits are unsaved and the user
    /// did not throw them away (a signal, an error), deleted otherwise. Waits first for a
    /// running save to end (a save that wrote the file has deleted the journal; one that
    /// failed or was cancelled left the old file, no temporary file, and the journal).
    mutating func close() {
        finishSave()
        document?.close(keepingUnsavedEdits: !discardOnQuit)
    }
}
