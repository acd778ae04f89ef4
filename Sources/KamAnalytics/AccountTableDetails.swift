import KamModel

extension AccountTable {
    /// The measures of one row that are not derived from its totals.
    ///
    /// 56 bytes: the optional figures are kept as plain values with a bit each saying
    /// whether they are known (as `Double?` and `Int?` they took 104).
    public struct Details: Sendable, Equatable {
        private var storedAttractiveness = 0.0, storedRelationshipStrength = 0.0
        private var storedYearlyGrossMargin = 0.0, storedLifetimeValue = 0.0
        public var openPipelineValue: Double
        private var storedLastContactDay: Int32 = 0
        public var openOpportunities: Int32
        public var staleOpportunities: Int32
        public var tier: Tier
        public var noRecentContact: Bool
        private var known: UInt8 = 0

        private static let attractivenessBit: UInt8 = 1, relationshipStrengthBit: UInt8 = 2
        private static let yearlyGrossMarginBit: UInt8 = 4, lifetimeValueBit: UInt8 = 8, lastContactBit: UInt8 = 16

        public var attractiveness: Double? {
            get { value(storedAttractiveness, Self.attractivenessBit) }
            set { storedAttractiveness = newValue ?? 0; mark(Self.attractivenessBit, known: newValue != nil) }
        }
        public var relationshipStrength: Double? {
            get { value(storedRelationshipStrength, Self.relationshipStrengthBit) }
            set { storedRelationshipStrength = newValue ?? 0; mark(Self.relationshipStrengthBit, known: newValue != nil) }
        }
        public var yearlyGrossMargin: Double? {
            get { value(storedYearlyGrossMargin, Self.yearlyGrossMarginBit) }
            set { storedYearlyGrossMargin = newValue ?? 0; mark(Self.yearlyGrossMarginBit, known: newValue != nil) }
        }
        public var lifetimeValue: Double? {
            get { value(storedLifetimeValue, Self.lifetimeValueBit) }
            set { storedLifetimeValue = newValue ?? 0; mark(Self.lifetimeValueBit, known: newValue != nil) }
        }
        /// The last contact's day, as days since the epoch (a `Day`'s, which 32 bits hold).
        public var lastContactDay: Int? {
            get { known & Self.lastContactBit != 0 ? Int(storedLastContactDay) : nil }
            set {
                storedLastContactDay = newValue.map { Int32(clamping: $0) } ?? 0
                mark(Self.lastContactBit, known: newValue != nil)
            }
        }

        /// No details: no ratings, figures or contact, an empty pipeline, tier `other`.
        init() {
            openPipelineValue = 0
            openOpportunities = 0
            staleOpportunities = 0
            tier = .other
            noRecentContact = false
        }

        /// The details of `m`.
        init(_ m: AccountMeasures) {
            self.init()
            attractiveness = m.attractiveness
            relationshipStrength = m.relationshipStrength
            yearlyGrossMargin = m.yearlyGrossMargin
            lifetimeValue = m.lifetimeValue
            lastContactDay = m.lastContact?.daysSinceEpoch
            openPipelineValue = m.openPipelineValue
            openOpportunities = Int32(clamping: m.openOpportunities)
            staleOpportunities = Int32(clamping: m.staleOpportunities)
            tier = m.tier
            noRecentContact = m.noRecentContact
        }

        /// Days from the last contact to `today`.
        public func daysSinceLastContact(today: Day) -> Int? { lastContactDay.map { today.daysSinceEpoch - $0 } }

        private func value(_ stored: Double, _ bit: UInt8) -> Double? { known & bit != 0 ? stored : nil }

        private mutating func mark(_ bit: UInt8, known isKnown: Bool) {
            known = isKnown ? known | bit : known & ~bit
        }
    }
}
