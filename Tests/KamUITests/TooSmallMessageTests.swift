import Testing
@testable import KamUI

@Suite struct TooSmallMessageTests {
    let message = TooSmallMessage(requiredWidth: 80, requiredHeight: 24)

    @Test func saysTheWindowIsTooSmallAndWhatItNeeds() {
        let buffer = draw(message, width: 20, height: 6)
        expectScreen(buffer, """

              Window too small
              20x6, need 80x24
            Enlarge the terminal
            """)
        #expect(buffer[2, 1].style == Style(.warning, bold: true))
    }

    @Test func showsWhatFitsInTinyWindows() {
        #expect(draw(message, width: 10, height: 2).lines == ["Window too", "  small"])
        #expect(draw(message, width: 1, height: 1).lines == ["W"])
        #expect(draw(message, width: 0, height: 0).lines == [])
    }
}
