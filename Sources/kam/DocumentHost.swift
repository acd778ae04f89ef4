import KamModel
import KamUI

/// Carries out the app's file effects on the open workspace document: repeats edits so
/// they are journalled, saves, reloads, restores or drops recovered edits, takes a lock over.
///
/// The app keeps its own undo history for the screens; the document keeps the same one for
/// the files. Each effect is repeated here in the same order, so both stay equal.
struct DocumentHost {
    /// The open document; nil for the in-memory demo until it is first saved as a file.
    private(set) var document: WorkspaceDocument?
    let environment: DocumentEnvironment
    /// Set when the user quits throwing unsaved edits away (the journal goes with them).
    private(set) var discardOnQuit = false

    init(document: WorkspaceDocument?, environment: DocumentEnvironment) {
        self.document = document
        self.environment = environment
    }

    /// Performs a file effect; returns what to tell the app, if anything.
    mutating func perform(_ effect: Effect) -> HostReport? {
        switch effect {
        case .record(let record): return repeatEdit(record)
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

    /// Repeats an edit, undo or redo on the document, which journals it. An undo of an
    /// edit made before the document existed (the demo's first save) is applied as its inverse.
    private func repeatEdit(_ record: EditRecord) -> HostReport? {
        guard let document else { return nil }
        do {
            switch record {
            case .applied(let edit): try document.apply(edit)
            case .undone(let edit):
                if document.history.canUndo { try document.undo() } else { try document.apply(edit.inverse) }
            case .redone(let edit):
                if document.history.canRedo { try document.redo() } else { try document.apply(edit) }
            }
        } catch {
            return .warning("the edit was made but not journalled: \(error)")
        }
        return document.journalWarning.map(HostReport.warning)
    }

    /// Saves through the document (atomic write, external-change check), creating the
    /// document for the demo's first save.
    private mutating func save(_ request: SaveRequest) -> HostReport {
        let target: WorkspaceDocument
        if let document {
            target = document
        } else {
            target = WorkspaceDocument.create(request.workspace, at: request.path, environment: environment)
            if case .readOnly(let reason) = target.access { return .saveFailed("\(request.path): \(reason)") }
        }
        let result: SaveResult
        do {
            switch request.mode {
            case .checked: result = try target.save()
            case .overwrite: result = try target.save(as: request.path, force: true)
            case .saveAs: result = try target.save(as: request.path)
            }
        } catch {
            if document == nil { target.close(keepingUnsavedEdits: false) }
            return .saveFailed("\(error)")
        }
        switch result {
        case .saved:
            document = target
            return .saved(path: target.path)
        case .conflict(let change):
            if document == nil { target.close(keepingUnsavedEdits: false) }
            return .conflict(path: request.path, detail: change.description)
        }
    }

    /// Releases the lock and closes the journal: kept when edits are unsaved and the user
    /// did not throw them away (a signal, an error), deleted otherwise.
    func close() {
        document?.close(keepingUnsavedEdits: !discardOnQuit)
    }
}
