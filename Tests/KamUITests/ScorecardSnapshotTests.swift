import KamAnalytics
import KamModel
import Testing
@testable import KamUI

@Suite("Scorecard screen snapshots")
struct ScorecardSnapshotTests {
    /// The scorecard at `width` x `height` after `keys`.
    static func render(_ width: Int, _ height: Int, keys: String = "", scope: String? = nil,
                       glyphs: Glyphs = .unicode) throws -> ScreenBuffer {
        try HeadlessRender.render(workspace: AppFixture.workspace, screen: "scorecard", size: (width, height),
                                  scope: scope, keys: keys, today: AppFixture.today, glyphs: glyphs)
    }

    @Test("the portfolio scorecard at 80x24: two perspectives a page, overall score, legend")
    func portfolio80x24() throws {
        assertSnapshot(try Self.render(80, 24), named: "scorecard-portfolio-80x24")
    }

    @Test("the portfolio scorecard at 120x40: roll-up on top, four panes, longer history")
    func portfolio120x40() throws {
        assertSnapshot(try Self.render(120, 40), named: "scorecard-portfolio-120x40")
    }

    @Test("the second page of perspectives at 80x24 after Tab Tab")
    func secondPage80x24() throws {
        assertSnapshot(try Self.render(80, 24, keys: "<Tab><Tab>"), named: "scorecard-portfolio-80x24-page2")
    }

    @Test("a manager's scorecard at 80x24 and 120x40")
    func manager() throws {
        let manager = try #require(AppFixture.workspace.managers.first)
        assertSnapshot(try Self.render(80, 24, scope: "manager:\(manager.id)"), named: "scorecard-manager-80x24")
        assertSnapshot(try Self.render(120, 40, scope: "manager:\(manager.id)"), named: "scorecard-manager-120x40")
    }

    @Test("an account's scorecard with an override at 80x24 and 120x40")
    func account() throws {
        let id = try #require(AppFixture.workspace.scorecard.overrides.first?.account)
        assertSnapshot(try Self.render(80, 24, scope: "account:\(id)"), named: "scorecard-account-80x24")
        assertSnapshot(try Self.render(120, 40, scope: "account:\(id)"), named: "scorecard-account-120x40")
    }

    @Test("the roll-up table by manager and by segment")
    func rollUp() throws {
        assertSnapshot(try Self.render(80, 24, keys: "r"), named: "scorecard-rollup-80x24")
        assertSnapshot(try Self.render(120, 40, keys: "r="), named: "scorecard-rollup-segment-120x40")
    }

    @Test("compare mode at 80x24 and 120x40")
    func compare() throws {
        assertSnapshot(try Self.render(80, 24, keys: "c"), named: "scorecard-compare-80x24")
        let id = try #require(AppFixture.workspace.scorecard.overrides.first?.account)
        assertSnapshot(try Self.render(120, 40, keys: "c", scope: "account:\(id)"), named: "scorecard-compare-account-120x40")
    }

    @Test("ASCII glyphs: statuses G A R, arrows ^ v -, no box drawing")
    func ascii() throws {
        let buffer = try Self.render(80, 24, glyphs: .ascii)
        assertSnapshot(buffer, named: "scorecard-portfolio-80x24-ascii")
        let nonASCII = buffer.text.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty, "only ASCII is drawn")
    }
}
