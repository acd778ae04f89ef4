/// One change to one piece of a workspace: the piece as it was and as it becomes.
///
/// A step never holds the whole workspace, only the piece it changes (an account's
/// profile, one quarter's figures, one contact...), so an undo history thousands of steps
/// deep stays small even for 100,000 accounts. `nil` on the `before` side adds the piece,
/// `nil` on the `after` side removes it. `position` is where a removed record stood (so
/// undo puts it back there) or where an added one goes (clamped to the end of the list).
///
/// Applying a step first checks that the piece is still exactly `before`; when it is not
/// (the account is gone, someone changed the figures since) the step throws
/// `EditError.preconditionFailed` and changes nothing.
public enum EditStep: Sendable, Equatable {
    /// Adds, replaces or removes a whole account (with its figures and records).
    case account(before: Account?, after: Account?, position: Int)
    /// Changes an account's profile fields (everything but its id, figures and records).
    case profile(account: String, before: AccountProfile, after: AccountProfile)
    /// Sets (before nil), changes or clears (after nil) an account's figures for one quarter.
    case quarter(account: String, quarter: Quarter, before: QuarterFigures?, after: QuarterFigures?)
    /// Adds, changes or removes a contact of an account.
    case contact(account: String, before: Contact?, after: Contact?, position: Int)
    /// Adds, changes or removes an activity of an account.
    case activity(account: String, before: Activity?, after: Activity?, position: Int)
    /// Adds, changes or removes an opportunity of an account.
    case opportunity(account: String, before: Opportunity?, after: Opportunity?, position: Int)
    /// Adds, changes or removes an account-plan objective.
    case objective(account: String, before: Objective?, after: Objective?, position: Int)
    /// Adds, changes or removes an account manager.
    case manager(before: Manager?, after: Manager?, position: Int)
    /// Adds, changes or removes a KPI of a scorecard perspective.
    case kpi(perspective: String, before: KPI?, after: KPI?, position: Int)
    /// Changes a perspective's name and weight.
    case perspective(id: String, before: PerspectiveHeader, after: PerspectiveHeader)
    /// Adds, changes or removes a status override (found by its content: overrides have no id).
    case override(before: StatusOverride?, after: StatusOverride?, position: Int)
    /// Changes the workspace settings.
    case settings(before: Settings, after: Settings)
    /// Changes the workspace's name or currency.
    case details(before: WorkspaceDetails, after: WorkspaceDetails)
}

/// An account's profile: the fields the account form edits, without id, figures and records.
public struct AccountProfile: Sendable, Equatable {
    public var name: String
    public var manager: String
    public var segment: String
    public var industry: String
    public var tier: Tier
    public var status: AccountStatus
    public var attractiveness: Double?
    public var relationshipStrength: Double?
    public var notes: String
    /// Fields this version does not know, kept as found.
    public var extra: JSONObject

    public init(name: String, manager: String, segment: String, industry: String = "", tier: Tier = .other,
                status: AccountStatus = .existing, attractiveness: Double? = nil,
                relationshipStrength: Double? = nil, notes: String = "", extra: JSONObject = JSONObject()) {
        self.name = name
        self.manager = manager
        self.segment = segment
        self.industry = industry
        self.tier = tier
        self.status = status
        self.attractiveness = attractiveness
        self.relationshipStrength = relationshipStrength
        self.notes = notes
        self.extra = extra
    }

    /// The profile of `account`.
    public init(of account: Account) {
        self.init(name: account.name, manager: account.manager, segment: account.segment,
                  industry: account.industry, tier: account.tier, status: account.status,
                  attractiveness: account.attractiveness, relationshipStrength: account.relationshipStrength,
                  notes: account.notes, extra: account.extra)
    }
}

extension Account {
    /// The account's profile fields; setting it changes them and leaves id, figures and records alone.
    public var profile: AccountProfile {
        get { AccountProfile(of: self) }
        set {
            name = newValue.name
            manager = newValue.manager
            segment = newValue.segment
            industry = newValue.industry
            tier = newValue.tier
            status = newValue.status
            attractiveness = newValue.attractiveness
            relationshipStrength = newValue.relationshipStrength
            notes = newValue.notes
            extra = newValue.extra
        }
    }
}

/// A perspective's own fields: name and weight (its KPIs are edited one by one).
public struct PerspectiveHeader: Sendable, Equatable {
    public var name: String
    public var weight: Double

    public init(name: String, weight: Double) {
        self.name = name
        self.weight = weight
    }

    /// The header of `perspective`.
    public init(of perspective: Perspective) {
        self.init(name: perspective.name, weight: perspective.weight)
    }
}

/// The workspace's own fields: its name and currency.
public struct WorkspaceDetails: Sendable, Equatable {
    public var name: String
    public var currency: String

    public init(name: String, currency: String) {
        self.name = name
        self.currency = currency
    }

    /// The details of `workspace`.
    public init(of workspace: Workspace) {
        self.init(name: workspace.name, currency: workspace.currency)
    }
}
