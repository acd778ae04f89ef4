/// The fast path's readers for an account's quarters and relationship records.
///
/// Each follows its reference decoder (`QuarterFiguresDecoder`, `AccountDecoder`) member
/// for member: the same defaults, null read as absent for optional members, and a give-up
/// wherever the reference would report a problem.
extension JSONScanner {
    /// An account's `quarters` object (depth 4); empty for null.
    mutating func readQuarters() throws(JSONScanError) -> QuarterSeries {
        var quarters = QuarterSeries()
        if skipNull() { return quarters }
        guard try enterObject() else { return quarters }
        quarters.reserveCapacity(8)
        repeat {
            let key = try readKey()
            guard let quarter = Quarter(keyText(key)), !quarters.contains(quarter) else { throw Self.giveUp }
            quarters[quarter] = try readFigures()
        } while try next(close: UInt8(ascii: "}"))
        return quarters
    }

    /// One quarter's figures (depth 5), made at once (so that any out-of-line parts are made once).
    mutating func readFigures() throws(JSONScanError) -> QuarterFigures {
        var seen = SeenKeys()
        var revenue: Double?, grossProfit: Double?, costToServe: CostToServe?, categorySpend: Double?
        var nps: NPSSurvey?, csat: CSATSurvey?
        var issueResolutionDays: Double?, turnaroundDays: Double?, retention: Double?
        var custom = CustomFigures(), extra = JSONObject()
        if try enterObject() {
            repeat {
                let key = try readKey()
                if self.key(key, is: "revenue") {
                    try seen.mark(0); revenue = try readOptionalNumber()
                } else if self.key(key, is: "grossProfit") {
                    try seen.mark(1); grossProfit = try readOptionalNumber()
                } else if self.key(key, is: "costToServe") {
                    try seen.mark(2); costToServe = try readCostToServe()
                } else if self.key(key, is: "categorySpend") {
                    try seen.mark(3); categorySpend = try readOptionalNumber()
                } else if self.key(key, is: "nps") {
                    try seen.mark(4); nps = try readNPS()
                } else if self.key(key, is: "csat") {
                    try seen.mark(5); csat = try readCSAT()
                } else if self.key(key, is: "issueResolutionDays") {
                    try seen.mark(6); issueResolutionDays = try readOptionalNumber()
                } else if self.key(key, is: "turnaroundDays") {
                    try seen.mark(7); turnaroundDays = try readOptionalNumber()
                } else if self.key(key, is: "retention") {
                    try seen.mark(8); retention = try readOptionalNumber()
                } else if self.key(key, is: "custom") {
                    try seen.mark(9); custom = try readCustom()
                } else {
                    try readExtra(key, depth: 5, into: &extra)
                }
            } while try next(close: UInt8(ascii: "}"))
        }
        var f = QuarterFigures(revenue: revenue, grossProfit: grossProfit, costToServe: costToServe,
                               categorySpend: categorySpend, nps: nps, csat: csat,
                               issueResolutionDays: issueResolutionDays, turnaroundDays: turnaroundDays,
                               retention: retention, extra: extra)
        f.customFigures = custom
        return f
    }

    /// `costToServe` (depth 6): missing categories are 0; nil for null.
    private mutating func readCostToServe() throws(JSONScanError) -> CostToServe? {
        if skipNull() { return nil }
        var seen = SeenKeys()
        var cost = CostToServe()
        guard try enterObject() else { return cost }
        repeat {
            let key = try readKey()
            if self.key(key, is: "sales") {
                try seen.mark(0); cost.sales = try readOptionalNumber() ?? 0
            } else if self.key(key, is: "accountTeam") {
                try seen.mark(1); cost.accountTeam = try readOptionalNumber() ?? 0
            } else if self.key(key, is: "support") {
                try seen.mark(2); cost.support = try readOptionalNumber() ?? 0
            } else if self.key(key, is: "logistics") {
                try seen.mark(3); cost.logistics = try readOptionalNumber() ?? 0
            } else if self.key(key, is: "other") {
                try seen.mark(4); cost.other = try readOptionalNumber() ?? 0
            } else {
                try readExtra(key, depth: 6, into: &cost.extra)
            }
        } while try next(close: UInt8(ascii: "}"))
        return cost
    }

    /// `nps` (depth 6): all three counts required; nil for null.
    private mutating func readNPS() throws(JSONScanError) -> NPSSurvey? {
        if skipNull() { return nil }
        var seen = SeenKeys()
        var survey = NPSSurvey(promoters: 0, passives: 0, detractors: 0)
        guard try enterObject() else { throw Self.giveUp }
        repeat {
            let key = try readKey()
            if self.key(key, is: "promoters") {
                try seen.mark(0); survey.promoters = try readInteger()
            } else if self.key(key, is: "passives") {
                try seen.mark(1); survey.passives = try readInteger()
            } else if self.key(key, is: "detractors") {
                try seen.mark(2); survey.detractors = try readInteger()
            } else {
                try readExtra(key, depth: 6, into: &survey.extra)
            }
        } while try next(close: UInt8(ascii: "}"))
        guard seen.contains(0), seen.contains(1), seen.contains(2) else { throw Self.giveUp }
        return survey
    }

    /// `csat` (depth 6): both counts required; nil for null.
    private mutating func readCSAT() throws(JSONScanError) -> CSATSurvey? {
        if skipNull() { return nil }
        var seen = SeenKeys()
        var survey = CSATSurvey(satisfied: 0, responses: 0)
        guard try enterObject() else { throw Self.giveUp }
        repeat {
            let key = try readKey()
            if self.key(key, is: "satisfied") {
                try seen.mark(0); survey.satisfied = try readInteger()
            } else if self.key(key, is: "responses") {
                try seen.mark(1); survey.responses = try readInteger()
            } else {
                try readExtra(key, depth: 6, into: &survey.extra)
            }
        } while try next(close: UInt8(ascii: "}"))
        guard seen.contains(0), seen.contains(1) else { throw Self.giveUp }
        return survey
    }

    /// `custom` (depth 6): numbers by name; a null member is skipped; empty for null.
    /// Names, and lists that repeat, are shared (`sharing`).
    private mutating func readCustom() throws(JSONScanError) -> CustomFigures {
        var custom = CustomFigures()
        if skipNull() { return custom }
        guard try enterObject() else { return custom }
        custom.reserveCapacity(2)
        // Names with a null value are not kept, but still count for repeated keys.
        var nullNames: [String] = []
        repeat {
            let key = try readKey()
            let name = sharing.customFigures.names.text(UnsafeBufferPointer(start: base + key.start, count: key.length))
            if custom[name] != nil || nullNames.contains(name) { throw Self.giveUp }
            if let value = try readOptionalNumber() { custom.append(name, value) } else { nullNames.append(name) }
        } while try next(close: UInt8(ascii: "}"))
        return sharing.customFigures.shared(custom)
    }

    // MARK: Relationship records

    /// A contact (depth 5).
    mutating func readContact() throws(JSONScanError) -> Contact {
        var seen = SeenKeys()
        var c = Contact(id: "", name: "")
        guard try enterObject() else { throw Self.giveUp }
        repeat {
            let key = try readKey()
            if self.key(key, is: "id") {
                try seen.mark(0); c.id = try readString()
            } else if self.key(key, is: "name") {
                try seen.mark(1); c.name = try readString(shared: true)
            } else if self.key(key, is: "title") {
                try seen.mark(2); c.title = try readOptionalString(shared: true) ?? ""
            } else if self.key(key, is: "role") {
                try seen.mark(3); c.role = try readOptionalEnumeration(BuyingRole.self) ?? .user
            } else if self.key(key, is: "attitude") {
                try seen.mark(4); c.attitude = try readOptionalEnumeration(Attitude.self) ?? .neutral
            } else if self.key(key, is: "coverage") {
                try seen.mark(5); c.coverage = try readOptionalEnumeration(Coverage.self) ?? .none
            } else if self.key(key, is: "senior") {
                try seen.mark(6); c.senior = try readOptionalBool() ?? false
            } else if self.key(key, is: "since") {
                try seen.mark(7); c.since = try readOptionalDay()
            } else {
                try readExtra(key, depth: 5, into: &c.extra)
            }
        } while try next(close: UInt8(ascii: "}"))
        guard seen.contains(0), seen.contains(1) else { throw Self.giveUp }
        return c
    }

    /// An activity (depth 5).
    mutating func readActivity() throws(JSONScanError) -> Activity {
        var seen = SeenKeys()
        var a = Activity(id: "", date: AccountDecoder.fallbackDay, kind: .note, text: "")
        guard try enterObject() else { throw Self.giveUp }
        repeat {
            let key = try readKey()
            if self.key(key, is: "id") {
                try seen.mark(0); a.id = try readString()
            } else if self.key(key, is: "date") {
                try seen.mark(1)
                guard let day = try readOptionalDay() else { throw Self.giveUp }
                a.date = day
            } else if self.key(key, is: "kind") {
                try seen.mark(2)
                guard let kind = try readOptionalEnumeration(ActivityKind.self) else { throw Self.giveUp }
                a.kind = kind
            } else if self.key(key, is: "text") {
                try seen.mark(3); a.text = try readOptionalString(shared: true) ?? ""
            } else if self.key(key, is: "contact") {
                try seen.mark(4); a.contact = try readOptionalString()
            } else {
                try readExtra(key, depth: 5, into: &a.extra)
            }
        } while try next(close: UInt8(ascii: "}"))
        guard seen.contains(0), seen.contains(1), seen.contains(2) else { throw Self.giveUp }
        return a
    }

    /// An opportunity (depth 5).
    mutating func readOpportunity() throws(JSONScanError) -> Opportunity {
        var seen = SeenKeys()
        let fallback = AccountDecoder.fallbackDay
        var o = Opportunity(id: "", name: "", stage: .contacted, value: 0, expectedClose: fallback.quarter,
                            lastChanged: fallback)
        guard try enterObject() else { throw Self.giveUp }
        repeat {
            let key = try readKey()
            if self.key(key, is: "id") {
                try seen.mark(0); o.id = try readString()
            } else if self.key(key, is: "name") {
                try seen.mark(1); o.name = try readString(shared: true)
            } else if self.key(key, is: "stage") {
                try seen.mark(2)
                guard let stage = try readOptionalEnumeration(OpportunityStage.self) else { throw Self.giveUp }
                o.stage = stage
            } else if self.key(key, is: "value") {
                try seen.mark(3); o.value = try readNumber()
            } else if self.key(key, is: "expectedClose") {
                try seen.mark(4)
                guard let quarter = try readOptionalQuarter() else { throw Self.giveUp }
                o.expectedClose = quarter
            } else if self.key(key, is: "lastChanged") {
                try seen.mark(5)
                guard let day = try readOptionalDay() else { throw Self.giveUp }
                o.lastChanged = day
            } else {
                try readExtra(key, depth: 5, into: &o.extra)
            }
        } while try next(close: UInt8(ascii: "}"))
        for bit: UInt32 in 0...5 where !seen.contains(bit) { throw Self.giveUp }
        return o
    }

    /// An objective (depth 5).
    mutating func readObjective() throws(JSONScanError) -> Objective {
        var seen = SeenKeys()
        var o = Objective(id: "", title: "")
        guard try enterObject() else { throw Self.giveUp }
        repeat {
            let key = try readKey()
            if self.key(key, is: "id") {
                try seen.mark(0); o.id = try readString()
            } else if self.key(key, is: "title") {
                try seen.mark(1); o.title = try readString(shared: true)
            } else if self.key(key, is: "status") {
                try seen.mark(2); o.status = try readOptionalEnumeration(ObjectiveStatus.self) ?? .notStarted
            } else if self.key(key, is: "due") {
                try seen.mark(3); o.due = try readOptionalQuarter()
            } else if self.key(key, is: "completedOn") {
                try seen.mark(4); o.completedOn = try readOptionalDay()
            } else {
                try readExtra(key, depth: 5, into: &o.extra)
            }
        } while try next(close: UInt8(ascii: "}"))
        guard seen.contains(0), seen.contains(1) else { throw Self.giveUp }
        return o
    }
}
