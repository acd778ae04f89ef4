import KamModel

/// A question over the screen that waits for one of a few keys: confirm a delete, save
/// before quitting, resolve a save conflict, restore recovered edits, open a locked file.
public struct Question: Sendable, Equatable {
    public var title: String
    public var text: String
    public var choices: [Choice]
    /// The form the question was asked over (discard typed values?), shown again on "no".
    public var form: EditForm?
    /// True when Esc picks the last choice; false when every answer has consequences and
    /// the user must pick one.
    public var escapePicksLast = true

    /// One answer: its key, its label and what it does.
    public struct Choice: Sendable, Equatable {
        public var key: Character
        public var label: String
        public var answer: Answer

        public init(_ key: Character, _ label: String, _ answer: Answer) {
            self.key = key
            self.label = label
            self.answer = answer
        }
    }

    public init(title: String, text: String, choices: [Choice], form: EditForm? = nil) {
        self.title = title
        self.text = text
        self.choices = choices
        self.form = form
    }

    /// The choice a key picks; Esc picks the last choice (the one that changes nothing).
    public func choice(for key: Key) -> Choice? {
        switch key {
        case .escape: return escapePicksLast ? choices.last : nil
        case .character(let c): return choices.first { $0.key == c || $0.key.lowercased() == c.lowercased() }
        default: return nil
        }
    }

    /// What an answer does.
    public enum Answer: Sendable, Equatable {
        /// Close the question; show the form again when there was one.
        case keepGoing
        /// Leave the form without saving what was typed.
        case discardForm
        /// Apply this edit (a confirmed delete).
        case apply(WorkspaceEdit)
        /// Save, then quit when the save succeeds.
        case saveAndQuit
        /// Quit without saving; the recovery journal goes too.
        case quitDiscarding
        /// Conflict: read the file again (asks once more before dropping local edits).
        case reload
        /// Conflict: read the file again now, dropping local edits.
        case reloadDiscarding
        /// Conflict: write over the file on disk at `path`.
        case overwrite(path: String)
        /// Ask for another path to save to.
        case saveAs
        /// Recovery: apply the recovered edits (unsaved) / drop them.
        case restoreRecovered
        case discardRecovered
        /// Locked file: stay read-only / take over the lock / leave.
        case stayReadOnly
        case takeOverLock
        case quit
        /// Log an activity of this kind on the account: opens the one-line prompt.
        case logActivity(account: String, ActivityKind)
    }
}
