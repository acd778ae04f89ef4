import Testing
import KamModel
@testable import KamAnalytics

/// A hand-worked account: two full quarters (2025Q1, 2025Q2) and revenue-only history.
let worked = Account(
    id: "w", name: "Worked", manager: "m1", segment: "Retail",
    quarters: [
        qtr("2024Q2"): figures(revenue: 1000),
        qtr("2024Q3"): figures(revenue: 900),
        qtr("2024Q4"): figures(revenue: 1100),
        qtr("2025Q1"): QuarterFigures(
            revenue: 1000, grossProfit: 400, costToServe: CostToServe(sales: 100, support: 50),
            categorySpend: 4000, nps: NPSSurvey(promoters: 6, passives: 2, detractors: 2),
            csat: CSATSurvey(satisfied: 8, responses: 10), issueResolutionDays: 2, turnaroundDays: 4,
            retention: 0.9, custom: ["trainingHours": 6]),
        qtr("2025Q2"): QuarterFigures(
            revenue: 1200, grossProfit: 420, costToServe: CostToServe(accountTeam: 200),
            nps: NPSSurvey(promoters: 3, passives: 1, detractors: 0),
            csat: CSATSurvey(satisfied: 3, responses: 4), issueResolutionDays: 4,
            retention: 0.8, custom: ["trainingHours": 10]),
    ])

@Suite("Account measures")
struct AccountMeasuresTests {
    let q2 = measures(worked, .quarter(qtr("2025Q2")))
    let half = measures(worked, .range(from: qtr("2025Q1"), to: qtr("2025Q2")))

    @Test("single quarter: margin, operating profit, ROI, growth, cost ratio, surveys")
    func singleQuarter() {
        #expect(q2.revenue == 1200 && q2.grossProfit == 420 && q2.costToServe == 200)
        #expect(close(q2.grossMargin, 35))                // 420 / 1200 = 35%
        #expect(q2.operatingProfit == 220)                 // 420 - 200
        #expect(close(q2.operatingMargin, 220.0 / 12))     // 220 / 1200 = 18.33%
        #expect(close(q2.accountROI, 110))                 // 220 / 200 x 100
        #expect(close(q2.revenueGrowthQoQ, 20))            // (1200 - 1000) / 1000
        #expect(close(q2.revenueGrowthYoY, 20))            // against 2024Q2: 1000
        #expect(close(q2.costToServeRatio, 200.0 / 12))    // 200 / 1200 = 16.67%
        #expect(close(q2.nps, 75))                         // (3 - 0) / 4
        #expect(close(q2.csat, 75))                        // 3 / 4
        #expect(close(q2.retention, 80))
        #expect(q2.shareOfWallet == nil)                   // no category spend in 2025Q2
        #expect(q2.turnaroundDays == nil)
    }

    @Test("a range sums amounts and recomputes ratios from the sums")
    func range() {
        #expect(half.revenue == 2200 && half.grossProfit == 820 && half.costToServe == 350)
        // 820 / 2200 = 37.27%, not the mean of 40% and 35% (37.5%).
        #expect(close(half.grossMargin, 820.0 / 22))
        #expect(half.operatingProfit == 470)               // 820 - 350
        #expect(close(half.accountROI, 470.0 / 350 * 100)) // 134.29%
        // NPS from summed answers: promoters 9, passives 3, detractors 2 -> (9 - 2) / 14 = 50.
        #expect(close(half.nps, 50))
        #expect(close(half.csat, 1100.0 / 14))             // 11 / 14 = 78.57%
        // Retention weighted by revenue: (0.9 x 1000 + 0.8 x 1200) / 2200 = 84.55%.
        #expect(close(half.retention, 1860.0 / 22))
        #expect(close(half.issueResolutionDays, 3))        // (2 + 4) / 2
        #expect(close(half.turnaroundDays, 4))             // only 2025Q1 has it
        #expect(close(half.shareOfWallet, 25))             // 1000 / 4000, only where spend is known
        #expect(half.costByCategory == CostToServe(sales: 100, accountTeam: 200, support: 50))
        // Previous range 2024Q3-2024Q4: 900 + 1100 = 2000 -> +10%.
        #expect(close(half.revenueGrowthQoQ, 10))
        // Year-earlier range 2024Q1-2024Q2 has only 2024Q2 (1000) -> +120%.
        #expect(close(half.revenueGrowthYoY, 120))
        #expect(close(half.value(of: .custom("trainingHours")), 8))  // mean of 6 and 10
    }

    @Test("lifetime value: m = yearly gross margin over the last four quarters, r latest retention")
    func lifetimeValue() {
        // Four quarters 2024Q3-2025Q2: gross profit only in 2025Q1 (400) and 2025Q2 (420):
        // m = 820 x 4 / 2 = 1640; r = 0.8 (2025Q2); d = 0.1.
        // CLV = 1640 x 0.8 / (1 + 0.1 - 0.8) = 1312 / 0.3 = 4373.33.
        #expect(close(q2.yearlyGrossMargin, 1640))
        #expect(close(q2.lifetimeValue, 1312 / 0.3))
        #expect(AccountMeasures.lifetimeValue(margin: 100, retention: 1, discountRate: 0) == nil)
        #expect(AccountMeasures.lifetimeValue(margin: nil, retention: 0.5, discountRate: 0.1) == nil)
    }

    @Test("a quarter without figures has no data for every measure, not zero")
    func missingQuarter() {
        let m = measures(worked, .quarter(qtr("2023Q1")))
        #expect(m.revenue == nil && m.grossProfit == nil && m.operatingProfit == nil)
        #expect(m.grossMargin == nil && m.nps == nil && m.csat == nil && m.retention == nil)
        #expect(m.revenueGrowthQoQ == nil && m.lifetimeValue == nil)
        for metric in BuiltInMetric.allCases {
            #expect(m.value(of: .builtIn(metric)) == nil, "\(metric) should be no data")
        }
    }

    @Test("ROI is no data when cost to serve is zero or missing")
    func roiWithoutCost() {
        let zero = simpleAccount("z", revenue: 100, grossProfit: 40, cost: 0)
        let missing = simpleAccount("n", revenue: 100, grossProfit: 40, cost: nil)
        #expect(measures(zero, .quarter(qtr("2025Q2"))).accountROI == nil)
        #expect(measures(zero, .quarter(qtr("2025Q2"))).operatingProfit == 40)
        #expect(measures(missing, .quarter(qtr("2025Q2"))).accountROI == nil)
        #expect(measures(missing, .quarter(qtr("2025Q2"))).operatingProfit == nil)
    }

    @Test("a margin uses only quarters where both revenue and gross profit are known")
    func pairedRatio() {
        let a = account("p", quarters: ["2025Q1": figures(revenue: 1000, grossProfit: 300),
                                        "2025Q2": figures(revenue: 500)])
        let m = measures(a, .range(from: qtr("2025Q1"), to: qtr("2025Q2")))
        #expect(m.revenue == 1500)
        #expect(close(m.grossMargin, 30))  // 300 / 1000, the revenue-only quarter left out
    }

    @Test("operating margin and ROI use only quarters with revenue, gross profit and cost to serve")
    func pairedOperatingMargin() {
        let a = account("p", quarters: ["2025Q1": figures(revenue: 1000, grossProfit: 300, cost: 100),
                                        "2025Q2": figures(revenue: 500, grossProfit: 100)])
        let m = measures(a, .range(from: qtr("2025Q1"), to: qtr("2025Q2")))
        #expect(m.grossProfit == 400 && m.operatingProfit == 200)   // 300 - 100; 2025Q2 has no cost
        #expect(close(m.operatingMargin, 20))                        // 200 / 1000, not 200 / 1500
        #expect(close(m.accountROI, 200))                            // 200 / 100
        #expect(close(m.grossMargin, 400.0 / 15))                    // 400 / 1500: both quarters count
    }

    @Test("zero revenue gives no margin and no growth base")
    func zeroRevenue() {
        let a = account("z", quarters: ["2025Q1": figures(revenue: 0, grossProfit: 0, cost: 0),
                                        "2025Q2": figures(revenue: 100, grossProfit: 10, cost: 5)])
        #expect(measures(a, .quarter(qtr("2025Q1"))).grossMargin == nil)
        #expect(measures(a, .quarter(qtr("2025Q2"))).revenueGrowthQoQ == nil)
    }

    @Test("every built-in metric evaluates to its account measure")
    func metricEvaluation() {
        #expect(q2.value(of: .builtIn(.revenue)) == 1200)
        #expect(close(q2.value(of: .builtIn(.grossMargin)), 35))
        #expect(close(q2.value(of: .builtIn(.accountROI)), 110))
        #expect(close(q2.value(of: .builtIn(.nps)), 75))
        #expect(close(Scorecard.value(of: .builtIn(.operatingProfit), account: worked, quarter: qtr("2025Q2")), 220))
        #expect(close(Scorecard.value(of: .custom("trainingHours"), account: worked, quarter: qtr("2025Q2")), 10))
        #expect(Scorecard.value(of: .custom("unknown"), account: worked, quarter: qtr("2025Q2")) == nil)
    }
}
