import Foundation
import KamDemo
import KamModel
import Testing
@testable import KamUI

/// Shared fixtures and snapshot files for the app and screen tests.
enum AppFixture {
    /// The demo portfolio, generated once.
    static let workspace = DemoPortfolio.generate()
    static let today = DemoPortfolio.today(lastQuarter: Quarter(year: 2026, quarter: 3))

    /// A state on `screen` at `width` x `height`.
    static func state(width: Int = 80, height: Int = 24, screen: String = "accounts", account: String? = nil,
                      keyMap: KeyMap = KeyMap(), themeNames: [String] = ["dark", "light", "mono"],
                      workspace: Workspace = workspace) throws -> AppState {
        try AppState(workspace: workspace, today: today, width: width, height: height, screen: screen,
                     account: account, keyMap: keyMap, themeNames: themeNames)
    }

    /// Presses the keys of a key string and returns every effect.
    @discardableResult
    static func press(_ keys: String, _ state: inout AppState) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyString.parse(keys) { effects += state.handle(.key(key)) }
        return effects
    }

    /// The account list on top of the stack.
    static func list(_ state: AppState) throws -> AccountListScreen {
        try #require(state.stack.first as? AccountListScreen)
    }
}

/// Compares rendered text with `Snapshots/NAME.txt`; records it when missing or when
/// `KAM_RECORD_SNAPSHOTS=1`.
func assertSnapshot(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = buffer.text + "\n"
    let record = ProcessInfo.processInfo.environment["KAM_RECORD_SNAPSHOTS"] == "1"
    if record || !FileManager.default.fileExists(atPath: file.path) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    #expect(actual == expected, "snapshot \(name) differs; KAM_RECORD_SNAPSHOTS=1 records it", sourceLocation: sourceLocation)
}
