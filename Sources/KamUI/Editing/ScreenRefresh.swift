/// How the screens of the account list and account page follow edits to the workspace.
extension AccountListScreen {
    /// Recomputes the lines from the new measures, keeping the cursor on the same account.
    public mutating func workspaceChanged(context: ScreenContext) {
        rebuild(context)
    }
}

extension AccountPageScreen {
    /// Takes a renamed account's new name for the title bar.
    public mutating func workspaceChanged(context: ScreenContext) {
        if let account = context.workspace.account(id: accountID) { accountName = account.name }
        refresh(context: context)
    }
}
