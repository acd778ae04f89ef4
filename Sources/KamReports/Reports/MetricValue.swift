import KamModel

extension ReportValue {
    /// A KPI's actual or target as the report shows it, in the unit of its metric: amounts
    /// for revenue and profit, signed percentages for growth, percentages for ratios, whole
    /// scores for NPS and relationship depth, one decimal for days, counts per quarter and
    /// custom measures.
    static func measure(_ value: Double?, of metric: Metric) -> ReportValue {
        guard case .builtIn(let m) = metric else { return .number(value, decimals: 1) }
        switch m {
        case .revenue, .operatingProfit: return .amount(value)
        case .revenueGrowthQoQ, .revenueGrowthYoY: return .percent(value, signed: true)
        case .grossMargin, .operatingMargin, .accountROI, .shareOfWallet, .csat, .retention, .costToServeRatio,
             .planCompletion:
            return .percent(value)
        case .nps, .relationshipDepth: return .score(value)
        case .issueResolutionDays, .turnaroundDays, .meetingsPerQuarter, .newContacts:
            return .number(value, decimals: 1)
        }
    }

    /// A weight: whole weights without decimals, others with one.
    static func weight(_ w: Double) -> ReportValue { .number(w, decimals: w == w.rounded() ? 0 : 1) }
}
