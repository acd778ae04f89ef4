import KamModel
import Testing
@testable import KamImport

/// Date formats given with `--date-format`, and the detection when none is given.
@Suite struct DateTests {
    @Test func parsesThePatternsUsersGive() throws {
        #expect(try DatePattern("M/d/yyyy").day(from: "11/8/2016") == Day(year: 2016, month: 11, day: 8))
        #expect(try DatePattern("d.M.yyyy").day(from: "8.11.2016") == Day(year: 2016, month: 11, day: 8))
        #expect(try DatePattern("yyyy-MM-dd").day(from: "2016-11-08") == Day(year: 2016, month: 11, day: 8))
        #expect(try DatePattern("dd/MM/yyyy").day(from: "08/11/2016") == Day(year: 2016, month: 11, day: 8))
        #expect(try DatePattern("dd/MM/yy").day(from: "08/11/16") == Day(year: 2016, month: 11, day: 8))
    }

    @Test func ignoresATimeOfDayAfterTheDate() {
        #expect(DatePattern.iso.day(from: "2016-11-08 10:30:00") == Day(year: 2016, month: 11, day: 8))
        #expect(DatePattern.iso.day(from: "2016-11-08T10:30:00Z") == Day(year: 2016, month: 11, day: 8))
    }

    @Test func refusesDatesThatDoNotFollowThePatternOrDoNotExist() throws {
        let us = try DatePattern("M/d/yyyy")
        for text in ["31/31/2016", "2/30/2016", "11-8-2016", "11/8/16", "11/8/2016x", "", "11/8"] {
            #expect(us.day(from: text) == nil, "\(text)")
        }
        #expect(us.day(from: "2/29/2016") == Day(year: 2016, month: 2, day: 29))
    }

    @Test func refusesPatternsItCannotRead() {
        for text in ["MMM d, yyyy", "d/M", "yyy-MM-dd", "dd/MM/yyyy hh:mm", "M/d/yyyy/d"] {
            #expect(throws: ImportError.self, "\(text)") { try DatePattern(text) }
        }
    }

    @Test func detectsMonthFirstAndDayFirstFromTheValues() throws {
        func detect(_ values: [String]) throws -> String {
            try DateFormatDetection.detect(values.enumerated().map { .init(line: $0.offset + 2, text: $0.element) }).description
        }
        #expect(try detect(["1/2/2016", "11/28/2016"]) == "M/d/yyyy")
        #expect(try detect(["1/2/2016", "28/11/2016"]) == "d/M/yyyy")
        #expect(try detect(["1.2.16", "28.11.16"]) == "d.M.yy")
        #expect(try detect(["2016-01-02", "2016-11-28"]) == "yyyy-MM-dd")
        #expect(try detect(["2016/1/2"]) == "yyyy/M/d")
        #expect(throws: ImportError.ambiguousDates(example: "1/2/2016")) { try detect(["1/2/2016", "3/4/2016"]) }
        #expect(throws: ImportError.unrecognisedDates(example: "Jan 2, 2016", line: 2)) { try detect(["Jan 2, 2016"]) }
    }

    @Test func anAmbiguousFileAsksForADateFormat() throws {
        let text = "account,date,revenue\nA,1/2/2016,1\nB,3/4/2016,2\n"
        #expect(throws: ImportError.ambiguousDates(example: "1/2/2016")) { try TestSupport.read(text) }
        let orders = try TestSupport.read(text, ImportOptions(columns: nil, dateFormat: "d/M/yyyy"))
        #expect(orders.account("A")?.quarters.keys.first == Quarter(year: 2016, quarter: 1))
        #expect(orders.account("B")?.quarters.keys.first == Quarter(year: 2016, quarter: 2))
        #expect(!orders.dateFormatDetected)
    }

    @Test func aRejectedDateNamesTheDetectedFormat() throws {
        let orders = try TestSupport.read("account,Order Date,revenue\nA,11/28/2016,1\nB,31/31/2016,2\n")
        #expect(orders.rejected == [RejectedRow(line: 3, reason: "Order Date \"31/31/2016\" is not a date in M/d/yyyy")])
    }
}
