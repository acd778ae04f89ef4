/// What an account did in one quarter. Every figure is optional: nil is "no data", never zero.
///
/// Stored compactly (a workspace holds one per account and quarter, 800,000 at 100,000
/// accounts): the optional numbers as plain `Double`s with a bit each saying whether they
/// are there, the cost to serve and the survey counts inline, and the rarely used parts
/// (fields this version does not know, and a cost or survey with unknown fields of its own
/// or counts beyond 32 bits) out of line in one shared, immutable `FigureExtras`. `custom` is a short sorted list (`CustomFigures`).
/// The properties read and write as plain optionals; equality is the figures' equality.
public struct QuarterFigures: Sendable, Equatable {
    // The figures, meaningful only when their bit in `present` is set (0 otherwise).
    @usableFromInline var storedRevenue = 0.0
    @usableFromInline var storedGrossProfit = 0.0
    @usableFromInline var storedCategorySpend = 0.0
    @usableFromInline var storedIssueResolutionDays = 0.0
    @usableFromInline var storedTurnaroundDays = 0.0
    @usableFromInline var storedRetention = 0.0
    /// Cost to serve by category, when `Bit.cost` is set.
    @usableFromInline var costSales = 0.0, costAccountTeam = 0.0, costSupport = 0.0
    @usableFromInline var costLogistics = 0.0, costOther = 0.0
    /// NPS counts, when `Bit.nps` is set.
    @usableFromInline var npsPromoters: Int32 = 0, npsPassives: Int32 = 0, npsDetractors: Int32 = 0
    /// CSAT counts, when `Bit.csat` is set.
    @usableFromInline var csatSatisfied: Int32 = 0, csatResponses: Int32 = 0
    /// Which figures are there (`Bit`).
    @usableFromInline var present: UInt16 = 0
    /// The custom figures.
    public var customFigures: CustomFigures
    /// The rare parts; nil when there are none.
    @usableFromInline var extras: FigureExtras?

    /// The bits of `present`.
    @usableFromInline enum Bit {
        @usableFromInline static let revenue: UInt16 = 1 << 0
        @usableFromInline static let grossProfit: UInt16 = 1 << 1
        @usableFromInline static let categorySpend: UInt16 = 1 << 2
        @usableFromInline static let issueResolutionDays: UInt16 = 1 << 3
        @usableFromInline static let turnaroundDays: UInt16 = 1 << 4
        @usableFromInline static let retention: UInt16 = 1 << 5
        /// The cost to serve is inline (one with `extra` is in `extras`).
        @usableFromInline static let cost: UInt16 = 1 << 6
        /// The NPS counts are inline (a survey with `extra` or wide counts is in `extras`).
        @usableFromInline static let nps: UInt16 = 1 << 7
        /// The CSAT counts are inline (likewise).
        @usableFromInline static let csat: UInt16 = 1 << 8
    }

    public init(
        revenue: Double? = nil,
        grossProfit: Double? = nil,
        costToServe: CostToServe? = nil,
        categorySpend: Double? = nil,
        nps: NPSSurvey? = nil,
        csat: CSATSurvey? = nil,
        issueResolutionDays: Double? = nil,
        turnaroundDays: Double? = nil,
        retention: Double? = nil,
        custom: [String: Double] = [:],
        extra: JSONObject = JSONObject()
    ) {
        customFigures = custom.isEmpty ? CustomFigures() : CustomFigures(custom)
        self.revenue = revenue
        self.grossProfit = grossProfit
        self.categorySpend = categorySpend
        self.issueResolutionDays = issueResolutionDays
        self.turnaroundDays = turnaroundDays
        self.retention = retention
        if let costToServe { self.costToServe = costToServe }
        if let nps { self.nps = nps }
        if let csat { self.csat = csat }
        if !extra.isEmpty { self.extra = extra }
    }

    // MARK: Numbers

    @inlinable func number(_ value: Double, _ bit: UInt16) -> Double? {
        present & bit != 0 ? value : nil
    }

    @inlinable static func setNumber(_ newValue: Double?, _ value: inout Double, _ present: inout UInt16, _ bit: UInt16) {
        if let newValue {
            value = newValue
            present |= bit
        } else {
            value = 0
            present &= ~bit
        }
    }

    public var revenue: Double? {
        @inlinable get { number(storedRevenue, Bit.revenue) }
        set { Self.setNumber(newValue, &storedRevenue, &present, Bit.revenue) }
    }

    public var grossProfit: Double? {
        @inlinable get { number(storedGrossProfit, Bit.grossProfit) }
        set { Self.setNumber(newValue, &storedGrossProfit, &present, Bit.grossProfit) }
    }

    /// The account's estimated total spend in our category, for share of wallet.
    public var categorySpend: Double? {
        @inlinable get { number(storedCategorySpend, Bit.categorySpend) }
        set { Self.setNumber(newValue, &storedCategorySpend, &present, Bit.categorySpend) }
    }

    /// Average days to resolve the account's issues.
    public var issueResolutionDays: Double? {
        @inlinable get { number(storedIssueResolutionDays, Bit.issueResolutionDays) }
        set { Self.setNumber(newValue, &storedIssueResolutionDays, &present, Bit.issueResolutionDays) }
    }

    /// Average turnaround days for the account's orders or requests.
    public var turnaroundDays: Double? {
        @inlinable get { number(storedTurnaroundDays, Bit.turnaroundDays) }
        set { Self.setNumber(newValue, &storedTurnaroundDays, &present, Bit.turnaroundDays) }
    }

    /// Estimated probability (0...1) that the account renews or stays for another year.
    public var retention: Double? {
        @inlinable get { number(storedRetention, Bit.retention) }
        set { Self.setNumber(newValue, &storedRetention, &present, Bit.retention) }
    }

    // MARK: Cost and surveys

    /// The total cost to serve, without building a `CostToServe`.
    @inlinable public var costToServeTotal: Double? {
        if present & Bit.cost != 0 { return costSales + costAccountTeam + costSupport + costLogistics + costOther }
        return extras?.costToServe?.total
    }

    public var costToServe: CostToServe? {
        @inlinable get {
            if present & Bit.cost != 0 {
                return CostToServe(sales: costSales, accountTeam: costAccountTeam, support: costSupport,
                                   logistics: costLogistics, other: costOther)
            }
            return extras?.costToServe
        }
        set {
            let inline = newValue.map { $0.extra.isEmpty } ?? false
            costSales = inline ? newValue?.sales ?? 0 : 0
            costAccountTeam = inline ? newValue?.accountTeam ?? 0 : 0
            costSupport = inline ? newValue?.support ?? 0 : 0
            costLogistics = inline ? newValue?.logistics ?? 0 : 0
            costOther = inline ? newValue?.other ?? 0 : 0
            present = inline ? present | Bit.cost : present & ~Bit.cost
            if (!inline && newValue != nil) || extras?.costToServe != nil { changeExtras { $0.costToServe = inline ? nil : newValue } }
        }
    }

    /// NPS survey answers from the account's contacts this quarter.
    public var nps: NPSSurvey? {
        @inlinable get {
            if present & Bit.nps != 0 {
                return NPSSurvey(promoters: Int(npsPromoters), passives: Int(npsPassives), detractors: Int(npsDetractors))
            }
            return extras?.nps
        }
        set {
            var counts: (Int32, Int32, Int32)?
            if let s = newValue, s.extra.isEmpty, let p = Int32(exactly: s.promoters), let pa = Int32(exactly: s.passives),
               let d = Int32(exactly: s.detractors) {
                counts = (p, pa, d)
            }
            (npsPromoters, npsPassives, npsDetractors) = counts ?? (0, 0, 0)
            present = counts != nil ? present | Bit.nps : present & ~Bit.nps
            if (counts == nil && newValue != nil) || extras?.nps != nil { changeExtras { $0.nps = counts != nil ? nil : newValue } }
        }
    }

    /// CSAT survey answers this quarter.
    public var csat: CSATSurvey? {
        @inlinable get {
            if present & Bit.csat != 0 {
                return CSATSurvey(satisfied: Int(csatSatisfied), responses: Int(csatResponses))
            }
            return extras?.csat
        }
        set {
            var counts: (Int32, Int32)?
            if let s = newValue, s.extra.isEmpty, let sat = Int32(exactly: s.satisfied), let r = Int32(exactly: s.responses) {
                counts = (sat, r)
            }
            (csatSatisfied, csatResponses) = counts ?? (0, 0)
            present = counts != nil ? present | Bit.csat : present & ~Bit.csat
            if (counts == nil && newValue != nil) || extras?.csat != nil { changeExtras { $0.csat = counts != nil ? nil : newValue } }
        }
    }

    // MARK: Custom and extra

    /// Custom numeric measures that scorecard KPIs name as `custom:NAME` (stored as
    /// `customFigures`; read that in loops, it builds no dictionary).
    public var custom: [String: Double] {
        get { customFigures.dictionary }
        set { customFigures = newValue.isEmpty ? CustomFigures() : CustomFigures(newValue) }
    }

    /// Fields this version does not know, kept as found and written back on save.
    public var extra: JSONObject {
        get { extras?.extra ?? JSONObject() }
        set { changeExtras { $0.extra = newValue } }
    }

    /// Changes the out-of-line parts, leaving none when they are all empty. Allocates
    /// nothing when there are none and `change` adds none. (The setters skip it when the
    /// value goes inline and nothing of it is out of line, as nearly always.)
    private mutating func changeExtras(_ change: (inout FigureExtras.Parts) -> Void) {
        var parts = extras?.parts ?? FigureExtras.Parts()
        let before = parts
        change(&parts)
        if parts.isEmpty {
            extras = nil
        } else if extras == nil || parts != before {
            extras = FigureExtras(parts)
        }
    }

    public static func == (lhs: QuarterFigures, rhs: QuarterFigures) -> Bool {
        lhs.revenue == rhs.revenue && lhs.grossProfit == rhs.grossProfit
            && lhs.categorySpend == rhs.categorySpend && lhs.issueResolutionDays == rhs.issueResolutionDays
            && lhs.turnaroundDays == rhs.turnaroundDays && lhs.retention == rhs.retention
            && lhs.costToServe == rhs.costToServe && lhs.nps == rhs.nps && lhs.csat == rhs.csat
            && lhs.customFigures == rhs.customFigures && lhs.extra == rhs.extra
    }
}

/// The rarely used parts of a `QuarterFigures`, out of line: its unknown fields, and a cost
/// to serve or survey that has unknown fields of its own (or counts beyond 32 bits).
/// Immutable; a change makes a new one.
@usableFromInline final class FigureExtras: Sendable {
    /// The parts.
    @usableFromInline struct Parts: Sendable, Equatable {
        var extra = JSONObject()
        @usableFromInline var costToServe: CostToServe?
        @usableFromInline var nps: NPSSurvey?
        @usableFromInline var csat: CSATSurvey?

        var isEmpty: Bool { extra.isEmpty && costToServe == nil && nps == nil && csat == nil }
    }

    @usableFromInline let parts: Parts

    init(_ parts: Parts) { self.parts = parts }

    var extra: JSONObject { parts.extra }
    @inlinable var costToServe: CostToServe? { parts.costToServe }
    @inlinable var nps: NPSSurvey? { parts.nps }
    @inlinable var csat: CSATSurvey? { parts.csat }
}

/// What serving an account cost in a quarter, by category.
public struct CostToServe: Sendable, Equatable {
    public var sales: Double
    public var accountTeam: Double
    public var support: Double
    public var logistics: Double
    public var other: Double
    public var extra: JSONObject

    public init(sales: Double = 0, accountTeam: Double = 0, support: Double = 0,
                logistics: Double = 0, other: Double = 0, extra: JSONObject = JSONObject()) {
        self.sales = sales
        self.accountTeam = accountTeam
        self.support = support
        self.logistics = logistics
        self.other = other
        self.extra = extra
    }

    public var total: Double { sales + accountTeam + support + logistics + other }

    public subscript(category: CostCategory) -> Double {
        get {
            switch category {
            case .sales: sales
            case .accountTeam: accountTeam
            case .support: support
            case .logistics: logistics
            case .other: other
            }
        }
        set {
            switch category {
            case .sales: sales = newValue
            case .accountTeam: accountTeam = newValue
            case .support: support = newValue
            case .logistics: logistics = newValue
            case .other: other = newValue
            }
        }
    }
}

/// A category of cost to serve.
public enum CostCategory: String, Sendable, CaseIterable {
    case sales, accountTeam, support, logistics, other

    public var title: String {
        switch self {
        case .sales: "Sales"
        case .accountTeam: "Account team"
        case .support: "Support"
        case .logistics: "Logistics"
        case .other: "Other"
        }
    }
}

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
