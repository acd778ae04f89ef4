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
