/// What an account did in one quarter. Every figure is optional: nil is "no data", never zero.
///
/// Stored compactly (a workspace holds one per account and quarter, 800,000 at 100,000
/// accounts): each of the eleven numbers (six figures, five costs to serve) in 32 bits as
/// the short decimal it nearly always is (`ShortDecimal`), the survey counts in 16 bits,
/// and a bit each saying what is there. A number that is no short decimal (a sum of many
/// amounts, say) keeps the upper half of its bits inline and the lower half out of line;
/// the costs to serve go that way all five together. Out of line, in one shared, immutable
/// `FigureExtras`, are also the rarely used parts: fields this version does not know, and a
/// cost to serve or survey with unknown fields of its own or counts beyond 16 bits.
/// `custom` is a short sorted list (`CustomFigures`). The properties read and write as plain
/// optionals, every number with exactly the bits it was given; equality is the figures'
/// equality, whichever way they are stored.
public struct QuarterFigures: Sendable, Equatable {
    // The numbers, meaningful only when their bit in `present` is set (0 otherwise).
    @usableFromInline var storedRevenue = ShortDecimal.zero
    @usableFromInline var storedGrossProfit = ShortDecimal.zero
    @usableFromInline var storedCategorySpend = ShortDecimal.zero
    @usableFromInline var storedIssueResolutionDays = ShortDecimal.zero
    @usableFromInline var storedTurnaroundDays = ShortDecimal.zero
    @usableFromInline var storedRetention = ShortDecimal.zero
    /// Cost to serve by category, when `Bit.cost` is set.
    @usableFromInline var costSales = ShortDecimal.zero, costAccountTeam = ShortDecimal.zero
    @usableFromInline var costSupport = ShortDecimal.zero, costLogistics = ShortDecimal.zero
    @usableFromInline var costOther = ShortDecimal.zero
    /// NPS counts, when `Bit.nps` is set.
    @usableFromInline var npsPromoters: UInt16 = 0, npsPassives: UInt16 = 0, npsDetractors: UInt16 = 0
    /// CSAT counts, when `Bit.csat` is set.
    @usableFromInline var csatSatisfied: UInt16 = 0, csatResponses: UInt16 = 0
    /// What is there and how (`Bit`).
    @usableFromInline var present: UInt16 = 0
    /// The custom figures.
    public var customFigures: CustomFigures
    /// The out-of-line parts; nil when there are none.
    @usableFromInline var extras: FigureExtras?

    /// The place of each number, in the stored numbers and in `FigureExtras.LowHalves`.
    @usableFromInline enum Slot {
        @usableFromInline static let revenue = 0, grossProfit = 1, categorySpend = 2
        @usableFromInline static let issueResolutionDays = 3, turnaroundDays = 4, retention = 5
        /// The first of the five costs to serve (`CostCategory` order).
        @usableFromInline static let cost = 6
    }

    /// The bits of `present`.
    @usableFromInline enum Bit {
        /// Bits 0 to 5: the number in that `Slot` is there.
        @inlinable static func number(_ slot: Int) -> UInt16 { 1 << slot }
        /// Bits 9 to 14: the number in that `Slot` is wide (its lower half is out of line).
        @inlinable static func wide(_ slot: Int) -> UInt16 { 1 << (9 + slot) }
        /// The cost to serve is inline (one with unknown fields is in `extras`).
        @usableFromInline static let cost: UInt16 = 1 << 6
        /// The NPS counts are inline (a survey with unknown fields or wide counts is in `extras`).
        @usableFromInline static let nps: UInt16 = 1 << 7
        /// The CSAT counts are inline (likewise).
        @usableFromInline static let csat: UInt16 = 1 << 8
        /// The five costs to serve are wide.
        @usableFromInline static let wideCost: UInt16 = 1 << 15
        /// Any number is wide.
        @usableFromInline static let anyWide: UInt16 = 0xFE00
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
        // Everything at once, so that the out-of-line parts are made once at most.
        customFigures = custom.isEmpty ? CustomFigures() : CustomFigures(custom)
        var lowerHalves = FigureExtras.LowerHalves()
        storedRevenue = Self.store(revenue, Slot.revenue, &present, &lowerHalves[Slot.revenue])
        storedGrossProfit = Self.store(grossProfit, Slot.grossProfit, &present, &lowerHalves[Slot.grossProfit])
        storedCategorySpend = Self.store(categorySpend, Slot.categorySpend, &present, &lowerHalves[Slot.categorySpend])
        storedIssueResolutionDays = Self.store(issueResolutionDays, Slot.issueResolutionDays, &present,
                                               &lowerHalves[Slot.issueResolutionDays])
        storedTurnaroundDays = Self.store(turnaroundDays, Slot.turnaroundDays, &present, &lowerHalves[Slot.turnaroundDays])
        storedRetention = Self.store(retention, Slot.retention, &present, &lowerHalves[Slot.retention])
        (costSales, costAccountTeam, costSupport, costLogistics, costOther) = Self.store(costToServe, &present, &lowerHalves)
        var parts = FigureExtras.Parts(extra: extra)
        if present & Bit.cost == 0 { parts.costToServe = costToServe }
        if let counts = Self.counts(nps) {
            (npsPromoters, npsPassives, npsDetractors) = counts
            present |= Bit.nps
        } else {
            parts.nps = nps
        }
        if let counts = Self.counts(csat) {
            (csatSatisfied, csatResponses) = counts
            present |= Bit.csat
        } else {
            parts.csat = csat
        }
        if present & Bit.anyWide != 0 || !parts.isEmpty {
            extras = FigureExtras(lowerHalves: lowerHalves, rare: parts.isEmpty ? nil : FigureExtras.Rare(parts))
        }
    }

    // MARK: Numbers

    /// The number stored as `stored` in `slot`, whether it is there aside.
    @inlinable func value(_ stored: ShortDecimal, _ slot: Int, wide: Bool) -> Double {
        guard wide else { return stored.value }
        return Double(bitPattern: UInt64(stored.code) << 32 | UInt64(extras.unsafelyUnwrapped.lowerHalves[slot]))
    }

    /// The number in `slot` (0 to 5), or nil.
    @inlinable func number(_ stored: ShortDecimal, _ slot: Int) -> Double? {
        guard present & Bit.number(slot) != 0 else { return nil }
        return value(stored, slot, wide: present & Bit.wide(slot) != 0)
    }

    /// `value` split into its upper half, stored inline, and its lower half, out of line.
    static func halves(_ value: Double) -> (upper: ShortDecimal, lower: UInt32) {
        (ShortDecimal(code: UInt32(truncatingIfNeeded: value.bitPattern >> 32)), UInt32(truncatingIfNeeded: value.bitPattern))
    }

    /// What to store inline for `value` in `slot` (0 to 5), with its bits set in `present`
    /// and, when it is wide, its lower half in `lowerHalf`.
    static func store(_ value: Double?, _ slot: Int, _ present: inout UInt16, _ lowerHalf: inout UInt32) -> ShortDecimal {
        present &= ~(Bit.number(slot) | Bit.wide(slot))
        lowerHalf = 0
        guard let value else { return .zero }
        present |= Bit.number(slot)
        if let short = ShortDecimal(exactly: value) { return short }
        present |= Bit.wide(slot)
        let (upper, lower) = halves(value)
        lowerHalf = lower
        return upper
    }

    /// Sets the number in `slot` (0 to 5) and returns what to store inline for it.
    mutating func setNumber(_ newValue: Double?, _ slot: Int) -> ShortDecimal {
        let wasWide = present & Bit.wide(slot) != 0
        var lowerHalf: UInt32 = 0
        let inline = Self.store(newValue, slot, &present, &lowerHalf)
        if wasWide || present & Bit.wide(slot) != 0 { changeExtras { lowerHalves, _ in lowerHalves[slot] = lowerHalf } }
        return inline
    }

    public var revenue: Double? {
        @inlinable get { number(storedRevenue, Slot.revenue) }
        set { storedRevenue = setNumber(newValue, Slot.revenue) }
    }

    public var grossProfit: Double? {
        @inlinable get { number(storedGrossProfit, Slot.grossProfit) }
        set { storedGrossProfit = setNumber(newValue, Slot.grossProfit) }
    }

    /// The account's estimated total spend in our category, for share of wallet.
    public var categorySpend: Double? {
        @inlinable get { number(storedCategorySpend, Slot.categorySpend) }
        set { storedCategorySpend = setNumber(newValue, Slot.categorySpend) }
    }

    /// Average days to resolve the account's issues.
    public var issueResolutionDays: Double? {
        @inlinable get { number(storedIssueResolutionDays, Slot.issueResolutionDays) }
        set { storedIssueResolutionDays = setNumber(newValue, Slot.issueResolutionDays) }
    }

    /// Average turnaround days for the account's orders or requests.
    public var turnaroundDays: Double? {
        @inlinable get { number(storedTurnaroundDays, Slot.turnaroundDays) }
        set { storedTurnaroundDays = setNumber(newValue, Slot.turnaroundDays) }
    }

    /// Estimated probability (0...1) that the account renews or stays for another year.
    public var retention: Double? {
        @inlinable get { number(storedRetention, Slot.retention) }
        set { storedRetention = setNumber(newValue, Slot.retention) }
    }

    // MARK: Cost and surveys

    /// The total cost to serve, without building a `CostToServe`.
    @inlinable public var costToServeTotal: Double? {
        guard present & Bit.cost != 0 else { return extras?.costToServe?.total }
        let wide = present & Bit.wideCost != 0
        return value(costSales, Slot.cost, wide: wide) + value(costAccountTeam, Slot.cost + 1, wide: wide)
            + value(costSupport, Slot.cost + 2, wide: wide) + value(costLogistics, Slot.cost + 3, wide: wide)
            + value(costOther, Slot.cost + 4, wide: wide)
    }

    public var costToServe: CostToServe? {
        @inlinable get {
            guard present & Bit.cost != 0 else { return extras?.costToServe }
            let wide = present & Bit.wideCost != 0
            return CostToServe(sales: value(costSales, Slot.cost, wide: wide),
                               accountTeam: value(costAccountTeam, Slot.cost + 1, wide: wide),
                               support: value(costSupport, Slot.cost + 2, wide: wide),
                               logistics: value(costLogistics, Slot.cost + 3, wide: wide),
                               other: value(costOther, Slot.cost + 4, wide: wide))
        }
        set {
            let wasWide = present & Bit.wideCost != 0
            var lowers = FigureExtras.LowerHalves()
            (costSales, costAccountTeam, costSupport, costLogistics, costOther) = Self.store(newValue, &present, &lowers)
            let inline = present & Bit.cost != 0, wide = present & Bit.wideCost != 0
            if wide || wasWide || (!inline && newValue != nil) || extras?.costToServe != nil {
                changeExtras { lowerHalves, parts in
                    for slot in Slot.cost..<Slot.cost + 5 { lowerHalves[slot] = lowers[slot] }
                    parts.costToServe = inline ? nil : newValue
                }
            }
        }
    }

    /// What to store inline for `cost` (five numbers, inline when it has no unknown fields;
    /// all five wide when one is), with its bits set in `present` and the lower halves of
    /// wide ones in `lowerHalves`.
    static func store(_ cost: CostToServe?, _ present: inout UInt16, _ lowerHalves: inout FigureExtras.LowerHalves)
        -> (ShortDecimal, ShortDecimal, ShortDecimal, ShortDecimal, ShortDecimal) {
        present &= ~(Bit.cost | Bit.wideCost)
        guard let c = cost, c.extra.isEmpty else { return (.zero, .zero, .zero, .zero, .zero) }
        present |= Bit.cost
        if let sales = ShortDecimal(exactly: c.sales), let team = ShortDecimal(exactly: c.accountTeam),
           let support = ShortDecimal(exactly: c.support), let logistics = ShortDecimal(exactly: c.logistics),
           let other = ShortDecimal(exactly: c.other) {
            return (sales, team, support, logistics, other)
        }
        present |= Bit.wideCost
        let sales = halves(c.sales), team = halves(c.accountTeam), support = halves(c.support)
        let logistics = halves(c.logistics), other = halves(c.other)
        (lowerHalves[Slot.cost], lowerHalves[Slot.cost + 1], lowerHalves[Slot.cost + 2], lowerHalves[Slot.cost + 3],
         lowerHalves[Slot.cost + 4]) = (sales.lower, team.lower, support.lower, logistics.lower, other.lower)
        return (sales.upper, team.upper, support.upper, logistics.upper, other.upper)
    }

    /// The counts of `survey` when they go inline (no unknown fields, each in 16 bits).
    static func counts(_ survey: NPSSurvey?) -> (UInt16, UInt16, UInt16)? {
        guard let s = survey, s.extra.isEmpty, let promoters = UInt16(exactly: s.promoters),
              let passives = UInt16(exactly: s.passives), let detractors = UInt16(exactly: s.detractors) else { return nil }
        return (promoters, passives, detractors)
    }

    /// The counts of `survey` when they go inline (likewise).
    static func counts(_ survey: CSATSurvey?) -> (UInt16, UInt16)? {
        guard let s = survey, s.extra.isEmpty, let satisfied = UInt16(exactly: s.satisfied),
              let responses = UInt16(exactly: s.responses) else { return nil }
        return (satisfied, responses)
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
            let counts = Self.counts(newValue)
            (npsPromoters, npsPassives, npsDetractors) = counts ?? (0, 0, 0)
            present = counts != nil ? present | Bit.nps : present & ~Bit.nps
            if (counts == nil && newValue != nil) || extras?.nps != nil { changeExtras { _, parts in parts.nps = counts != nil ? nil : newValue } }
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
            let counts = Self.counts(newValue)
            (csatSatisfied, csatResponses) = counts ?? (0, 0)
            present = counts != nil ? present | Bit.csat : present & ~Bit.csat
            if (counts == nil && newValue != nil) || extras?.csat != nil { changeExtras { _, parts in parts.csat = counts != nil ? nil : newValue } }
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
        set { changeExtras { _, parts in parts.extra = newValue } }
    }

    /// Changes the out-of-line parts (after `present` says which numbers are wide), leaving
    /// none when no number is wide and the rare parts are empty. Allocates nothing when there
    /// are none and `change` adds none. (The setters skip it when the value goes inline and
    /// nothing of it was out of line, as nearly always.)
    private mutating func changeExtras(_ change: (inout FigureExtras.LowerHalves, inout FigureExtras.Parts) -> Void) {
        var lowerHalves = extras?.lowerHalves ?? FigureExtras.LowerHalves()
        var parts = extras?.rare?.parts ?? FigureExtras.Parts()
        let before = (lowerHalves, parts)
        change(&lowerHalves, &parts)
        if present & Bit.anyWide == 0 && parts.isEmpty {
            extras = nil
        } else if extras == nil || lowerHalves != before.0 || parts != before.1 {
            let rare = parts.isEmpty ? nil : parts == before.1 ? extras?.rare : FigureExtras.Rare(parts)
            extras = FigureExtras(lowerHalves: lowerHalves, rare: rare)
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
