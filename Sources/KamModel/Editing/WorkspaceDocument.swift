/// A workspace file open for editing: the edit history, the lock, the recovery journal and
/// safe saving.
///
/// Open with `WorkspaceDocument.open(path:...)`. Every edit goes through `apply`, `undo`
/// and `redo`, which journal it (appended and flushed) before returning, so a dropped SSH
/// connection or a crash loses at most the edit being typed. `save()` refuses to overwrite
/// a file that changed on disk since it was loaded and returns a conflict instead. Call
/// `close(keepingUnsavedEdits:)` on every way out.
///
/// A reference type because it owns the lock and the open journal; use it from one thread
/// at a time (the cockpit's key loop, or the background save it lends the document to
/// until the save hands it back).
public final class WorkspaceDocument: @unchecked Sendable {
    /// The file being edited (changed by `save(as:)`).
    public internal(set) var path: String
    /// The workspace with its undo and redo stacks.
    public internal(set) var history: EditHistory
    /// The file as it was last loaded or saved; nil before a new file is first saved.
    public internal(set) var identity: FileIdentity?
    /// Whether edits are allowed, and why not.
    public internal(set) var access: DocumentAccess
    /// A journal of unsaved edits from an earlier session, waiting for `restoreRecovery()`
    /// or `discardRecovery()`; edits are refused until then.
    public internal(set) var pendingRecovery: RecoveryJournal?
    /// Set when the last edit could not be journalled (the edit itself was made): the UI
    /// shows it and suggests saving soon.
    public internal(set) var journalWarning: String?
    /// Where this session comes from and where it keeps its files.
    public let environment: DocumentEnvironment
    var journal: JournalFile?
    /// The file opened (or reloaded), with where each account sat in it, from which the
    /// next save copies the accounts that did not change; nil when the file was not read
    /// by the windowed fast path (`WorkspaceFile.read`), and after a save.
    var accountSource: AccountSource?

    /// The workspace as it stands.
    public var workspace: Workspace { history.workspace }
    /// True when there are edits not yet saved.
    public var isModified: Bool { history.isModified }
    public var isReadOnly: Bool { access != .editing }

    init(path: String, workspace: Workspace, identity: FileIdentity?, access: DocumentAccess,
         environment: DocumentEnvironment) {
        self.path = path
        self.history = EditHistory(workspace: workspace, limit: environment.historyLimit)
        self.identity = identity
        self.access = access
        self.environment = environment
    }

    deinit {
        // A document dropped without close() keeps its journal: the edits stay recoverable.
        if access == .editing { WorkspaceLock.release(path, as: environment.owner) }
    }

    /// Loads the workspace at `path` and, unless `readOnly`, takes its lock.
    ///
    /// When another session holds the lock the document opens read-only and `access`
    /// names the holder ("in use by anna on host1, pid 4242, since 09:14"); `force` takes
    /// the lock anyway. A stale lock (its process gone) is taken over. With the lock held,
    /// a recovery journal left by an earlier session is found and set as `pendingRecovery`.
    /// Throws `WorkspaceError` when the file cannot be read or is not a valid workspace.
    /// `progress`, when given, follows the load from another thread (a large file loading
    /// behind the cockpit's preview).
    public static func open(path: String, readOnly: Bool = false, force: Bool = false,
                            environment: DocumentEnvironment = .current(),
                            progress: LoadProgress? = nil) throws -> WorkspaceDocument {
        // Read in windows, hashed and decoded as it is read (see `WorkspaceFile.read`).
        let loaded = try WorkspaceFile.read(path: path, fileSystem: environment.fileSystem, progress: progress)
        let document = WorkspaceDocument(path: path, workspace: loaded.workspace, identity: loaded.identity,
                                         access: .readOnly(.requested), environment: environment)
        document.accountSource = loaded.accountSpans.flatMap {
            AccountSource(path: path, accounts: loaded.workspace.accounts, spans: $0)
        }
        if !readOnly { document.takeLock(force: force) }
        return document
    }

    /// A document for a workspace not yet on disk (`kam new`): takes the lock of `path`;
    /// the first `save()` creates the file.
    public static func create(_ workspace: Workspace, at path: String,
                              environment: DocumentEnvironment = .current()) -> WorkspaceDocument {
        let document = WorkspaceDocument(path: path, workspace: workspace, identity: nil,
                                         access: .readOnly(.requested), environment: environment)
        document.takeLock(force: false)
        return document
    }

    /// Tries (again) to take the lock; `force` takes it from another session. On success
    /// the document becomes editable and a journal left by an earlier session is looked for.
    @discardableResult
    public func takeLock(force: Bool) -> LockAttempt {
        let attempt = WorkspaceLock.acquire(path, as: environment.owner, force: force, isRunning: environment.isRunning)
        switch attempt {
        case .acquired, .tookOver:
            access = .editing
            pendingRecovery = RecoveryJournal.find(for: path, stateFolder: environment.stateFolder, currentBase: identity)
        case .held(let owner, _):
            access = .readOnly(.lockedBy(owner))
        case .unreadable(let reason), .failed(let reason):
            access = .readOnly(.lockUnavailable(reason))
        }
        return attempt
    }

    /// Releases the lock and closes the journal. With `keepingUnsavedEdits` (an SSH drop,
    /// SIGTERM) the journal stays so that the next session can restore the edits; without
    /// it (the user chose to quit without saving) the journal is deleted.
    public func close(keepingUnsavedEdits: Bool) {
        if !keepingUnsavedEdits || !history.isModified { journal?.remove() }
        journal = nil
        if access == .editing { WorkspaceLock.release(path, as: environment.owner) }
        access = .readOnly(.closed)
    }
}

/// Whether a document may be edited.
public enum DocumentAccess: Sendable, Equatable, CustomStringConvertible {
    case editing
    case readOnly(ReadOnlyReason)

    public var description: String {
        switch self {
        case .editing: "editing"
        case .readOnly(let reason): "read-only: \(reason)"
        }
    }
}

/// Why a document is read-only.
public enum ReadOnlyReason: Sendable, Equatable, CustomStringConvertible {
    /// Opened read-only on purpose.
    case requested
    /// Another session holds the lock.
    case lockedBy(LockOwner)
    /// The lock could not be taken (folder not writable, unreadable lock file).
    case lockUnavailable(String)
    /// The document was closed.
    case closed

    public var description: String {
        switch self {
        case .requested: "opened read-only"
        case .lockedBy(let owner): "in use by \(owner)"
        case .lockUnavailable(let reason): reason
        case .closed: "the workspace was closed"
        }
    }
}

/// Who this session is and where it keeps its files; tests replace the parts they need.
public struct DocumentEnvironment: Sendable {
    /// File operations for loading and saving (tests inject failures).
    public var fileSystem: any WorkspaceFileSystem
    /// The folder for journals when the workspace's folder is not writable
    /// (`$XDG_STATE_HOME/kam`, by default `~/.local/state/kam`); nil for none.
    public var stateFolder: String?
    /// The owner written into lock files.
    public var owner: LockOwner
    /// Whether a process on this host is running (for stale locks).
    public var isRunning: @Sendable (Int32) -> Bool
    /// How many edits undo can go back.
    public var historyLimit: Int
    /// How saves make sure of the file they wrote.
    public var saveVerification: SaveVerification

    public init(fileSystem: any WorkspaceFileSystem = PosixFileSystem(), stateFolder: String?,
                owner: LockOwner = .current(), isRunning: @escaping @Sendable (Int32) -> Bool = WorkspaceLock.isRunning,
                historyLimit: Int = EditHistory.defaultLimit, saveVerification: SaveVerification = .current) {
        self.fileSystem = fileSystem
        self.stateFolder = stateFolder
        self.owner = owner
        self.isRunning = isRunning
        self.historyLimit = historyLimit
        self.saveVerification = saveVerification
    }

    /// This process, with the state folder from `$XDG_STATE_HOME` or `$HOME`.
    public static func current() -> DocumentEnvironment {
        DocumentEnvironment(stateFolder: defaultStateFolder())
    }

    /// `$XDG_STATE_HOME/kam`, else `$HOME/.local/state/kam`, else nil.
    public static func defaultStateFolder() -> String? {
        if let state = environmentValue("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/kam" }
        if let home = environmentValue("HOME"), !home.isEmpty { return home + "/.local/state/kam" }
        return nil
    }
}
