import Testing
@testable import KamImport

/// Amounts as spreadsheets and accounting systems write them.
@Suite struct AmountParserTests {
    let point = AmountParser(decimalSeparator: .point)
    let comma = AmountParser(decimalSeparator: .comma)

    @Test func readsPlainDecimalsExactlyAsStrtodDoes() {
        for text in ["261.96", "41.9136", "0.444", "22638.48", "-383.031", "1e-3", "123456789012345678901.5"] {
            #expect(point.amount(text) == Double(text), "\(text)")
        }
    }

    @Test func readsThousandsSeparatorsCurrencySignsAndSpaces() {
        #expect(point.amount("1,234,567.89") == 1_234_567.89)
        #expect(point.amount("$1,234.50") == 1_234.5)
        #expect(point.amount(" € 12 ") == 12)
        #expect(point.amount("£7.5") == 7.5)
        #expect(point.amount("1'234.5") == 1_234.5)
        #expect(comma.amount("1.234,56 €") == 1_234.56)
        #expect(comma.amount("1\u{00A0}234,5") == 1_234.5)
        #expect(comma.amount("12,5") == 12.5)
    }

    @Test func readsNegativeAmounts() {
        #expect(point.amount("-12.5") == -12.5)
        #expect(point.amount("($1,234.00)") == -1_234)
        #expect(point.amount("(5)") == -5)
        #expect(point.amount("$-5") == -5)
        #expect(point.amount("\u{2212}3") == -3)
        #expect(point.amount("3-") == -3)
        #expect(point.amount("-0") == 0)
    }

    @Test func rejectsWhatIsNotAnAmount() {
        for text in ["", "abc", "1.2.3", "1,23.4", "12,34", "(5", "5)", "--5", "1 2 x", "5 $ 5", "1e", "0x10", "1,2345", "$"] {
            #expect(point.amount(text) == nil, "\(text)")
        }
        #expect(comma.amount("1,2,3") == nil)
        #expect(comma.amount("1.23,4") == nil)
    }

    @Test func detectsTheDecimalSeparatorFromProvingValues() {
        #expect(DecimalSeparator.detect(in: ["1.234,56", "12"]) == .comma)
        #expect(DecimalSeparator.detect(in: ["12,5", "3"]) == .comma)
        #expect(DecimalSeparator.detect(in: ["1.234.567"]) == .comma)
        #expect(DecimalSeparator.detect(in: ["1,234.56"]) == .point)
        #expect(DecimalSeparator.detect(in: ["261.96", "1,234"]) == .point)
        #expect(DecimalSeparator.detect(in: ["1,234", "5"]) == .point)
        #expect(DecimalSeparator.detect(in: ["1.5", "2,25", "3,75"]) == .comma)
    }
}
