import KamModel

/// The demo's status overrides: a manager's judgement next to the computed status.
enum DemoOverrides {
    /// One or two overrides for the last quarter, adjusting the accounts' figures so each story holds.
    ///
    /// 1. The first existing account with an NPS survey in the last quarter gets a survey of
    ///    two answers (NPS -50); its manager overrides the NPS status to amber until the
    ///    rerun next quarter.
    /// 2. The first key account that loses money in the last quarter (or else the first
    ///    whose cost to serve is above 15% of revenue) has its cost-to-serve status
    ///    overridden to amber for a one-off onboarding cost.
    static func make(accounts: inout [Account], lastQuarter: Quarter) -> [StatusOverride] {
        var overrides: [StatusOverride] = []
        let expires = lastQuarter.next.lastDay
        if let i = accounts.firstIndex(where: { $0.status == .existing && $0.quarters[lastQuarter]?.nps != nil }) {
            accounts[i].quarters[lastQuarter]?.nps = NPSSurvey(promoters: 0, passives: 1, detractors: 1)
            overrides.append(StatusOverride(
                kpi: "nps", account: accounts[i].id, quarter: lastQuarter, status: .amber,
                reason: "Survey sample of 2, rerun in \(lastQuarter.next)", expires: expires,
                setBy: accounts[i].manager))
        }
        func costRatio(_ account: Account) -> Double? {
            guard account.tier == .key, let f = account.quarters[lastQuarter], let revenue = f.revenue, revenue > 0,
                  let cost = f.costToServe else { return nil }
            return cost.total / revenue
        }
        let losing = accounts.firstIndex { account in
            guard let ratio = costRatio(account), let f = account.quarters[lastQuarter],
                  let gross = f.grossProfit, let revenue = f.revenue else { return false }
            return gross / revenue < ratio
        } ?? accounts.firstIndex { costRatio($0).map { $0 > 0.15 } ?? false }
        if let i = losing {
            overrides.append(StatusOverride(
                kpi: "cost-to-serve", account: accounts[i].id, quarter: lastQuarter, status: .amber,
                reason: "One-off onboarding of the new warehouse in \(lastQuarter); costs normalise from \(lastQuarter.next)",
                expires: expires, setBy: accounts[i].manager))
        }
        return overrides
    }
}
