import Testing
@testable import KamUI

@Suite struct TextInputTests {
    @Test func insertsAtTheCursorAndDeletesAroundIt() {
        var input = TextInput()
        input.insert("hello")
        input.moveLeft()
        input.moveLeft()
        input.insert("X")
        #expect(input.text == "helXlo" && input.cursor == 4)
        input.deleteBackward()
        #expect(input.text == "hello" && input.cursor == 3)
        input.moveHome()
        input.deleteForward()
        #expect(input.text == "ello" && input.cursor == 0)
        input.deleteBackward()
        #expect(input.text == "ello" && input.cursor == 0)
        input.moveEnd()
        input.deleteForward()
        #expect(input.text == "ello" && input.cursor == 4)
    }

    @Test func killsToTheEndOrTheStart() {
        var input = TextInput("portfolio", cursor: 4)
        input.killToEnd()
        #expect(input.text == "port" && input.cursor == 4)
        input.moveLeft()
        input.killToStart()
        #expect(input.text == "t" && input.cursor == 0)
    }

    @Test func deletesTheWordBeforeTheCursor() {
        var input = TextInput("acme north  ")
        input.deleteWordBackward()
        #expect(input.text == "acme " && input.cursor == 5)
    }

    @Test func cursorMovesByCharactersNotBytes() {
        var input = TextInput("Café 日本")
        input.moveLeft()
        input.deleteBackward()
        #expect(input.text == "Café 本" && input.cursor == 5)
    }

    @Test func controlCharactersAreNotInserted() {
        var input = TextInput()
        input.insert("a\u{1B}[2Jb\u{07}")
        #expect(input.text == "a[2Jb")
    }

    @Test func handlesTheUsualEditingKeys() {
        var input = TextInput("acme")
        let handledHome = input.handle(.control("a"))
        let handledX = input.handle(.character("X"))
        #expect(handledHome && handledX)
        #expect(input.text == "Xacme")
        input.handle(.end)
        input.handle(.backspace)
        input.handle(.left)
        input.handle(.control("k"))
        #expect(input.text == "Xac")
        input.handle(.control("w"))
        #expect(input.text == "")
        let handledEnter = input.handle(.enter)
        let handledUp = input.handle(.up)
        #expect(!handledEnter && !handledUp)
    }
}
