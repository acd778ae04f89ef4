import Testing
@testable import KamModel

/// `Day` and `Quarter` stored packed: every date and quarter the parsers accept reads back as
/// it was made, orders and prints as before, and the records holding them stay small.
@Suite struct PackedDatesTests {
    /// `YYYY-MM-DD` written out independently of `Day.description`.
    private func text(_ year: Int, _ month: Int, _ day: Int) -> String {
        let y = String(year), m = String(month), d = String(day)
        return String(repeating: "0", count: 4 - y.count) + y + "-" + (m.count == 1 ? "0" : "") + m
            + "-" + (d.count == 1 ? "0" : "") + d
    }

    @Test("every day from 1900-01-01 to 2999-12-31 reads back, counts, orders and prints as its parts say")
    func everyDayRoundTrips() {
        var failures: [String] = []
        func fail(_ message: String) { if failures.count < 10 { failures.append(message) } }
        var expectedEpoch = -25_567  // 1900-01-01
        var previous: Day?
        var count = 0
        for year in 1900...2999 {
            for month in 1...12 {
                for dayOfMonth in 1...Day.daysIn(month: month, year: year) {
                    let label = text(year, month, dayOfMonth)
                    guard let day = Day(year: year, month: month, day: dayOfMonth) else {
                        fail("\(label): not made")
                        continue
                    }
                    if day.year != year || day.month != month || day.day != dayOfMonth {
                        fail("\(label): reads back as \(day.year)-\(day.month)-\(day.day)")
                    }
                    if day.components != (year, month, dayOfMonth) { fail("\(label): components \(day.components)") }
                    if day.daysSinceEpoch != expectedEpoch { fail("\(label): day number \(day.daysSinceEpoch), not \(expectedEpoch)") }
                    if Day(daysSinceEpoch: expectedEpoch) != day { fail("\(label): not made back from its day number") }
                    if day.description != label { fail("\(label): prints as \(day.description)") }
                    if Day(label) != day { fail("\(label): does not parse back") }
                    let quarter = Quarter(containing: day)
                    if quarter.year != year || quarter.quarter != (month - 1) / 3 + 1 { fail("\(label): in \(quarter)") }
                    if let previous {
                        if !(previous < day) || day < previous || previous == day || previous.days(to: day) != 1 {
                            fail("\(label): not one day after \(previous)")
                        }
                        if previous.adding(days: 1) != day { fail("\(label): \(previous) + 1 day is \(previous.adding(days: 1))") }
                    }
                    previous = day
                    expectedEpoch += 1
                    count += 1
                }
            }
        }
        #expect(count == 401_767)
        #expect(previous?.daysSinceEpoch == 376_199)  // 2999-12-31
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("ordering agrees with the (year, month, day) order for dates far apart")
    func orderMatchesPartsOrder() {
        var generator = SystemRandomNumberGenerator()
        var failures: [String] = []
        for _ in 0..<20_000 {
            let a = Day(daysSinceEpoch: Int.random(in: -25_567...376_199, using: &generator))
            let b = Day(daysSinceEpoch: Int.random(in: -25_567...376_199, using: &generator))
            let tupleLess = (a.year, a.month, a.day) < (b.year, b.month, b.day)
            if (a < b) != tupleLess || (a == b) != ((a.year, a.month, a.day) == (b.year, b.month, b.day)) {
                failures.append("\(a) vs \(b)")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test("days outside the parsed years, to the ends of the range, keep their day number and parts")
    func daysBeyondParsedYearsRoundTrip() {
        let range = Day.daysSinceEpochRange
        #expect(range.lowerBound <= -60_000_000 && range.upperBound >= 60_000_000)
        let numbers = [range.lowerBound, range.lowerBound + 1, -800_000, -719_468, -25_568, -1, 0, 1,
                       376_200, 1 << 24, (1 << 24) - 1, range.upperBound - 1, range.upperBound]
        for n in numbers {
            let day = Day(daysSinceEpoch: n)
            #expect(day.daysSinceEpoch == n)
            let (year, month, dayOfMonth) = day.components
            #expect(Day.daysFromCivil(year: year, month: month, day: dayOfMonth) == n, "\(n)")
            #expect((1...12).contains(month) && (1...Day.daysIn(month: month, year: year)).contains(dayOfMonth), "\(n)")
        }
        #expect(Day(daysSinceEpoch: -1).description == "1969-12-31")
        #expect(Day(daysSinceEpoch: 376_200).description == "3000-01-01")
        #expect(Day(daysSinceEpoch: range.lowerBound) < Day(daysSinceEpoch: -800_000))
        #expect(Day(daysSinceEpoch: range.upperBound - 1) < Day(daysSinceEpoch: range.upperBound))
        #expect(Set((0..<1000).map { Day(daysSinceEpoch: $0 * 7) }).count == 1000)
    }

    @Test("every quarter from 1900Q1 to 2999Q4 reads back, counts, orders and prints as its parts say")
    func everyQuarterRoundTrips() {
        var failures: [String] = []
        var previous: Quarter?
        for year in 1900...2999 {
            for q in 1...4 {
                let quarter = Quarter(year: year, quarter: q)
                let label = "\(year)Q\(q)"
                if quarter.year != year || quarter.quarter != q { failures.append("\(label): \(quarter.year) \(quarter.quarter)") }
                if quarter.index != year * 4 + q - 1 || Quarter(index: quarter.index) != quarter {
                    failures.append("\(label): index \(quarter.index)")
                }
                if quarter.description != label || Quarter(label) != quarter { failures.append("\(label): prints \(quarter)") }
                if quarter.firstDay.year != year || quarter.firstDay.month != q * 3 - 2 || quarter.firstDay.day != 1
                    || quarter.lastDay.adding(days: 1) != quarter.next.firstDay {
                    failures.append("\(label): days \(quarter.firstDay)...\(quarter.lastDay)")
                }
                if let previous, !(previous < quarter) || quarter < previous || previous.next != quarter
                    || quarter.previous != previous || previous.advanced(by: 1) != quarter {
                    failures.append("\(label): not right after \(previous)")
                }
                previous = quarter
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(Quarter.range(Quarter(year: 1900, quarter: 1), Quarter(year: 2999, quarter: 4)).count == 4400)
    }

    @Test("quarters outside the parsed years, to the ends of the range, keep their number, year and quarter")
    func quartersBeyondParsedYearsRoundTrip() {
        let range = Quarter.indexRange
        #expect(range.lowerBound <= -4 * 65_536 && range.upperBound >= 4 * 65_536 - 1)
        for index in [range.lowerBound, range.lowerBound + 1, -5, -4, -1, 0, 1, 3, 4, 3996, range.upperBound] {
            let quarter = Quarter(index: index)
            #expect(quarter.index == index)
            #expect(quarter.firstDay.quarter == quarter, "\(index)")
            if index > range.lowerBound {
                #expect(quarter.firstDay.adding(days: -1) == quarter.previous.lastDay, "\(index)")
            }
            if index < range.upperBound {
                #expect(quarter.lastDay.quarter == quarter && quarter.lastDay.adding(days: 1) == quarter.next.firstDay, "\(index)")
            }
            #expect(Quarter(year: quarter.year, quarter: quarter.quarter) == quarter, "\(index)")
            #expect(quarter.year * 4 + quarter.quarter - 1 == index && (1...4).contains(quarter.quarter), "\(index)")
        }
        #expect(Quarter(year: -1, quarter: 4).index == -1 && Quarter(index: -1).description == "-1Q4")
        #expect(Quarter(year: 999, quarter: 4).description == "999Q4")
        #expect(Quarter(index: range.lowerBound) < Quarter(index: -1) && Quarter(index: -1) < Quarter(index: range.upperBound))
        #expect(Set((1900...2999).map { Quarter(year: $0, quarter: 2) }).count == 1100)
    }

    @Test("packed numbers hold every value of their top bits and the ends of their range")
    func packedNumbersRoundTrip() {
        for top in UInt32(0)...7 {
            for low in [UInt32(0), 1, 0xFFFF, 0x1_0000, 0x12_3456, 0xFF_FFFF] {
                let value = top << 24 | low
                #expect(Packed27(value).value == value)
                let small = top << 16 | (low & 0xFFFF)
                #expect(Packed19(small).value == small)
            }
            #expect(ThreeBits(UInt8(top)).value == UInt8(top))
        }
        #expect(Packed27(Packed27.max).value == Packed27.max && Packed19(Packed19.max).value == Packed19.max)
        #expect(Packed27(1) != Packed27(1 << 24) && Packed19(1) != Packed19(1 << 16))
    }

    @Test("dates, quarters and the records holding them keep their packed sizes")
    func sizesStayPacked() {
        #expect(MemoryLayout<Day>.size == 4)
        #expect(MemoryLayout<Day?>.size == 4)
        #expect(MemoryLayout<Quarter>.size == 3)
        #expect(MemoryLayout<Quarter?>.size == 3)
        #expect(MemoryLayout<Activity>.stride == 64)
        #expect(MemoryLayout<Contact>.stride == 64)
        #expect(MemoryLayout<Opportunity>.stride == 56)
        #expect(MemoryLayout<Objective>.stride == 48)
        // The four record lists are one packed block (`AccountRecords`), a reference.
        #expect(MemoryLayout<Account>.stride == 168)
        #expect(MemoryLayout<AccountRecords>.size == 8)
    }
}
