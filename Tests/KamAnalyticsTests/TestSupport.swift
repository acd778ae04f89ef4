import KamModel
@testable import KamAnalytics

/// Builders for small hand-made workspaces (no dependency on the demo generator).

/// A quarter from a literal such as `2025Q2`.
func qtr(_ text: String) -> Quarter {
    guard let q = Quarter(text) else { fatalError("bad quarter literal \(text) in a test") }
    return q
}

/// A day from a literal such as `2025-07-01`.
func day(_ text: String) -> Day {
    guard let d = Day(text) else { fatalError("bad day literal \(text) in a test") }
    return d
}

/// Quarter figures with the common fields; cost to serve goes to the sales category.
func figures(revenue: Double? = nil, grossProfit: Double? = nil, cost: Double? = nil,
             categorySpend: Double? = nil, nps: NPSSurvey? = nil, csat: CSATSurvey? = nil,
             issueDays: Double? = nil, turnaroundDays: Double? = nil, retention: Double? = nil,
             custom: [String: Double] = [:]) -> QuarterFigures {
    QuarterFigures(revenue: revenue, grossProfit: grossProfit, costToServe: cost.map { CostToServe(sales: $0) },
                   categorySpend: categorySpend, nps: nps, csat: csat, issueResolutionDays: issueDays,
                   turnaroundDays: turnaroundDays, retention: retention, custom: custom)
}

/// An account with figures keyed by quarter literal.
func account(_ id: String, manager: String = "m1", segment: String = "Retail",
             attractiveness: Double? = nil, strength: Double? = nil,
             quarters: [String: QuarterFigures] = [:], contacts: [Contact] = [],
             activities: [Activity] = [], opportunities: [Opportunity] = [],
             objectives: [Objective] = []) -> Account {
    var byQuarter = QuarterSeries()
    for (text, f) in quarters { byQuarter[qtr(text)] = f }
    return Account(id: id, name: "Account \(id)", manager: manager, segment: segment,
                   attractiveness: attractiveness, relationshipStrength: strength, quarters: byQuarter,
                   contacts: contacts, activities: activities, opportunities: opportunities,
                   objectives: objectives)
}

/// An account with one quarter of revenue, gross profit and cost to serve.
func simpleAccount(_ id: String, quarter: String = "2025Q2", revenue: Double?, grossProfit: Double?,
                   cost: Double?, manager: String = "m1", segment: String = "Retail") -> Account {
    account(id, manager: manager, segment: segment,
            quarters: [quarter: figures(revenue: revenue, grossProfit: grossProfit, cost: cost)])
}

/// A workspace around `accounts`.
func workspace(_ accounts: [Account], scorecard: ScorecardDefinition = ScorecardDefinition(),
               managers: [Manager] = [], settings: Settings = Settings()) -> Workspace {
    Workspace(name: "Test", settings: settings, managers: managers, accounts: accounts, scorecard: scorecard)
}

/// A scorecard with one perspective holding `kpis`.
func scorecard(_ kpis: [KPI], overrides: [StatusOverride] = []) -> ScorecardDefinition {
    ScorecardDefinition(perspectives: [Perspective(id: "p", name: "P", kpis: kpis)], overrides: overrides)
}

/// The measures of `account` for `period` as of `today`.
func measures(_ account: Account, _ period: Period, today: String = "2025-07-01",
              settings: Settings = Settings()) -> AccountMeasures {
    AccountMeasures(account: account, period: period, settings: settings, today: day(today))
}

/// Whether two optional numbers agree within `tolerance` (both nil counts as agreeing).
func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-6) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case let (x?, y?): abs(x - y) <= tolerance
    default: false
    }
}
