import KamAnalytics
import KamModel
import Testing
@testable import KamUI

/// The account list and the scorecard on imported order lines (superstore): figures the
/// file has (revenue, gross profit) are shown, everything else is "no data", never zero.
@Suite("Account list and scorecard on the superstore import")
struct SuperstoreScreensTests {
    @Test("the account list at 80x24 and 120x40")
    func accountList() throws {
        assertSnapshot(App.render(try Superstore.state(screen: "accounts")), named: "accounts-superstore-80x24")
        assertSnapshot(App.render(try Superstore.state(width: 120, height: 40, screen: "accounts")),
                       named: "accounts-superstore-120x40")
    }

    @Test("the scorecard at 80x24 and 120x40: KPIs without data read n/a and drop out of the score")
    func scorecard() throws {
        let small = App.render(try Superstore.state(screen: "scorecard"))
        assertSnapshot(small, named: "scorecard-superstore-80x24")
        assertSnapshot(App.render(try Superstore.state(width: 120, height: 40, screen: "scorecard")),
                       named: "scorecard-superstore-120x40")
        let result = Scorecard.evaluate(try Superstore.workspace.get(), scope: .portfolio,
                                        quarter: Quarter(year: 2017, quarter: 4), today: Superstore.today)
        let nps = try #require(result.perspectives.flatMap(\.kpis).first { $0.kpi.id == "nps" })
        #expect(nps.actual == nil, "superstore has no surveys: NPS is no data, not 0")
        #expect(small.text.contains("Gross margin"))
    }
}
