import KamModel

/// How deep our relationship with an account runs: its contacts by role, attitude and
/// coverage, and a 0-100 depth score.
///
/// The depth score adds four parts (a deep relationship has several senior contacts covered
/// in depth, reaches the people who decide, is broad, and is friendly):
/// - Senior depth, 40 points: each senior contact covered in depth counts 1, each senior
///   contact with multiple touch points counts 0.5; three or more count in full
///   (40 x min(credit, 3) / 3).
/// - Buying centre, 30 points: 15 when a decision maker is covered (multiple or in depth),
///   15 when an approver is.
/// - Breadth, 15 points: contacts covered at all (brief or better); five or more count in
///   full (15 x min(n, 5) / 5).
/// - Attitude, 15 points: the mean attitude (mentor 1, supporter 0.75, neutral 0.5,
///   non-supporter 0.25, opponent 0) x 15.
///
/// An account with no contacts has no depth score (no data), not a score of 0.
public struct RelationshipDepth: Sendable, Equatable {
    /// Number of contacts counted.
    public var contacts: Int = 0
    /// Contacts by buying role.
    public var byRole: [BuyingRole: Int] = [:]
    /// Contacts by attitude.
    public var byAttitude: [Attitude: Int] = [:]
    /// Contacts by coverage.
    public var byCoverage: [Coverage: Int] = [:]
    /// Senior contacts.
    public var seniorContacts: Int = 0
    /// Senior contacts covered in depth.
    public var seniorInDepth: Int = 0
    /// Points from senior depth (0-40).
    public var seniorPoints: Double = 0
    /// Points from decision-maker and approver coverage (0-30).
    public var buyingCentrePoints: Double = 0
    /// Points from breadth (0-15).
    public var breadthPoints: Double = 0
    /// Points from attitude (0-15).
    public var attitudePoints: Double = 0

    /// The depth of `contacts`, counting only those known by `asOf` (a contact without a
    /// `since` date counts always).
    public init(contacts list: [Contact], asOf: Day? = nil) {
        let points = DepthPoints(contacts: list, asOf: asOf)
        contacts = points.contacts
        seniorContacts = points.seniorContacts
        seniorInDepth = points.seniorInDepth
        seniorPoints = points.senior
        buyingCentrePoints = points.buyingCentre
        breadthPoints = points.breadth
        attitudePoints = points.attitude
        for c in list where DepthPoints.counts(since: c.since, asOf: asOf) {
            byRole[c.role, default: 0] += 1
            byAttitude[c.attitude, default: 0] += 1
            byCoverage[c.coverage, default: 0] += 1
        }
    }

    /// The depth score of `contacts` as of `asOf` without the breakdown (cheap, for tables).
    public static func score(of contacts: [Contact], asOf: Day? = nil) -> Double? {
        DepthPoints(contacts: contacts, asOf: asOf).score
    }

    /// The depth score of an account's packed contacts, as `score(of:asOf:)` (read in place).
    public static func score(of records: AccountRecords, asOf: Day? = nil) -> Double? {
        var points = DepthPoints()
        for i in 0..<records.contactCount {
            points.add(since: records.contactSince(i), senior: records.contactIsSenior(i), coverage: records.contactCoverage(i),
                       role: records.contactRole(i), attitude: records.contactAttitude(i), asOf: asOf)
        }
        points.finish()
        return points.score
    }

    /// The depth score 0-100, or nil when there are no contacts.
    public var score: Double? {
        contacts > 0 ? seniorPoints + buyingCentrePoints + breadthPoints + attitudePoints : nil
    }

    /// The value of an attitude in the attitude part: mentor 1 down to opponent 0.
    public static func attitudeValue(_ a: Attitude) -> Double {
        switch a {
        case .mentor: 1
        case .supporter: 0.75
        case .neutral: 0.5
        case .nonSupporter: 0.25
        case .opponent: 0
        }
    }
}

/// The four parts of the depth score, computed in one pass without allocating.
struct DepthPoints {
    var contacts = 0, seniorContacts = 0, seniorInDepth = 0
    var senior = 0.0, buyingCentre = 0.0, breadth = 0.0, attitude = 0.0

    /// Whether a contact counts as of `asOf`: known by then, or with no `since` date.
    static func counts(since: Day?, asOf: Day?) -> Bool {
        guard let asOf, let since else { return true }
        return since <= asOf
    }

    /// Coverage as a number, none 0 to in depth 3 (a switch: no array lookups in the hot loop).
    static func level(_ c: Coverage) -> Int {
        switch c {
        case .none: 0
        case .brief: 1
        case .multiple: 2
        case .inDepth: 3
        }
    }

    // What `add` gathers for `finish`.
    private var seniorCredit = 0.0, covered = 0, attitudeSum = 0.0
    private var decisionMakerCovered = false, approverCovered = false

    /// No contacts yet: `add` each, then `finish`.
    init() {}

    init(contacts list: [Contact], asOf: Day?) {
        for c in list {
            add(since: c.since, senior: c.senior, coverage: c.coverage, role: c.role, attitude: c.attitude, asOf: asOf)
        }
        finish()
    }

    /// Counts one contact, if it counts as of `asOf`.
    mutating func add(since: Day?, senior isSenior: Bool, coverage: Coverage, role: BuyingRole, attitude a: Attitude,
                      asOf: Day?) {
        guard Self.counts(since: since, asOf: asOf) else { return }
        contacts += 1
        if isSenior {
            seniorContacts += 1
            if coverage == .inDepth { seniorInDepth += 1; seniorCredit += 1 }
            if coverage == .multiple { seniorCredit += 0.5 }
        }
        let level = Self.level(coverage)
        if level >= 1 { covered += 1 }
        if level >= 2 {
            if role == .decisionMaker { decisionMakerCovered = true }
            if role == .approver { approverCovered = true }
        }
        attitudeSum += RelationshipDepth.attitudeValue(a)
    }

    /// Works out the four parts from the contacts added.
    mutating func finish() {
        guard contacts > 0 else { return }
        senior = 40 * min(seniorCredit, 3) / 3
        buyingCentre = (decisionMakerCovered ? 15 : 0) + (approverCovered ? 15 : 0)
        breadth = 15 * Double(min(covered, 5)) / 5
        attitude = 15 * attitudeSum / Double(contacts)
    }

    var score: Double? { contacts > 0 ? senior + buyingCentre + breadth + attitude : nil }
}
