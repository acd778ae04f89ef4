/// A portfolio of key accounts with its scorecard: everything one workspace file holds.
public struct Workspace: Sendable, Equatable {
    /// The schema version this build writes. Older files are migrated on load; newer ones refused.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    /// The portfolio's name, shown in the title bar.
    public var name: String
    /// ISO 4217 code of the currency all amounts are in, such as `EUR`.
    public var currency: String
    public var settings: Settings
    public var managers: [Manager]
    public var accounts: [Account]
    public var scorecard: ScorecardDefinition
    /// Fields this version does not know, kept as found and written back on save.
    public var extra: JSONObject

    public init(
        schemaVersion: Int = Workspace.currentSchemaVersion,
        name: String,
        currency: String = "EUR",
        settings: Settings = Settings(),
        managers: [Manager] = [],
        accounts: [Account] = [],
        scorecard: ScorecardDefinition = ScorecardDefinition(),
        extra: JSONObject = JSONObject()
    ) {
        self.schemaVersion = schemaVersion
        self.name = name
        self.currency = currency
        self.settings = settings
        self.managers = managers
        self.accounts = accounts
        self.scorecard = scorecard
        self.extra = extra
    }

    /// Every quarter that any account has figures for, in order.
    public var quarters: [Quarter] {
        var seen = Set<Quarter>()
        for account in accounts { seen.formUnion(account.quarters.keys) }
        return seen.sorted()
    }

    /// The latest quarter with figures, if any.
    public var latestQuarter: Quarter? {
        var latest: Quarter?
        for account in accounts {
            if let q = account.quarters.lastQuarter, latest.map({ q > $0 }) ?? true { latest = q }
        }
        return latest
    }

    /// The distinct segments, sorted.
    public var segments: [String] { Array(Set(accounts.map(\.segment))).sorted() }

    public func manager(id: String) -> Manager? { managers.first { $0.id == id } }
    public func account(id: String) -> Account? { accounts.first { $0.id == id } }
}

/// Workspace-wide settings that the analytics read.
public struct Settings: Sendable, Equatable {
    /// An opportunity that has not changed stage for this many days is stale.
    public var staleOpportunityDays: Int
    /// An account with no contact for this many days is flagged.
    public var noContactDays: Int
    /// The yearly discount rate `d` used for customer lifetime value (0.1 for 10%).
    public var discountRate: Double
    /// Cumulative profit share that closes class A (0.8) and class B (0.95).
    public var abcThresholdA: Double
    public var abcThresholdB: Double
    public var extra: JSONObject

    public init(
        staleOpportunityDays: Int = 45,
        noContactDays: Int = 60,
        discountRate: Double = 0.10,
        abcThresholdA: Double = 0.80,
        abcThresholdB: Double = 0.95,
        extra: JSONObject = JSONObject()
    ) {
        self.staleOpportunityDays = staleOpportunityDays
        self.noContactDays = noContactDays
        self.discountRate = discountRate
        self.abcThresholdA = abcThresholdA
        self.abcThresholdB = abcThresholdB
        self.extra = extra
    }
}

/// An account manager: a person who owns accounts.
public struct Manager: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var email: String?
    public var extra: JSONObject

    public init(id: String, name: String, email: String? = nil, extra: JSONObject = JSONObject()) {
        self.id = id
        self.name = name
        self.email = email
        self.extra = extra
    }
}
