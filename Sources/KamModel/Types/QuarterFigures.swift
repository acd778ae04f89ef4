/// What an account did in one quarter. Every figure is optional: nil is "no data", never zero.
public struct QuarterFigures: Sendable, Equatable {
    public var revenue: Double?
    public var grossProfit: Double?
    public var costToServe: CostToServe?
    /// The account's estimated total spend in our category, for share of wallet.
    public var categorySpend: Double?
    /// NPS survey answers from the account's contacts this quarter.
    public var nps: NPSSurvey?
    /// CSAT survey answers this quarter.
    public var csat: CSATSurvey?
    /// Average days to resolve the account's issues.
    public var issueResolutionDays: Double?
    /// Average turnaround days for the account's orders or requests.
    public var turnaroundDays: Double?
    /// Estimated probability (0...1) that the account renews or stays for another year.
    public var retention: Double?
    /// Custom numeric measures that scorecard KPIs name as `custom:NAME`.
    public var custom: [String: Double]
    public var extra: JSONObject

    public init(
        revenue: Double? = nil,
        grossProfit: Double? = nil,
        costToServe: CostToServe? = nil,
        categorySpend: Double? = nil,
        nps: NPSSurvey? = nil,
        csat: CSATSurvey? = nil,
        issueResolutionDays: Double? = nil,
        turnaroundDays: Double? = nil,
        retention: Double? = nil,
        custom: [String: Double] = [:],
        extra: JSONObject = JSONObject()
    ) {
        self.revenue = revenue
        self.grossProfit = grossProfit
        self.costToServe = costToServe
        self.categorySpend = categorySpend
        self.nps = nps
        self.csat = csat
        self.issueResolutionDays = issueResolutionDays
        self.turnaroundDays = turnaroundDays
        self.retention = retention
        self.custom = custom
        self.extra = extra
    }
}

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

/// Answers to "how likely are you to recommend us?" (0-10), counted by group.
public struct NPSSurvey: Sendable, Equatable {
    /// Answers of 9 or 10.
    public var promoters: Int
    /// Answers of 7 or 8.
    public var passives: Int
    /// Answers of 0 to 6.
    public var detractors: Int
    /// Fields this version does not know, kept as found and written back on save.
    public var extra: JSONObject

    public init(promoters: Int, passives: Int, detractors: Int, extra: JSONObject = JSONObject()) {
        self.promoters = promoters
        self.passives = passives
        self.detractors = detractors
        self.extra = extra
    }

    public var responses: Int { promoters + passives + detractors }
}

/// Answers to a satisfaction survey: how many were satisfied (4 or 5 of 5) out of all.
public struct CSATSurvey: Sendable, Equatable {
    public var satisfied: Int
    public var responses: Int
    /// Fields this version does not know, kept as found and written back on save.
    public var extra: JSONObject

    public init(satisfied: Int, responses: Int, extra: JSONObject = JSONObject()) {
        self.satisfied = satisfied
        self.responses = responses
        self.extra = extra
    }
}
