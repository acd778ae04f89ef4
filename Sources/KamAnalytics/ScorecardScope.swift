import KamModel

/// What a scorecard covers: one account, one manager's portfolio, one segment, or everything.
public enum ScorecardScope: Hashable, Sendable, CustomStringConvertible {
    case account(String)
    case manager(String)
    case segment(String)
    case portfolio

    /// Whether `account` belongs to the scope.
    public func contains(_ account: Account) -> Bool {
        switch self {
        case .portfolio: true
        case .account(let id): account.id == id
        case .manager(let id): account.manager == id
        case .segment(let name): account.segment == name
        }
    }

    /// The account's id for an account scope, else nil.
    public var accountID: String? {
        if case .account(let id) = self { id } else { nil }
    }

    /// A name for people: the account's or manager's name when the workspace knows it.
    public func title(in workspace: Workspace) -> String {
        switch self {
        case .portfolio: "Portfolio"
        case .account(let id): workspace.account(id: id)?.name ?? id
        case .manager(let id): workspace.manager(id: id)?.name ?? id
        case .segment(let name): name
        }
    }

    /// `account:ID`, `manager:ID`, `segment:NAME` or `portfolio`.
    public var description: String {
        switch self {
        case .portfolio: "portfolio"
        case .account(let id): "account:\(id)"
        case .manager(let id): "manager:\(id)"
        case .segment(let name): "segment:\(name)"
        }
    }

    /// The summed totals of the scope's accounts over `period`.
    public func totals(in workspace: Workspace, period: Period) -> MeasureTotals {
        var sum = MeasureTotals(quarters: period.length)
        for account in workspace.accounts where contains(account) {
            sum.add(MeasureTotals(account: account, period: period))
        }
        return sum
    }
}
