import Testing
@testable import KamModel

/// Quarter and Day: strict parsing and calendar arithmetic.
@Suite struct QuarterAndDayTests {
    @Test func parsesOnlyStrictQuarters() {
        #expect(Quarter("2025Q3") == Quarter(year: 2025, quarter: 3))
        for bad in ["2025Q5", "2025Q0", "25Q1", "2025q1", "2025-Q1", " 2025Q1", "1899Q4", ""] {
            #expect(Quarter(bad) == nil, "\(bad)")
        }
    }

    @Test func quarterArithmetic() {
        let q = Quarter(year: 2025, quarter: 1)
        #expect(q.previous == Quarter(year: 2024, quarter: 4))
        #expect(q.yearEarlier == Quarter(year: 2024, quarter: 1))
        #expect(q.advanced(by: 7) == Quarter(year: 2026, quarter: 4))
        #expect(Quarter.range(Quarter(year: 2024, quarter: 3), Quarter(year: 2025, quarter: 2)).map(\.description)
            == ["2024Q3", "2024Q4", "2025Q1", "2025Q2"])
        #expect(q.firstDay.description == "2025-01-01" && q.lastDay.description == "2025-03-31")
        #expect(Quarter(year: 2024, quarter: 1).lastDay.description == "2024-03-31")
        #expect(Quarter(containing: Samples.day("2025-08-15")).description == "2025Q3")
    }

    @Test func parsesOnlyRealDates() {
        #expect(Day("2024-02-29")?.description == "2024-02-29")
        for bad in ["2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "2025/01/01", "1900-02-29", "20250101"] {
            #expect(Day(bad) == nil, "\(bad)")
        }
        #expect(Day("2000-02-29") != nil)
    }

    @Test func dayArithmetic() {
        let day = Samples.day("2024-12-30")
        #expect(day.adding(days: 3).description == "2025-01-02")
        #expect(day.days(to: Samples.day("2025-03-01")) == 61)
        #expect(Samples.day("1970-01-01").daysSinceEpoch == 0)
        #expect(Day(daysSinceEpoch: -1).description == "1969-12-31")
        #expect(Samples.day("2025-01-01") < Samples.day("2025-01-02"))
    }
}
