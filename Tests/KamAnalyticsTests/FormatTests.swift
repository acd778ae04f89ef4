import Testing
@testable import KamAnalytics

@Suite("Formatting for people")
struct FormatTests {
    let f = Format.standard

    @Test("amounts get thousands separators and round halves away from zero")
    func amounts() {
        #expect(f.amount(1234567) == "1,234,567")
        #expect(f.amount(-1234.5) == "-1,235")
        #expect(f.amount(999) == "999")
        #expect(f.amount(0.4) == "0" && f.amount(-0.4) == "0")
        #expect(f.amount(1234.567, decimals: 2) == "1,234.57")
    }

    @Test("compact amounts: 1.2M, 350k, and no 1000k")
    func compact() {
        #expect(f.amount(1_234_567, compact: true) == "1.2M")
        #expect(f.amount(350_000, compact: true) == "350k")
        #expect(f.amount(4_500, compact: true) == "4.5k")
        #expect(f.amount(999_600, compact: true) == "1.0M")
        #expect(f.amount(950, compact: true) == "950")
        #expect(f.amount(-2_500_000_000, compact: true) == "-2.5B")
        #expect(f.amount(12_000_000, compact: true) == "12M")
    }

    @Test("percentages with one decimal, growth signed, NPS and scores whole")
    func percentages() {
        #expect(f.percent(12.345) == "12.3%")
        #expect(f.percent(12.25) == "12.3%")  // 12.25 is exact in binary: a true half
        #expect(f.growth(4.06) == "+4.1%" && f.growth(-2) == "-2.0%" && f.growth(0.01) == "0.0%")
        #expect(f.nps(32.4) == "32" && f.nps(-4.6) == "-5")
        #expect(f.score(87.5) == "88")
    }

    @Test("no data is an en dash, or a hyphen in ASCII; never zero")
    func noData() {
        #expect(f.amount(nil) == "–" && f.percent(nil) == "–" && f.growth(nil) == "–" && f.days(nil) == "–")
        #expect(Format.ascii.percent(nil) == "-" && Format.ascii.nps(.nan) == "-")
        #expect(f.amount(.infinity) == "–")
    }

    @Test("day counts")
    func days() {
        #expect(f.days(1) == "1 day" && f.days(12) == "12 days" && f.daysShort(42) == "42d")
        #expect(f.averageDays(3.25) == "3.3d")
    }
}
