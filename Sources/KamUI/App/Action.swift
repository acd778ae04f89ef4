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
}

/// What the app asks its host to do after an update; the state itself is already updated.
public enum Effect: Sendable, Equatable {
    /// Leave kam.
    case quit
    /// Store the view preferences (the host writes them under `$XDG_STATE_HOME/kam/`).
    case saveViewPreferences(ViewPreferences)
    /// Switch the terminal to the theme with this name.
    case applyTheme(String)
}
