import KamModel

/// What an input event means to the app, after the key map has been applied.
public enum Action: Sendable, Equatable {
    /// Run a command by its long name, with an optional argument (from the command line).
    case run(String, argument: String? = nil)
    /// Edit the open prompt with a line-editing key (characters, Backspace, arrows, Ctrl-W, ...).
    case edit(Key)
    /// Complete the word before the cursor in the open prompt (Tab).
    case complete
    /// Submit the open prompt (Enter).
    case submit
    /// Close the open prompt without running it (Esc).
    case cancel
    /// A mouse click or wheel turn.
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// A key that means nothing here, kept to tell the user so.
    case unbound(Key)
    /// A key for the open form (typing, moving between fields, saving, cancelling).
    case form(Key)
    /// A key answering the open question.
    case answer(Key)
    /// The host finished an effect (a save, a reload, taking a lock over).
    case host(HostReport)
}

/// An edit, undo or redo the app made, for the host to repeat on the open document.
public enum EditRecord: Sendable, Equatable {
    case applied(WorkspaceEdit)
    /// `edit` was undone.
    case undone(WorkspaceEdit)
    case redone(WorkspaceEdit)
}

/// What the app asks its host to do after an update; the state itself is already updated.
public enum Effect: Sendable, Equatable {
    /// Leave kam.
    case quit
    /// Store the view preferences (the host writes them under `$XDG_STATE_HOME/kam/`).
    case saveViewPreferences(ViewPreferences)
    /// Switch the terminal to the theme with this name.
    case applyTheme(String)
    /// Repeat an edit, undo or redo on the open document, which appends it to the recovery
    /// journal and flushes it to the disk before the next key, so a lost connection loses nothing.
    case record(EditRecord)
    /// Save the workspace; the host answers with `Action.host(.saved/.saveFailed/.conflict)`.
    case save(SaveRequest)
    /// Read the workspace file again (dropping unsaved edits); the host answers with
    /// `.reloaded` or `.reloadFailed`.
    case reload(path: String)
    /// Replay the recovery journal's edits on the document (the app applied them already).
    case restoreRecovery
    /// Delete the recovery journal: the user chose to drop its edits.
    case discardRecovery
    /// The quit that follows throws the unsaved edits away: delete their journal too.
    case discardUnsaved
    /// Take over the lock another session holds; the host answers `.lockTaken` or `.lockFailed`.
    case takeOverLock
}
