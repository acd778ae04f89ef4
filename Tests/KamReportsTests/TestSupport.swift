import KamModel
@testable import KamReports

/// A quarter from a literal such as `2025Q2`.
func qtr(_ text: String) -> Quarter {
    guard let q = Quarter(text) else { fatalError("bad quarter literal \(text) in a test") }
    return q
}

/// A day from a literal such as `2025-07-01`.
func day(_ text: String) -> Day {
    guard let d = Day(text) else { fatalError("bad day literal \(text) in a test") }
    return d
}

import Foundation

/// Test settings read from the environment.
enum Environment {
    /// Where the demo tests write every rendered report for reading by eye
    /// (`KAM_REPORTS_DUMP=/tmp/reports swift test --filter KamReportsTests`); nil to write none.
    static var dumpDirectory: String? { ProcessInfo.processInfo.environment["KAM_REPORTS_DUMP"] }
}
