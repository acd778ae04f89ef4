import Testing
@testable import KamUI

@Suite struct TextFitTests {
    @Test func truncatesWithAnEllipsisOnlyWhenTooLong() {
        #expect(TextFit.truncate("Acme", to: 4) == "Acme")
        #expect(TextFit.truncate("Acme Ltd", to: 5) == "Acme…")
        #expect(TextFit.truncate("Acme Ltd", to: 5, ellipsis: "~") == "Acme~")
        #expect(TextFit.truncate("Acme", to: 0) == "")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(TextFit.truncate("日本語テキスト", to: 5) == "日本…")
        #expect(TextFit.truncate("日本語テキスト", to: 4) == "日…")
        #expect(SafeText.width(of: TextFit.fit("日本語テキスト", width: 4)) == 4)
    }

    @Test func fitPadsToTheWidthOnTheAlignedSide() {
        #expect(TextFit.fit("42", width: 5, alignment: .right) == "   42")
        #expect(TextFit.fit("42", width: 5) == "42   ")
        #expect(TextFit.fit("42", width: 5, alignment: .center) == " 42  ")
    }

    @Test func wrapBreaksAtSpacesAndInsideLongWords() {
        #expect(TextFit.wrap("Delete the account Acme?", width: 10) == ["Delete the", "account", "Acme?"])
        #expect(TextFit.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextFit.wrap("one\ntwo", width: 10) == ["one", "two"])
        #expect(TextFit.wrap("anything", width: 0) == [])
    }

    @Test func fittedWriteStaysInsideItsWidth() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.write("Globex Corporation", x: 2, y: 0, width: 6, style: Style(.text))
        #expect(buffer.line(0) == "  Globe…")
    }
}
