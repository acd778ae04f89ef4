import KamModel

extension ImportedOrders {
    /// The id and name of the manager given to imported accounts that have none.
    public static let unassignedManager = Manager(id: "unassigned", name: "Unassigned")

    /// An empty workspace to import into: no accounts, the standard scorecard.
    public static func newWorkspace(name: String, currency: String = "EUR") -> Workspace {
        Workspace(name: name, currency: currency, scorecard: .standard)
    }

    /// Merges the imported figures into `workspace`; returns the new workspace and a report.
    ///
    /// Merge rule, so that importing the same file twice gives the same figures:
    /// - For each account and quarter found in the file, the imported sums REPLACE the
    ///   fields the file covers: revenue always; gross profit when the file has a profit
    ///   column; with a total cost-to-serve column, the whole cost to serve (held in its
    ///   `other` category); with cost-to-serve columns by category, those categories only.
    ///   Nothing is added to figures already there.
    /// - Every other field of that quarter (surveys, retention, custom measures, category
    ///   spend, extra fields) is kept, and so are quarters and accounts not in the file.
    /// - Accounts not in the workspace are created with the file's id, name (the id when
    ///   the file has none), segment and industry, tier `other` and status `existing`.
    ///   Their manager is the file's manager, matched by id or name (created when new),
    ///   else "Unassigned" (id `unassigned`), created when needed.
    /// - Accounts already in the workspace get a name, segment, industry or manager from
    ///   the file only where theirs is empty.
    public func merge(into workspace: Workspace) -> (workspace: Workspace, report: ImportReport) {
        var workspace = workspace
        var managers = ManagerDirectory(workspace.managers)
        var positions: [String: Int] = [:]
        for (position, account) in workspace.accounts.enumerated() where positions[account.id] == nil {
            positions[account.id] = position
        }
        var created = 0, updated = 0
        for imported in accounts {
            let position: Int
            if let existing = positions[imported.id] {
                position = existing
                updated += 1
            } else {
                position = workspace.accounts.count
                positions[imported.id] = position
                created += 1
                workspace.accounts.append(Account(
                    id: imported.id, name: imported.name.isEmpty ? imported.id : imported.name,
                    manager: managers.id(for: imported.manager), segment: imported.segment,
                    industry: imported.industry, tier: .other, status: .existing))
            }
            var account = workspace.accounts[position]
            if account.name.isEmpty { account.name = imported.name.isEmpty ? imported.id : imported.name }
            if account.segment.isEmpty { account.segment = imported.segment }
            if account.industry.isEmpty { account.industry = imported.industry }
            if account.manager.isEmpty { account.manager = managers.id(for: imported.manager) }
            for (quarter, figures) in imported.quarters {
                account.quarters[quarter] = replacingCovered(account.quarters[quarter] ?? QuarterFigures(), with: figures)
            }
            workspace.accounts[position] = account
        }
        workspace.managers = managers.managers
        let report = ImportReport(
            rowsRead: rowsRead, rowsUsed: rowsUsed, rejected: rejected, blankLines: blankLines,
            accountsCreated: created, accountsUpdated: updated, managersCreated: managers.createdNames,
            quarters: quarters, totalRevenue: totalRevenue, totalGrossProfit: totalGrossProfit,
            totalCostToServe: totalCostToServe, columns: columns, dateFormat: dateFormat.description,
            dateFormatDetected: dateFormatDetected, decimalSeparator: decimalSeparator,
            delimiter: delimiter, notes: notes)
        return (workspace, report)
    }

    /// `existing` with the fields the file covers replaced by the imported sums.
    private func replacingCovered(_ existing: QuarterFigures, with imported: ImportedQuarter) -> QuarterFigures {
        var figures = existing
        figures.revenue = imported.revenue
        if covers(.profit) { figures.grossProfit = imported.grossProfit }
        guard let importedCost = imported.costToServe else { return figures }
        if covers(.costToServeTotal) {
            figures.costToServe = CostToServe(other: importedCost.other, extra: existing.costToServe?.extra ?? JSONObject())
        } else {
            var cost = existing.costToServe ?? CostToServe()
            for category in CostCategory.allCases where covers(.costToServe(category)) {
                cost[category] = importedCost[category]
            }
            figures.costToServe = cost
        }
        return figures
    }
}

/// The workspace's managers, with the ones an import creates.
private struct ManagerDirectory {
    private(set) var managers: [Manager]
    private(set) var createdNames: [String] = []

    init(_ managers: [Manager]) { self.managers = managers }

    /// The id of the manager written `text` in the file (an id or a name, any case),
    /// created when new; "Unassigned" when `text` is empty.
    mutating func id(for text: String) -> String {
        let wanted = text.isEmpty ? ImportedOrders.unassignedManager.id : text
        if let match = managers.first(where: { $0.id == wanted })
            ?? managers.first(where: { $0.name.lowercased() == wanted.lowercased() }) {
            return match.id
        }
        let manager = text.isEmpty ? ImportedOrders.unassignedManager : Manager(id: uniqueID(for: text), name: text)
        managers.append(manager)
        createdNames.append(manager.name)
        return manager.id
    }

    /// A new id from a name: lower-case letters and digits joined by `-`, made unique.
    private func uniqueID(for name: String) -> String {
        let words = name.lowercased().split { !($0.isLetter || $0.isNumber) }
        let base = words.isEmpty ? "manager" : words.joined(separator: "-")
        var candidate = base
        var number = 2
        while managers.contains(where: { $0.id == candidate }) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }
}
