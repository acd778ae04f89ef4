import KamModel

/// What the cockpit knows about editing the open workspace: the undo history, where the
/// file is, whether edits are allowed, and what waits for the host to finish (a save).
///
/// The session itself never touches files: it asks the host with effects (`.save`,
/// `.record`, ...) and hears back through `Action.host`.
public struct EditSession: Sendable {
    /// The workspace with its undo and redo stacks and the saved mark.
    public internal(set) var history: EditHistory
    /// The workspace file; nil for the in-memory demo, which must be saved as a file first.
    public var path: String?
    /// Why edits are refused (another session holds the file), or nil when they are allowed.
    public var readOnlyReason: String?
    /// What to do once the save in progress succeeds.
    var afterSave: AfterSave = .nothing
    /// A save is waiting for the host's answer (it runs in the background: screens keep
    /// working, edits, reloads and other saves are refused until it ends).
    public internal(set) var isSaving = false
    /// Edits found in a recovery journal, waiting for the user to restore or discard them.
    public internal(set) var recovered: [WorkspaceEdit] = []

    public init(workspace: Workspace, path: String? = nil, readOnlyReason: String? = nil) {
        history = EditHistory(workspace: workspace)
        self.path = path
        self.readOnlyReason = readOnlyReason
    }

    /// True when edits are allowed.
    public var isWritable: Bool { readOnlyReason == nil }

    /// True when there are edits not yet saved.
    public var isModified: Bool { history.isModified }

    /// How many edits are not yet saved.
    public var unsavedCount: Int { history.unsavedEdits.count }

    /// What happens after a save.
    enum AfterSave: Sendable, Equatable {
        case nothing
        /// Quit once the save succeeded (`:wq`, "save and quit", `q` while saving).
        case quit
        /// Quit once the save ended, throwing the edits away if it failed (`:q!` while saving).
        case quitDiscarding
    }
}

/// A save the host is asked to carry out.
public struct SaveRequest: Sendable, Equatable {
    /// How to treat a file that changed on disk since it was loaded.
    public enum Mode: Sendable, Equatable {
        /// Check first; report a conflict instead of overwriting someone else's change.
        case checked
        /// Overwrite whatever is at `path` (the user chose to).
        case overwrite
        /// Write a new file (save as); refuse to replace an existing file that is not ours.
        case saveAs
    }

    public var workspace: Workspace
    public var path: String
    public var mode: Mode

    public init(workspace: Workspace, path: String, mode: Mode) {
        self.workspace = workspace
        self.path = path
        self.mode = mode
    }
}

/// What the host reports back after carrying out an effect.
public enum HostReport: Sendable, Equatable {
    /// The save wrote `path`.
    case saved(path: String)
    /// The save failed; the message says why. Nothing was replaced.
    case saveFailed(String)
    /// The file changed on disk since it was loaded, or a save-as target exists or is in
    /// use; `detail` says so in a sentence.
    case conflict(path: String, detail: String)
    /// The file was read again from disk.
    case reloaded(Workspace)
    case reloadFailed(String)
    /// The lock of another session was taken over; edits are allowed now.
    case lockTaken
    case lockFailed(String)
    /// Something the user should know, such as edits no longer being journalled.
    case warning(String)
}
