/// One reversible change to a workspace, as the user sees it: one or more steps and a
/// short description for the status line ("Changed tier of Acme GmbH: maintain → key").
///
/// Most edits are one step; some keep the workspace consistent with a few more (deleting
/// an account also removes the status overrides that name it). Build edits with the
/// factory functions (`WorkspaceEdit.updateAccount(_:in:)`, `.logActivity(_:on:in:)`,
/// `.moveOpportunity(_:of:to:on:in:)`...), which look up what is there now and describe
/// the change. `apply(to:)` applies every step or none; `inverse` undoes the edit.
public struct WorkspaceEdit: Sendable, Equatable {
    /// The steps, applied in order.
    public var steps: [EditStep]
    /// What the edit does, in the user's words, as the forward edit.
    public var summary: String
    /// True for the inverse of an edit (its `description` then reads "Undid: ...").
    public var isReversal: Bool

    public init(steps: [EditStep], summary: String, isReversal: Bool = false) {
        self.steps = steps
        self.summary = summary
        self.isReversal = isReversal
    }

    /// The text for the status line and the recovery prompt.
    public var description: String { isReversal ? "Undid: \(summary)" : summary }

    /// The edit that undoes this one: the steps reversed, each with before and after swapped.
    public var inverse: WorkspaceEdit {
        WorkspaceEdit(steps: steps.reversed().map(\.inverse), summary: summary, isReversal: !isReversal)
    }

    /// True when the edit changes nothing (every step's before equals its after).
    public var isEmpty: Bool { steps.allSatisfy(\.isNoChange) }

    /// Applies every step to `workspace`, or none: when a step's precondition fails the
    /// workspace is left exactly as it was and the error says what no longer holds.
    ///
    /// Does not validate the result; `EditValidation.problems(of:in:)` does (and
    /// `EditHistory.apply` runs it).
    public func apply(to workspace: inout Workspace) throws(EditError) {
        for (index, step) in steps.enumerated() {
            do {
                try step.apply(to: &workspace)
            } catch {
                // Roll back the steps already applied, newest first.
                for done in steps[..<index].reversed() {
                    try? done.inverse.apply(to: &workspace)
                }
                throw error
            }
        }
    }

    /// The workspace with this edit applied (a copy; `apply(to:)` changes one in place).
    public func applied(to workspace: Workspace) throws(EditError) -> Workspace {
        var copy = workspace
        try apply(to: &copy)
        return copy
    }

    /// The ids of the accounts the edit touches, in first-touched order.
    public var accountIDs: [String] {
        var seen = Set<String>()
        return steps.compactMap(\.accountID).filter { seen.insert($0).inserted }
    }
}
