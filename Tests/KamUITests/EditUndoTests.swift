import KamModel
import Testing
@testable import KamUI

@Suite("Undo and redo over every kind of edit")
struct EditUndoTests {
    /// Key sequences on the account page, one edit each, covering every kind of record.
    static let edits: [(name: String, pane: AccountPane, keys: String)] = [
        ("account profile", .profile, "e<Enter><Tab><Tab><Tab><Tab><Right><Enter>"),
        ("objective", .profile, "aWin the tender<Enter>"),
        ("figures", .figures, "e<Enter><C-u>99k<Enter>"),
        ("cost to serve", .figures, "ej<Enter><C-u>777<Enter>"),
        ("override", .scorecard, "a<Tab><Tab><Tab><Tab>Late deliveries<Enter>"),
        ("contact", .contacts, "aNew Person<Enter>"),
        ("opportunity stage", .opportunities, "><Enter>"),
        ("activity", .activities, "Lnspoke to procurement<Enter>"),
        ("delete contact", .contacts, "d<Enter>y"),
    ]

    @Test("each edit is undone in turn back to the loaded workspace, then redone to the end")
    func undoRedoEverything() throws {
        var state = try EditFixture.page()
        var snapshots = [state.workspace]
        var summaries: [String] = []
        for edit in Self.edits {
            let page = try #require(state.screen as? AccountPageScreen)
            for _ in 0..<((AccountPane.allCases.firstIndex(of: edit.pane)! - AccountPane.allCases.firstIndex(of: page.focus)!
                          + AccountPane.allCases.count) % AccountPane.allCases.count) {
                try AppFixture.press("<Tab>", &state)
            }
            try AppFixture.press(edit.keys, &state)
            #expect(state.workspace != snapshots.last, "\(edit.name) changed nothing: \(state.message?.text ?? "")")
            snapshots.append(state.workspace)
            summaries.append(try #require(state.editing.history.nextUndo).summary)
        }
        #expect(state.editing.unsavedCount == Self.edits.count)
        for (index, summary) in summaries.enumerated().reversed() {
            let effects = try AppFixture.press("u", &state)
            #expect(state.workspace == snapshots[index])
            #expect(state.message?.text.hasPrefix("Undid: \(summary)") == true)
            #expect(EditFixture.recorded(effects).count == 1)
        }
        #expect(!state.editing.isModified)
        try AppFixture.press("u", &state)
        #expect(state.message == AppMessage("Nothing to undo", isError: true))
        for (index, summary) in summaries.enumerated() {
            try AppFixture.press("<C-r>", &state)
            #expect(state.workspace == snapshots[index + 1])
            #expect(state.message?.text == "Redid: \(summary)")
        }
        #expect(state.editing.unsavedCount == Self.edits.count)
    }

    @Test("the title bar shows [+] and the status line the count of unsaved edits")
    func unsavedMarks() throws {
        var state = try EditFixture.list()
        #expect(!App.render(state).lines[0].contains("[+]"))
        try AppFixture.press("tg<Enter>", &state)
        try AppFixture.press("Lmfirst<Enter>", &state)
        let screen = App.render(state)
        #expect(screen.lines[0].contains("Demo portfolio [+]"))
        #expect(screen.lines[23].contains("[+] 2 unsaved"))
    }
}
