/// The member names kam knows for each record, in the order it writes them.
///
/// Members not listed are kept as the record's `extra` and written after these.
enum WorkspaceKeys {
    static let workspace = ["schemaVersion", "name", "currency", "settings", "managers", "accounts", "scorecard"]
    static let settings = ["staleOpportunityDays", "noContactDays", "discountRate", "abcThresholdA", "abcThresholdB"]
    static let manager = ["id", "name", "email"]
    static let account = [
        "id", "name", "manager", "segment", "industry", "tier", "status", "attractiveness",
        "relationshipStrength", "notes", "quarters", "contacts", "activities", "opportunities", "objectives",
    ]
    static let quarterFigures = [
        "revenue", "grossProfit", "costToServe", "categorySpend", "nps", "csat",
        "issueResolutionDays", "turnaroundDays", "retention", "custom",
    ]
    static let costToServe = ["sales", "accountTeam", "support", "logistics", "other"]
    static let nps = ["promoters", "passives", "detractors"]
    static let csat = ["satisfied", "responses"]
    static let contact = ["id", "name", "title", "role", "attitude", "coverage", "senior", "since"]
    static let activity = ["id", "date", "kind", "contact", "text"]
    static let opportunity = ["id", "name", "stage", "value", "expectedClose", "lastChanged"]
    static let objective = ["id", "title", "status", "due", "completedOn"]
    static let scorecard = ["perspectives", "overrides"]
    static let perspective = ["id", "name", "weight", "kpis"]
    static let kpi = ["id", "name", "metric", "target", "direction", "weight", "tolerance"]
    static let override = ["kpi", "account", "quarter", "status", "reason", "expires", "setBy"]
}
