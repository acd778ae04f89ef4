import KamDemo
import KamModel
import Testing

/// The demo workspace's shape: determinism, counts, references and coverage of every case.
struct DemoPortfolioTests {
    static let demo = DemoPortfolio.generate()
    let last = Quarter(year: 2026, quarter: 3)

    @Test func sameSeedGivesTheSameWorkspace() {
        #expect(DemoPortfolio.generate(seed: 9) == DemoPortfolio.generate(seed: 9))
        #expect(DemoPortfolio.generate() == Self.demo)
    }

    @Test func differentSeedsGiveDifferentWorkspaces() {
        let a = DemoPortfolio.generate(seed: 1)
        let b = DemoPortfolio.generate(seed: 2)
        #expect(a != b)
        #expect(a.accounts.map(\.name) != b.accounts.map(\.name))
    }

    @Test func defaultDemoHasSixtyAccountsSixManagersThreeSegmentsEightQuarters() {
        let ws = Self.demo
        #expect(ws.accounts.count == 60)
        #expect(ws.managers.count == 6)
        #expect(ws.segments == ["Enterprise", "Mid-market", "Public sector"])
        #expect(ws.quarters == Quarter.range(Quarter(year: 2024, quarter: 4), last))
        #expect(ws.name == "Demo portfolio")
        #expect(ws.currency == "EUR")
        #expect(ws.accounts.first?.id == "ACC-00001")
        #expect(ws.managers.allSatisfy { $0.id.hasPrefix("m-") && $0.name.contains(" ") })
    }

    @Test func everyManagerOwnsAccountsAndEveryAccountHasAKnownManager() {
        let ids = Set(Self.demo.managers.map(\.id))
        #expect(Self.demo.accounts.allSatisfy { ids.contains($0.manager) })
        #expect(Set(Self.demo.accounts.map(\.manager)) == ids)
    }

    @Test func idsAndNamesAreUnique() {
        let ws = Self.demo
        #expect(Set(ws.accounts.map(\.id)).count == ws.accounts.count)
        #expect(Set(ws.accounts.map(\.name)).count == ws.accounts.count)
        #expect(Set(ws.managers.map(\.id)).count == ws.managers.count)
        let inner = ws.accounts.flatMap { a in
            a.contacts.map(\.id) + a.activities.map(\.id) + a.opportunities.map(\.id) + a.objectives.map(\.id)
        }
        #expect(Set(inner).count == inner.count)
    }

    @Test func everyActivityNamesAnExistingContact() {
        for account in Self.demo.accounts {
            let contacts = Set(account.contacts.map(\.id))
            for activity in account.activities {
                if let contact = activity.contact { #expect(contacts.contains(contact), "\(activity.id)") }
            }
        }
    }

    @Test func everyOpportunityStageAppears() {
        let stages = Set(Self.demo.accounts.flatMap { $0.opportunities.map(\.stage) })
        #expect(stages == Set(OpportunityStage.allCases))
        let today = DemoPortfolio.today(lastQuarter: last)
        let stale = Self.demo.accounts.flatMap(\.opportunities).filter { $0.stage.isOpen && $0.lastChanged.days(to: today) > 60 }
        #expect(!stale.isEmpty)
    }

    @Test func accountsSpreadOverAllFourMatrixQuadrants() {
        var quadrants = Set<String>()
        for a in Self.demo.accounts {
            guard let attract = a.attractiveness, let strength = a.relationshipStrength else { continue }
            #expect((1...5).contains(attract) && (1...5).contains(strength))
            quadrants.insert("\(attract >= 3) \(strength >= 3)")
        }
        #expect(quadrants.count == 4)
    }

    @Test func tiersAndStatusesHaveSensibleProportions() {
        let accounts = Self.demo.accounts
        let key = accounts.filter { $0.tier == .key }.count
        #expect((2...8).contains(key))
        #expect(Set(accounts.map(\.tier)) == Set(Tier.allCases))
        let existing = accounts.filter { $0.status == .existing }.count
        #expect(existing > accounts.count / 2)
        #expect(Set(accounts.map(\.status)) == Set(AccountStatus.allCases))
        // Key accounts are not simply the largest ones.
        let revenue = { (a: Account) in a.quarters[last]?.revenue ?? 0 }
        let largest = accounts.sorted { revenue($0) > revenue($1) }.prefix(key)
        #expect(largest.contains { $0.tier != .key })
    }

    @Test func mandatoryFiguresArePresentAndSurveysSometimesMissing() {
        var missingSurveys = 0
        for account in Self.demo.accounts {
            #expect(!account.quarters.isEmpty)
            for (quarter, f) in account.quarters {
                let label = "\(account.id) \(quarter)"
                #expect(f.revenue != nil && f.grossProfit != nil && f.costToServe != nil, "\(label)")
                #expect(f.turnaroundDays != nil && f.retention != nil, "\(label)")
                #expect(f.custom[DemoPortfolio.solutionsCoDevelopedMeasure] != nil, "\(label)")
                #expect(f.custom[DemoPortfolio.trainingHoursMeasure] != nil, "\(label)")
                if f.nps == nil || f.csat == nil { missingSurveys += 1 }
            }
        }
        #expect(missingSurveys > 0)
    }

    @Test func figuresStayInPlausibleRanges() {
        for account in Self.demo.accounts {
            for f in account.quarters.values {
                if let revenue = f.revenue, revenue > 0, let gross = f.grossProfit {
                    #expect((0.08...0.47).contains(gross / revenue))
                }
                if let spend = f.categorySpend, let revenue = f.revenue, spend > 0 {
                    #expect((0.09...0.81).contains(revenue / spend))
                }
                if let csat = f.csat { #expect(csat.satisfied <= csat.responses) }
                if let retention = f.retention { #expect((0.1...0.99).contains(retention)) }
                #expect((0...3).contains(f.custom[DemoPortfolio.solutionsCoDevelopedMeasure] ?? -1))
                #expect((0...20).contains(f.custom[DemoPortfolio.trainingHoursMeasure] ?? -1))
            }
            #expect((2...8).contains(account.contacts.count))
            #expect((2...5).contains(account.objectives.count))
            for o in account.objectives where o.status == .done { #expect(o.completedOn != nil) }
        }
    }

    @Test func newAccountsHaveShorterHistoryAndLostOnesFadeOut() {
        let accounts = Self.demo.accounts
        #expect(accounts.filter { $0.status == .new }.allSatisfy { $0.quarters.count < 8 })
        for lost in accounts where lost.status == .lost {
            let early = lost.quarters[last.advanced(by: -4)]?.revenue ?? 0
            let now = lost.quarters[last]?.revenue ?? 0
            #expect(now < early / 3, "\(lost.id)")
        }
    }

    @Test func someAccountsHaveNoRecentContact() {
        let today = DemoPortfolio.today(lastQuarter: last)
        let quiet = Self.demo.accounts.filter { account in
            let lastContact = account.activities.filter(\.kind.isContact).map(\.date).max()
            return lastContact.map { $0.days(to: today) > 60 } ?? true
        }
        #expect(!quiet.isEmpty && quiet.count < 20)
        #expect(Self.demo.accounts.flatMap(\.activities).allSatisfy { $0.date <= last.lastDay })
    }

    @Test func scorecardIsStandardWithExplainedOverrides() {
        let scorecard = Self.demo.scorecard
        #expect(scorecard.perspectives == ScorecardDefinition.standard.perspectives)
        #expect(scorecard.overrides.map(\.kpi) == ["nps", "cost-to-serve"])
        for o in scorecard.overrides {
            #expect(scorecard.kpi(id: o.kpi) != nil)
            #expect(!o.reason.isEmpty && o.expires > last.lastDay)
            #expect(Self.demo.account(id: o.account ?? "") != nil)
        }
    }

    @Test func namesStayUniqueAtScale() {
        // 20,000 accounts: 100,000 takes about 30 s in a debug build (about 1 s in release).
        let ws = DemoPortfolio.generate(accounts: 20_000, quarters: 2, seed: 3)
        #expect(ws.accounts.count == 20_000)
        #expect(Set(ws.accounts.map(\.name)).count == 20_000)
        #expect(Set(ws.managers.map(\.id)).count == ws.managers.count)
        #expect((800...2000).contains(ws.managers.count))
        #expect(ws.segments.count == 3)
    }
}
