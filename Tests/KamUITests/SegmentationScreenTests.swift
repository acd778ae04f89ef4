import KamAnalytics
import KamModel
import Testing
@testable import KamUI

@Suite("Segmentation screen")
struct SegmentationScreenTests {
    func screen(_ state: AppState) throws -> SegmentationScreen {
        try #require(state.screen as? SegmentationScreen)
    }

    @Test("the matrix at 80x24 and 120x40 on the demo portfolio")
    func snapshots() throws {
        assertSnapshot(App.render(try AppFixture.state(screen: "matrix")), named: "matrix-80x24")
        assertSnapshot(App.render(try AppFixture.state(width: 120, height: 40, screen: "matrix")),
                       named: "matrix-120x40")
    }

    @Test("the superstore accounts carry no ratings: the quadrants are empty and the legend counts them")
    func superstore() throws {
        let state = try Superstore.state(screen: "matrix")
        #expect(try screen(state).matrix.unrated.count == 793)
        #expect(App.render(state).text.contains("793 unrated"))
        assertSnapshot(App.render(state), named: "matrix-superstore-80x24")
        assertSnapshot(App.render(try Superstore.state(width: 120, height: 40, screen: "matrix")),
                       named: "matrix-superstore-120x40")
    }

    @Test("quadrant counts, revenue and members drawn are the analytics' matrix")
    func countsMatchTheModel() throws {
        var state = try AppFixture.state(width: 120, height: 40, screen: "matrix")
        let model = SegmentationMatrix(rows: state.measures.rows.map(\.measures))
        let text = App.render(state).text
        for cell in model.cells {
            let title = "\(cell.quadrant.title): \(cell.quadrant.meaning) · \(cell.count) · "
                + Format.standard.amount(cell.revenue.value, compact: true)
            #expect(text.contains(title), "\(title)")
        }
        // Every account of the focused quadrant is in its list, each once.
        for quadrant in SegmentationScreen.order {
            let rows = try screen(state).lists[quadrant]?.rows ?? PaneRows()
            let listed = rows.indices.compactMap { rows.account(at: $0) }
            #expect(Set(listed) == Set(model.cell(quadrant).accounts) && listed.count == model.cell(quadrant).count)
        }
        try AppFixture.press("<Tab>", &state)
        #expect(try screen(state).focus == .streamline)
    }

    @Test("t then a tier moves the account under the cursor, marks unsaved changes and shows [+]")
    func tierChange() throws {
        var state = try AppFixture.state(screen: "matrix")
        let id = try #require(try screen(state).selectedAccount)
        let before = try #require(state.workspace.account(id: id)).tier
        #expect(!state.hasUnsavedChanges)
        try AppFixture.press("t", &state)
        guard case .pick(let list)? = state.overlay else { Issue.record("no tier list"); return }
        #expect(list.items.map(\.id) == Tier.allCases.map(\.rawValue))
        #expect(list.items.first { $0.checked }?.id == before.rawValue)
        // Pick the tier after the current one (the first when it is the last).
        let index = try #require(Tier.allCases.firstIndex(of: before))
        let target = Tier.allCases[(index + 1) % Tier.allCases.count]
        try AppFixture.press(index + 1 < Tier.allCases.count ? "j<Enter>" : "g<Enter>", &state)
        #expect(state.workspace.account(id: id)?.tier == target)
        #expect(state.measures.row(id: id)?.measures.tier == target, "measures recomputed")
        #expect(state.hasUnsavedChanges)
        #expect(state.revision == 1)
        #expect(try screen(state).selectedAccount == id, "the cursor stays on the account")
        let buffer = App.render(state)
        #expect(buffer.lines[0].contains("Demo portfolio [+]"))
        #expect(buffer.lines[3].contains(target.shortTitle), "\(buffer.lines[3])")
        #expect(state.message?.text.contains("to \(target.title)") == true)
        // The command line does the same; setting the same tier again is refused.
        try AppFixture.press(":tier \(before.rawValue)<Enter>", &state)
        #expect(state.workspace.account(id: id)?.tier == before)
        try AppFixture.press(":tier \(before.rawValue)<Enter>", &state)
        #expect(state.message?.isError == true && state.revision == 2)
        try AppFixture.press(":tier gold<Enter>", &state)
        #expect(state.message?.text.hasPrefix("tier: no tier gold") == true)
    }

    @Test("Enter opens the account under the cursor")
    func enterOpensAccount() throws {
        var state = try AppFixture.state(screen: "matrix")
        try AppFixture.press("j", &state)
        let id = try #require(try screen(state).selectedAccount)
        try AppFixture.press("<Enter>", &state)
        #expect((state.screen as? AccountPageScreen)?.accountID == id)
    }

    @Test("ASCII rendering uses no character beyond ASCII")
    func ascii() throws {
        let state = try AppState(workspace: AppFixture.workspace, today: AppFixture.today, screen: "matrix",
                                 glyphs: .ascii)
        let text = App.render(state).text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("^ attractive"))
    }

    @Test("tiny windows do not crash", arguments: [(20, 6), (1, 1), (40, 9)])
    func tiny(size: (Int, Int)) throws {
        var state = try AppFixture.state(width: size.0, height: size.1, screen: "matrix")
        try AppFixture.press("jj<Tab>k", &state)
        #expect(App.render(state).width == size.0)
    }
}
