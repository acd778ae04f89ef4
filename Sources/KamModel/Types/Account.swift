/// A customer account in the portfolio, with its quarterly figures and relationship data.
///
/// The stored properties run from the widest to the narrowest so that they pack with little
/// padding; the initializer keeps the reading order.
public struct Account: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// The id of the account manager (see `Workspace.managers`).
    public var manager: String
    public var segment: String
    public var industry: String
    public var notes: String
    /// Figures by quarter, in quarter order.
    public var quarters: QuarterSeries
    /// The contacts, activities, opportunities and objectives, packed (read the hot
    /// columns there; the lists below unpack them).
    public var records: AccountRecords
    public var extra: JSONObject
    /// Account attractiveness, 1 (low) to 5 (high); nil when not rated.
    public var attractiveness: Double?
    /// Strength of our relationship, 1 (weak) to 5 (strong); nil when not rated.
    public var relationshipStrength: Double?
    public var tier: Tier
    public var status: AccountStatus

    public init(
        id: String,
        name: String,
        manager: String,
        segment: String,
        industry: String = "",
        tier: Tier = .other,
        status: AccountStatus = .existing,
        attractiveness: Double? = nil,
        relationshipStrength: Double? = nil,
        notes: String = "",
        quarters: QuarterSeries = [:],
        contacts: [Contact] = [],
        activities: [Activity] = [],
        opportunities: [Opportunity] = [],
        objectives: [Objective] = [],
        extra: JSONObject = JSONObject()
    ) {
        self.id = id
        self.name = name
        self.manager = manager
        self.segment = segment
        self.industry = industry
        self.tier = tier
        self.status = status
        self.attractiveness = attractiveness
        self.relationshipStrength = relationshipStrength
        self.notes = notes
        self.quarters = quarters
        records = AccountRecords(contacts: contacts, activities: activities, opportunities: opportunities,
                                 objectives: objectives, prefix: id + "-")
        self.extra = extra
    }

    /// The people at the account (unpacked from `records` on each read; a change packs them anew).
    public var contacts: [Contact] {
        get { records.contacts }
        set { records = records.replacing(contacts: newValue, prefix: recordPrefix) }
    }

    /// What happened with the account, in the order kept (unpacked from `records`).
    public var activities: [Activity] {
        get { records.activities }
        set { records = records.replacing(activities: newValue, prefix: recordPrefix) }
    }

    /// The deals in the pipeline (unpacked from `records`).
    public var opportunities: [Opportunity] {
        get { records.opportunities }
        set { records = records.replacing(opportunities: newValue, prefix: recordPrefix) }
    }

    /// The account plan's objectives (unpacked from `records`).
    public var objectives: [Objective] {
        get { records.objectives }
        set { records = records.replacing(objectives: newValue, prefix: recordPrefix) }
    }

    /// What the records' ids are packed without: the account id and a hyphen.
    var recordPrefix: String { id + "-" }
}

/// How much strategic weight an account carries.
public enum Tier: String, Sendable, CaseIterable, Comparable {
    case key, strategic, maintain, other

    public var title: String {
        switch self {
        case .key: "Key"
        case .strategic: "Strategic"
        case .maintain: "Maintain"
        case .other: "Other"
        }
    }

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The position of the case in declaration order (the sort order), without allocating.
    public var ordinal: Int {
        switch self {
        case .key: 0
        case .strategic: 1
        case .maintain: 2
        case .other: 3
        }
    }
}

/// The status list an account is on.
public enum AccountStatus: String, Sendable, CaseIterable {
    case new, existing, returning, lost

    public var title: String {
        switch self {
        case .new: "New"
        case .existing: "Existing"
        case .returning: "Returning"
        case .lost: "Lost"
        }
    }
}
