/// The workspace being edited with its undo and redo stacks, and whether it is saved.
///
/// A value: copying it is cheap (the workspace and the stacks share storage until
/// changed). The stacks hold `WorkspaceEdit`s (only the changed pieces), at most `limit`
/// deep; past that the oldest edit is dropped and can no longer be undone. "Modified" is
/// relative to the last save or load: undoing back to that point makes it unmodified
/// again, and redoing past it modified.
public struct EditHistory: Sendable {
    /// An applied edit and the state it led to.
    struct Entry: Sendable, Equatable {
        var edit: WorkspaceEdit
        /// A number naming the state after the edit, unique within this history.
        var state: Int
    }

    /// The default number of edits kept for undo.
    public static let defaultLimit = 1000

    /// The workspace with every applied edit.
    public private(set) var workspace: Workspace
    /// How many edits undo can go back.
    public let limit: Int
    private(set) var undoStack: [Entry] = []
    private(set) var redoStack: [Entry] = []
    /// The state below the oldest undoable edit.
    private var baseState = 0
    private var nextState = 1
    /// The state last saved or loaded; nil when no reachable state was saved.
    private var savedState: Int? = 0

    /// A history starting at `workspace`, which counts as saved.
    public init(workspace: Workspace, limit: Int = EditHistory.defaultLimit) {
        self.workspace = workspace
        self.limit = max(1, limit)
    }

    /// The state the workspace is in now.
    private var currentState: Int { undoStack.last?.state ?? baseState }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }
    /// The edit that `undo()` would take back.
    public var nextUndo: WorkspaceEdit? { undoStack.last?.edit }
    /// The edit that `redo()` would make again.
    public var nextRedo: WorkspaceEdit? { redoStack.last?.edit }
    /// How many edits can be undone.
    public var undoCount: Int { undoStack.count }

    /// True when the workspace differs from the last save or load.
    public var isModified: Bool { savedState != currentState }

    /// The problems `edit` would cause; empty when `apply` would accept it.
    public func problems(of edit: WorkspaceEdit) -> [WorkspaceProblem] {
        EditValidation.problems(of: edit, in: workspace)
    }

    /// Checks and applies `edit`, making it the newest undoable edit and clearing redo.
    ///
    /// Throws `EditError.invalid` with every problem (nothing applied) or
    /// `EditError.preconditionFailed`. An edit that changes nothing is ignored.
    public mutating func apply(_ edit: WorkspaceEdit) throws(EditError) {
        let problems = problems(of: edit)
        guard problems.isEmpty else {
            if problems.count == 1, problems[0].path == .root { throw .preconditionFailed(problems[0].message) }
            throw .invalid(problems)
        }
        try applyChecked(edit)
    }

    /// Applies an edit already checked (or checked by its preconditions only).
    ///
    /// With `result`, the edit is not applied again: `result` is taken as the workspace it
    /// leads to (see `change(by:result:)`).
    mutating func applyChecked(_ edit: WorkspaceEdit, result: Workspace? = nil) throws(EditError) {
        guard !edit.isEmpty else { return }
        try change(by: edit, result: result)
        if let saved = savedState, redoStack.contains(where: { $0.state == saved }) {
            savedState = nil  // the saved state can no longer be reached
        }
        redoStack.removeAll()
        undoStack.append(Entry(edit: edit, state: nextState))
        nextState += 1
        if undoStack.count > limit {
            let dropped = undoStack.removeFirst()
            if savedState == baseState { savedState = nil }
            baseState = dropped.state
        }
    }

    /// Takes back the newest edit; returns it. With `result`, see `change(by:result:)`.
    @discardableResult
    public mutating func undo(result: Workspace? = nil) throws(EditError) -> WorkspaceEdit {
        guard let entry = undoStack.last else { throw .nothingToUndo }
        try change(by: entry.edit.inverse, result: result)
        undoStack.removeLast()
        redoStack.append(entry)
        return entry.edit
    }

    /// Makes the newest undone edit again; returns it. With `result`, see `change(by:result:)`.
    @discardableResult
    public mutating func redo(result: Workspace? = nil) throws(EditError) -> WorkspaceEdit {
        guard let entry = redoStack.last else { throw .nothingToRedo }
        try change(by: entry.edit, result: result)
        redoStack.removeLast()
        undoStack.append(entry)
        return entry.edit
    }

    /// Changes the workspace by `edit`, or takes `result` as what `edit` leads to.
    ///
    /// A `result` comes from another history that follows the same edits from the same
    /// workspace (the cockpit's, for the document's): taking its workspace shares the
    /// accounts with it instead of copying them a second time.
    private mutating func change(by edit: WorkspaceEdit, result: Workspace?) throws(EditError) {
        if let result { workspace = result } else { try edit.apply(to: &workspace) }
    }

    /// Records that the workspace as it is now was saved.
    public mutating func markSaved() { savedState = currentState }

    /// Starts over at `workspace` (after a reload), saved, with empty stacks.
    public mutating func reset(to workspace: Workspace) {
        self = EditHistory(workspace: workspace, limit: limit)
    }

    /// The edits not yet saved, oldest first: edits made since the save, or, after undoing
    /// past the save, the undos ("Undid: ..."). Empty when unmodified.
    public var unsavedEdits: [WorkspaceEdit] {
        guard isModified else { return [] }
        if savedState == baseState { return undoStack.map(\.edit) }
        if let saved = savedState, let index = undoStack.firstIndex(where: { $0.state == saved }) {
            return undoStack[(index + 1)...].map(\.edit)
        }
        if let saved = savedState, let index = redoStack.firstIndex(where: { $0.state == saved }) {
            // Undone since the save, in the order they were undone.
            return redoStack[index...].map(\.edit.inverse)
        }
        return undoStack.map(\.edit)
    }

    /// The descriptions of `unsavedEdits`, for the quit and recovery prompts.
    public var unsavedDescriptions: [String] { unsavedEdits.map(\.description) }
}
