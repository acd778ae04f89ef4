import KamModel

/// A short text description of a workspace, for `kam validate` and the first-run message.
struct WorkspaceSummary {
    let workspace: Workspace

    init(_ workspace: Workspace) { self.workspace = workspace }

    /// `FILE: ok, 60 accounts, 8 quarters (2024Q4–2026Q3), 6 managers, 3 segments`.
    func oneLine(file: String) -> String {
        let quarters = workspace.quarters
        let span = quarters.isEmpty ? "" : " (\(quarters.first!)–\(quarters.last!))"
        return "\(file): ok, \(count(workspace.accounts.count, "account")), \(count(quarters.count, "quarter"))\(span), "
            + "\(count(workspace.managers.count, "manager")), \(count(workspace.segments.count, "segment"))"
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
