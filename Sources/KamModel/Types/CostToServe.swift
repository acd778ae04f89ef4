/// What serving an account cost in a quarter, by category.
public struct CostToServe: Sendable, Equatable {
    public var sales: Double
    public var accountTeam: Double
    public var support: Double
    public var logistics: Double
    public var other: Double
    public var extra: JSONObject

    public init(sales: Double = 0, accountTeam: Double = 0, support: Double = 0,
                logistics: Double = 0, other: Double = 0, extra: JSONObject = JSONObject()) {
        self.sales = sales
        self.accountTeam = accountTeam
        self.support = support
        self.logistics = logistics
        self.other = other
        self.extra = extra
    }

    public var total: Double { sales + accountTeam + support + logistics + other }

    public subscript(category: CostCategory) -> Double {
        get {
            switch category {
            case .sales: sales
            case .accountTeam: accountTeam
            case .support: support
            case .logistics: logistics
            case .other: other
            }
        }
        set {
            switch category {
            case .sales: sales = newValue
            case .accountTeam: accountTeam = newValue
            case .support: support = newValue
            case .logistics: logistics = newValue
            case .other: other = newValue
            }
        }
    }
}

/// A category of cost to serve.
public enum CostCategory: String, Sendable, CaseIterable {
    case sales, accountTeam, support, logistics, other

    public var title: String {
        switch self {
        case .sales: "Sales"
        case .accountTeam: "Account team"
        case .support: "Support"
        case .logistics: "Logistics"
        case .other: "Other"
        }
    }
}
