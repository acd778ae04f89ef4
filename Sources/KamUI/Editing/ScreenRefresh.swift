import KamAnalytics

/// How the screens follow edits to the workspace and changes of quarter: each lets go of
/// what it computed before the change (and marks it to be built again), then rebuilds it,
/// keeping its cursor on the same account.
extension AccountListScreen {
    /// Recomputes the lines from the new measures, keeping the cursor on the same account.
    public mutating func workspaceChanged(context: ScreenContext) {
        rebuild(context)
    }

    public mutating func workspaceWillChange(empty: ScreenContext) {
        if let account = selectedAccount?.id { heldCursor = account }
        content = AccountListLines(table: empty.measures, filter: filter, sort: sort, grouping: grouping)
        builtFor = nil
    }

    public mutating func quarterWillChange(empty: ScreenContext) { workspaceWillChange(empty: empty) }
}

extension PipelineScreen {
    public mutating func workspaceWillChange(empty: ScreenContext) {
        content = PipelineContent(context: empty)
        for pane in lists.keys { lists[pane]?.letGoOfRows() }
        builtFor.revision = -1
    }
    // The pipeline shows nothing of the quarter: it keeps its lists when the quarter changes.
}

extension ProfitabilityScreen {
    public mutating func workspaceWillChange(empty: ScreenContext) {
        content = ProfitabilityContent(context: empty, span: span, scope: scope)
        destroyers.letGoOfRows()
        quadrants.letGoOfRows()
        builtFor.revision = -1
    }

    public mutating func quarterWillChange(empty: ScreenContext) { workspaceWillChange(empty: empty) }
}

extension SegmentationScreen {
    public mutating func workspaceWillChange(empty: ScreenContext) {
        matrix = SegmentationMatrix(rows: empty.measures.store.table.rows)
        for quadrant in lists.keys { lists[quadrant]?.letGoOfRows() }
        builtFor.revision = -1
    }

    public mutating func quarterWillChange(empty: ScreenContext) { workspaceWillChange(empty: empty) }
}

extension ScorecardScreen {
    public mutating func workspaceWillChange(empty: ScreenContext) {
        rollUp = nil
    }

    public mutating func quarterWillChange(empty: ScreenContext) { workspaceWillChange(empty: empty) }
}

extension AccountPageScreen {
    /// Takes a renamed account's new name for the title bar.
    public mutating func workspaceChanged(context: ScreenContext) {
        if let account = context.workspace.account(id: accountID) { accountName = account.name }
        refresh(context: context)
    }
}
