/// Checks an edit with the workspace rules before it is applied, for what it touches only.
///
/// Runs `WorkspaceValidation` over a small workspace holding the touched accounts (with
/// every manager and the whole scorecard), so checking an edit costs the same for 10 or
/// 100,000 accounts, then checks what reaches beyond it (overrides naming accounts,
/// accounts naming a removed manager). Problem paths name accounts by their index in the
/// workspace as it stands (a new account by the index it will get), so a form can match
/// them with `FieldPath.relative(to:)`.
public enum EditValidation {
    /// Every problem the workspace would have in what `edit` touches; empty when it may be
    /// applied. A failed precondition is one problem at the root path.
    public static func problems(of edit: WorkspaceEdit, in workspace: Workspace) -> [WorkspaceProblem] {
        let touched = Set(edit.accountIDs)
        var positions: [String: Int] = [:]
        if !touched.isEmpty {
            for (index, account) in workspace.accounts.enumerated() where touched.contains(account.id) {
                positions[account.id] = index
            }
        }
        var scratch = workspace
        scratch.accounts = edit.accountIDs.compactMap { positions[$0].map { workspace.accounts[$0] } }
        do {
            try edit.apply(to: &scratch)
        } catch {
            return [WorkspaceProblem(path: .root, message: error.description)]
        }
        let overridePaths = FieldPath.root / "scorecard" / "overrides"
        var problems = WorkspaceValidation.problems(in: scratch).compactMap { problem -> WorkspaceProblem? in
            // Overrides may name accounts outside the scratch workspace: checked below.
            if problem.path.components.count == 4, problem.path.components.starts(with: overridePaths.components),
               problem.path.components.last == .key("account") {
                return nil
            }
            return remapped(problem, scratch: scratch, positions: positions, total: workspace.accounts.count)
        }
        problems += overrideProblems(edit, scratch: scratch, workspace: workspace, touched: touched)
        problems += removedManagerProblems(edit, workspace: workspace, touched: touched)
        return problems
    }

    /// The path of an account in `workspace`, or nil when there is none with `id`.
    public static func path(ofAccount id: String, in workspace: Workspace) -> FieldPath? {
        workspace.accounts.firstIndex { $0.id == id }.map { (FieldPath.root / "accounts")[$0] }
    }

    /// A scratch-workspace problem with its account index turned into the real one.
    private static func remapped(_ problem: WorkspaceProblem, scratch: Workspace, positions: [String: Int],
                                 total: Int) -> WorkspaceProblem {
        var components = problem.path.components
        guard components.count >= 2, components[0] == .key("accounts"), case .index(let k) = components[1],
              scratch.accounts.indices.contains(k) else { return problem }
        components[1] = .index(positions[scratch.accounts[k].id] ?? total)
        var problem = problem
        problem.path = FieldPath(components)
        return problem
    }

    /// Overrides naming an account that does not exist once the edit is applied.
    private static func overrideProblems(_ edit: WorkspaceEdit, scratch: Workspace, workspace: Workspace,
                                         touched: Set<String>) -> [WorkspaceProblem] {
        let changesOverrides = edit.steps.contains { if case .override = $0 { true } else { false } }
        guard changesOverrides || !touched.isEmpty else { return [] }
        let scratchIDs = Set(scratch.accounts.map(\.id))
        var untouched: Set<String>?
        var problems: [WorkspaceProblem] = []
        for (index, override) in scratch.scorecard.overrides.enumerated() {
            guard let account = override.account else { continue }
            let exists: Bool
            if touched.contains(account) {
                exists = scratchIDs.contains(account)
            } else {
                if untouched == nil { untouched = Set(workspace.accounts.map(\.id)) }
                exists = untouched?.contains(account) ?? false
            }
            if !exists {
                let path = (FieldPath.root / "scorecard" / "overrides")[index] / "account"
                problems.append(WorkspaceProblem(path: path, message: "unknown account \"\(account)\""))
            }
        }
        return problems
    }

    /// Managers the edit removes while accounts it does not touch still name them.
    private static func removedManagerProblems(_ edit: WorkspaceEdit, workspace: Workspace,
                                               touched: Set<String>) -> [WorkspaceProblem] {
        var problems: [WorkspaceProblem] = []
        for step in edit.steps {
            guard case .manager(let removed?, nil, let position) = step else { continue }
            let owned = workspace.accounts.filter { $0.manager == removed.id && !touched.contains($0.id) }
            guard let first = owned.first else { continue }
            let path = (FieldPath.root / "managers")[position] / "id"
            let others = owned.count > 1 ? " and \(owned.count - 1) more" : ""
            problems.append(WorkspaceProblem(path: path, message:
                "\(removed.name) still manages \(first.name)\(others); give these accounts another manager first"))
        }
        return problems
    }
}

extension FieldPath {
    /// The rest of this path below `prefix` (`attractiveness` for `accounts[3].attractiveness`
    /// below `accounts[3]`), or nil when it is not below it.
    public func relative(to prefix: FieldPath) -> FieldPath? {
        guard components.starts(with: prefix.components) else { return nil }
        return FieldPath(Array(components.dropFirst(prefix.components.count)))
    }
}
