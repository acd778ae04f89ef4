import KamModel

/// The generated demo portfolio: a plausible B2B key-account workspace for first use and scale tests.
///
/// The same arguments always give the same workspace, on any machine: every number comes
/// from a seeded SplitMix64 stream and basic arithmetic, never from the clock, the system
/// random source or hash ordering.
///
/// Dates: the demo's "today" is the day after `lastQuarter` ends (the first day of the
/// next quarter, see `today(lastQuarter:)`): the last quarter has just closed and is being
/// reviewed. No activity, deal change or completed objective is dated after
/// `lastQuarter.lastDay`.
public enum DemoPortfolio {
    /// The custom measure that the standard scorecard's "Solutions co-developed" KPI reads.
    public static let solutionsCoDevelopedMeasure = QuarterFiguresGenerator.solutionsCoDeveloped
    /// The custom measure that the standard scorecard's "Training hours" KPI reads.
    public static let trainingHoursMeasure = QuarterFiguresGenerator.trainingHours

    /// The last quarter with figures when none is given: the demo's story is told as of its end.
    public static let defaultLastQuarter = Quarter(year: 2026, quarter: 3)

    /// The demo's "today" for a given last quarter: the first day of the following quarter.
    public static func today(lastQuarter: Quarter) -> Day { lastQuarter.next.firstDay }

    /// Generates the demo workspace.
    ///
    /// - Parameters:
    ///   - accounts: number of accounts; negative counts are treated as 0.
    ///   - quarters: number of quarters of figures, ending at `lastQuarter`; at least 1 is used.
    ///   - seed: the random seed; the same seed gives the same workspace.
    ///   - lastQuarter: the latest quarter with figures.
    public static func generate(accounts: Int = 60, quarters: Int = 8, seed: UInt64 = 1,
                                lastQuarter: Quarter = defaultLastQuarter) -> Workspace {
        let n = max(0, accounts)
        let window = Quarter.range(lastQuarter.advanced(by: -(max(1, quarters) - 1)), lastQuarter)
        let today = today(lastQuarter: lastQuarter)
        let team = DemoManagers.make(accountCount: n, seed: seed)
        let profiles = AccountProfile.portfolio(count: n, window: window, seed: seed)

        var names = CompanyNames()
        var figures = QuarterFiguresGenerator(window: window)
        var segmentTurns = [Int](repeating: 0, count: Segment.allCases.count)
        var list: [Account] = []
        list.reserveCapacity(n)
        for p in profiles {
            let stream = UInt64(p.index) + 1
            let id = accountID(p.index)
            var r = DemoRandom(seed: seed, stream: stream, salt: 4)
            let name = names.make(industry: p.industry, publicSector: p.segment == .publicSector, random: &r)
            let managers = team.bySegment[p.segment.rawValue]
            let manager = managers[(segmentTurns[p.segment.rawValue] + Int(seed % 7)) % managers.count]
            segmentTurns[p.segment.rawValue] += 1

            var account = Account(
                id: id, name: name, manager: manager, segment: p.segment.title, industry: p.industry.title,
                tier: p.tier, status: p.status, attractiveness: p.attractiveness,
                relationshipStrength: p.relationship, notes: DemoText.note(p, window: window, random: &r))
            var fr = DemoRandom(seed: seed, stream: stream, salt: 5)
            account.quarters = figures.figures(for: p, random: &fr)
            var cr = DemoRandom(seed: seed, stream: stream, salt: 6)
            account.contacts = RelationshipGenerator.contacts(for: p, accountID: id, window: window, today: today, random: &cr)
            account.activities = RelationshipGenerator.activities(
                for: p, accountID: id, contacts: account.contacts, window: window, random: &cr)
            var pr = DemoRandom(seed: seed, stream: stream, salt: 7)
            account.opportunities = PipelineGenerator.opportunities(
                for: p, accountID: id, lastQuarter: lastQuarter, today: today, random: &pr)
            account.objectives = PipelineGenerator.objectives(for: p, accountID: id, lastQuarter: lastQuarter, random: &pr)
            list.append(account)
        }

        var scorecard = ScorecardDefinition.standard
        scorecard.overrides = DemoOverrides.make(accounts: &list, lastQuarter: lastQuarter)
        return Workspace(name: "Demo portfolio", currency: "EUR", managers: team.managers,
                         accounts: list, scorecard: scorecard)
    }

    /// The readable, stable id of the account at `index`: `ACC-00042` for index 41.
    static func accountID(_ index: Int) -> String {
        let digits = String(index + 1)
        return "ACC-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
