/// What a KPI measures: one of the built-in account measures or a custom figure.
///
/// Written in the file as the built-in name (`grossMargin`) or `custom:NAME`, where NAME
/// is a key of `QuarterFigures.custom`.
public enum Metric: Hashable, Sendable, CustomStringConvertible {
    case builtIn(BuiltInMetric)
    case custom(String)

    /// Parses `grossMargin` or `custom:solutionsCoDeveloped`; nil for unknown names.
    public init?(_ text: String) {
        if text.hasPrefix("custom:") {
            let name = String(text.dropFirst("custom:".count))
            guard !name.isEmpty else { return nil }
            self = .custom(name)
        } else if let metric = BuiltInMetric(rawValue: text) {
            self = .builtIn(metric)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .builtIn(let metric): metric.rawValue
        case .custom(let name): "custom:\(name)"
        }
    }
}

/// The account measures a KPI can name.
public enum BuiltInMetric: String, Sendable, CaseIterable {
    // Financial
    /// Revenue in the quarter.
    case revenue
    /// Revenue growth against the previous quarter, in %.
    case revenueGrowthQoQ
    /// Revenue growth against the same quarter a year earlier, in %.
    case revenueGrowthYoY
    /// Gross profit / revenue, in %.
    case grossMargin
    /// Gross profit - cost to serve.
    case operatingProfit
    /// Operating profit / revenue, in %.
    case operatingMargin
    /// Operating profit / cost to serve x 100.
    case accountROI
    /// Our revenue / the account's category spend x 100.
    case shareOfWallet
    // Customer
    /// % promoters - % detractors.
    case nps
    /// % satisfied answers.
    case csat
    /// Retention probability in %.
    case retention
    /// Relationship depth score, 0-100 (see the analytics).
    case relationshipDepth
    // Internal process
    /// Average issue resolution days.
    case issueResolutionDays
    /// Average turnaround days.
    case turnaroundDays
    /// Cost to serve / revenue, in %.
    case costToServeRatio
    /// Meetings and calls in the quarter.
    case meetingsPerQuarter
    // Learning and growth
    /// Share of account-plan objectives done, in %.
    case planCompletion
    /// Contacts first made in the quarter.
    case newContacts
}
