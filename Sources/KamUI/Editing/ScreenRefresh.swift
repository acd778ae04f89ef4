import KamAnalytics

/// How the screens follow edits to the workspace: each lets go of what it computed before
/// the workspace changes, then rebuilds it, keeping its cursor on the same account.
extension AccountListScreen {
    /// Recomputes the lines from the new measures, keeping the cursor on the same account.
    public mutating func workspaceChanged(context: ScreenContext) {
        rebuild(context)
    }

    public mutating func workspaceWillChange(empty: ScreenContext) {
        if let account = selectedAccount?.id { heldCursor = account }
        content = AccountListLines(table: empty.measures, filter: filter, sort: sort, grouping: grouping)
    }
}

extension PipelineScreen {
    public mutating func workspaceWillChange(empty: ScreenContext) {
        content = PipelineContent(context: empty)
        for pane in lists.keys { lists[pane]?.letGoOfRows() }
    }
}

extension ProfitabilityScreen {
    public mutating func workspaceWillChange(empty: ScreenContext) {
        content = ProfitabilityContent(context: empty, span: span, scope: scope)
        destroyers.letGoOfRows()
        quadrants.letGoOfRows()
    }
}

extension SegmentationScreen {
    public mutating func workspaceWillChange(empty: ScreenContext) {
        matrix = SegmentationMatrix(rows: empty.measures.store.table.rows)
        for quadrant in lists.keys { lists[quadrant]?.letGoOfRows() }
    }
}

extension ScorecardScreen {
    public mutating func workspaceWillChange(empty: ScreenContext) {
        rollUp = nil
    }
}

extension AccountPageScreen {
    /// Takes a renamed account's new name for the title bar.
    public mutating func workspaceChanged(context: ScreenContext) {
        if let account = context.workspace.account(id: accountID) { accountName = account.name }
        refresh(context: context)
    }
}
