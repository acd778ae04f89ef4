/// A person at the account and where they stand.
///
/// The stored properties run from the widest to the narrowest so that they pack without
/// padding (64 bytes); the initializer keeps the reading order.
public struct Contact: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var title: String
    public var extra: JSONObject
    /// When the contact was first made, if known.
    public var since: Day?
    public var role: BuyingRole
    public var attitude: Attitude
    public var coverage: Coverage
    /// A senior contact (executive level).
    public var senior: Bool

    public init(id: String, name: String, title: String = "", role: BuyingRole = .user,
                attitude: Attitude = .neutral, coverage: Coverage = .none, senior: Bool = false,
                since: Day? = nil, extra: JSONObject = JSONObject()) {
        self.id = id
        self.name = name
        self.title = title
        self.role = role
        self.attitude = attitude
        self.coverage = coverage
        self.senior = senior
        self.since = since
        self.extra = extra
    }
}

/// A contact's part in buying decisions.
public enum BuyingRole: String, Sendable, CaseIterable {
    case user, evaluator, decisionMaker, approver

    public var title: String {
        switch self {
        case .user: "User"
        case .evaluator: "Evaluator"
        case .decisionMaker: "Decision maker"
        case .approver: "Approver"
        }
    }
}

/// A contact's attitude towards us.
public enum Attitude: String, Sendable, CaseIterable {
    case mentor, supporter, neutral, nonSupporter, opponent

    public var title: String {
        switch self {
        case .mentor: "Mentor"
        case .supporter: "Supporter"
        case .neutral: "Neutral"
        case .nonSupporter: "Non-supporter"
        case .opponent: "Opponent"
        }
    }
}

/// How well we cover a contact.
public enum Coverage: String, Sendable, CaseIterable, Comparable {
    case none, brief, multiple, inDepth

    public var title: String {
        switch self {
        case .none: "None"
        case .brief: "Brief"
        case .multiple: "Multiple"
        case .inDepth: "In depth"
        }
    }

    public static func < (lhs: Coverage, rhs: Coverage) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The position of the case in declaration order (the sort order), without allocating.
    public var ordinal: Int {
        switch self {
        case .none: 0
        case .brief: 1
        case .multiple: 2
        case .inDepth: 3
        }
    }
}

/// Something that happened with the account: a meeting, call, email or note.
///
/// The stored properties run from the widest to the narrowest so that they pack without
/// padding (64 bytes); the initializer keeps the reading order.
public struct Activity: Sendable, Equatable, Identifiable {
    public var id: String
    public var text: String
    /// The contact involved, if any (an id from the account's contacts).
    public var contact: String?
    public var extra: JSONObject
    public var date: Day
    public var kind: ActivityKind

    public init(id: String, date: Day, kind: ActivityKind, text: String, contact: String? = nil,
                extra: JSONObject = JSONObject()) {
        self.id = id
        self.date = date
        self.kind = kind
        self.text = text
        self.contact = contact
        self.extra = extra
    }
}

/// The kind of an activity.
public enum ActivityKind: String, Sendable, CaseIterable {
    case meeting, call, email, note

    public var title: String {
        switch self {
        case .meeting: "Meeting"
        case .call: "Call"
        case .email: "Email"
        case .note: "Note"
        }
    }

    /// Meetings and calls count as contact for engagement; emails and notes do not.
    public var isContact: Bool { self == .meeting || self == .call }
}

/// A deal in the pipeline.
///
/// The stored properties run from the widest to the narrowest so that they pack without
/// padding (56 bytes); the initializer keeps the reading order.
public struct Opportunity: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var value: Double
    public var extra: JSONObject
    /// The date the stage last changed.
    public var lastChanged: Day
    public var expectedClose: Quarter
    public var stage: OpportunityStage

    public init(id: String, name: String, stage: OpportunityStage, value: Double,
                expectedClose: Quarter, lastChanged: Day, extra: JSONObject = JSONObject()) {
        self.id = id
        self.name = name
        self.stage = stage
        self.value = value
        self.expectedClose = expectedClose
        self.lastChanged = lastChanged
        self.extra = extra
    }
}

/// Where an opportunity stands, in pipeline order.
public enum OpportunityStage: String, Sendable, CaseIterable, Comparable {
    case contacted, demoProvided, proposalSent, won, paymentIssued, lost

    public var title: String {
        switch self {
        case .contacted: "Contacted"
        case .demoProvided: "Demo provided"
        case .proposalSent: "Proposal sent"
        case .won: "Won"
        case .paymentIssued: "Payment issued"
        case .lost: "Lost"
        }
    }

    /// Still open: not won, paid or lost.
    public var isOpen: Bool { self == .contacted || self == .demoProvided || self == .proposalSent }

    public static func < (lhs: OpportunityStage, rhs: OpportunityStage) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The position of the case in declaration order (the sort order), without allocating.
    public var ordinal: Int {
        switch self {
        case .contacted: 0
        case .demoProvided: 1
        case .proposalSent: 2
        case .won: 3
        case .paymentIssued: 4
        case .lost: 5
        }
    }
}

/// An objective in the account plan.
///
/// The stored properties run from the widest to the narrowest so that they pack without
/// padding (48 bytes); the initializer keeps the reading order.
public struct Objective: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var extra: JSONObject
    /// When it was done, for objectives with status `done`.
    public var completedOn: Day?
    /// The quarter it is due in, if set.
    public var due: Quarter?
    public var status: ObjectiveStatus

    public init(id: String, title: String, status: ObjectiveStatus = .notStarted, due: Quarter? = nil,
                completedOn: Day? = nil, extra: JSONObject = JSONObject()) {
        self.id = id
        self.title = title
        self.status = status
        self.due = due
        self.completedOn = completedOn
        self.extra = extra
    }
}

/// Progress of an account-plan objective.
public enum ObjectiveStatus: String, Sendable, CaseIterable {
    case notStarted, inProgress, done, dropped

    public var title: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }
}
