import Testing
import KamModel
@testable import KamAnalytics

@Suite("Periods")
struct PeriodTests {
    @Test("a single quarter is written 2025Q3, a range with an en dash")
    func descriptions() {
        #expect(Period.quarter(qtr("2025Q3")).description == "2025Q3")
        #expect(Period.range(from: qtr("2024Q4"), to: qtr("2025Q3")).description == "2024Q4–2025Q3")
        #expect(Period.range(from: qtr("2024Q4"), to: qtr("2025Q3")).asciiDescription == "2024Q4-2025Q3")
    }

    @Test("the last four quarters ending at q run from three quarters before q to q")
    func lastFour() {
        let p = Period.lastFourQuarters(endingAt: qtr("2025Q2"))
        #expect(p.quarters == [qtr("2024Q3"), qtr("2024Q4"), qtr("2025Q1"), qtr("2025Q2")])
        #expect(p.length == 4)
        #expect(!p.isSingleQuarter)
    }

    @Test("a range given backwards is put in order")
    func backwards() {
        let p = Period.range(from: qtr("2025Q3"), to: qtr("2025Q1"))
        #expect(p.first == qtr("2025Q1") && p.last == qtr("2025Q3"))
    }

    @Test("the previous period has the same length; the year-earlier one is shifted by four quarters")
    func comparisonPeriods() {
        let p = Period.range(from: qtr("2025Q1"), to: qtr("2025Q2"))
        #expect(p.previous == Period.range(from: qtr("2024Q3"), to: qtr("2024Q4")))
        #expect(p.yearEarlier == Period.range(from: qtr("2024Q1"), to: qtr("2024Q2")))
        #expect(Period.quarter(qtr("2025Q1")).previous == Period.quarter(qtr("2024Q4")))
    }

    @Test("a period contains its quarters and days and nothing else")
    func containment() {
        let p = Period.range(from: qtr("2025Q1"), to: qtr("2025Q2"))
        #expect(p.contains(qtr("2025Q1")) && p.contains(qtr("2025Q2")))
        #expect(!p.contains(qtr("2024Q4")) && !p.contains(qtr("2025Q3")))
        #expect(p.contains(day("2025-06-30")) && !p.contains(day("2025-07-01")))
        #expect(p.firstDay == day("2025-01-01") && p.lastDay == day("2025-06-30"))
    }
}
