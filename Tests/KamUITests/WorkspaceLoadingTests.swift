import Foundation
import KamDemo
import KamModel
import Testing
@testable import KamUI

/// The cockpit while a large workspace loads: the preview shows the same rows the full
/// list will, never a total; only moves, help and quit act; other keys wait and replay.
@Suite struct WorkspaceLoadingTests {
    /// A generated 2,000-account demo file (about 14 MB), its preview and its full decode.
    struct LargeFile: Sendable {
        let full: Workspace
        let preview: WorkspacePreview
    }

    static let large: LargeFile? = {
        let workspace = DemoPortfolio.generate(accounts: 2_000)
        let folder = NSTemporaryDirectory() + "kam-ui-loading-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/portfolio.json"
        guard (try? WorkspaceFile.save(workspace, to: path)) != nil,
              let full = try? WorkspaceFile.load(path: path),
              let preview = WorkspacePreview.read(path: path) else { return nil }
        return LargeFile(full: full, preview: preview)
    }()

    /// The preview state of the large file, loading, at 80x24.
    static func previewState(preferences: ViewPreferences = ViewPreferences()) throws -> AppState {
        let large = try #require(large)
        var state = try AppState(workspace: large.preview.workspace, today: AppFixture.today, preferences: preferences)
        state.startLoading(fileName: "portfolio.json")
        return state
    }

    /// The full state of the large file, as the background load builds it.
    static func fullState() throws -> AppState {
        try AppState(workspace: try #require(large).full, today: AppFixture.today)
    }

    static func key(_ keys: String) throws -> [InputEvent] {
        try KeyString.parse(keys).map(InputEvent.key)
    }

    @Test("a generated 2,000-account file previews the full decode's first accounts")
    func previewOfGeneratedFileMatchesFullDecode() throws {
        let large = try #require(Self.large)
        let count = large.preview.workspace.accounts.count
        #expect(count >= 100 && count <= WorkspacePreview.maximumAccounts)
        var expected = large.full
        expected.accounts = Array(large.full.accounts.prefix(count))
        #expect(large.preview.workspace == expected)
    }

    @Test("the preview draws the full list's rows, and no total and no count until loaded")
    func previewDrawsTheSameRowsAndNoTotal() throws {
        let preview = App.render(try Self.previewState()).lines
        let full = App.render(try Self.fullState()).lines
        // Title, header and the 20 rows are the same, but for the scroll bar (the preview's
        // position in the whole list is not known: no thumb); the totals and status lines differ.
        #expect(Array(preview[0..<2]) == Array(full[0..<2]))
        #expect(Array(preview[2..<22]) == full[2..<22].map { String($0.dropLast()) }, "no scroll bar while loading")
        #expect(full[22].contains("Total (2000)"))
        #expect(preview[22].trimmingCharacters(in: .whitespaces) == "Total (loading 0%)")
        #expect(preview[23].hasPrefix("Loading portfolio.json: 0%"))
        #expect(!preview[23].contains("/"), "no [n/N] position while the count is not known")
    }

    @Test("the loading percentage shows in the total row and the status line")
    func percentageShows() throws {
        var state = try Self.previewState()
        state.loading?.percent = 42
        state.loading?.waitingEvents = 2
        let lines = App.render(state).lines
        #expect(lines[22].contains("Total (loading 42%)"))
        #expect(lines[23].hasPrefix("Loading portfolio.json: 42%, 2 keys wait"))
    }

    @Test("a remembered sort or grouping shows a loading frame, not the preview's rows")
    func rememberedOrderShowsLoadingFrame() throws {
        for screen in [ScreenPreferences(sort: "revenue desc"), ScreenPreferences(group: "manager")] {
            let state = try Self.previewState(preferences: ViewPreferences(screens: ["accounts": screen]))
            #expect(state.loading?.showsPreview == false)
            let text = App.render(state).text
            #expect(text.contains("Loading portfolio.json: 0%"))
            let firstName = try #require(Self.large?.preview.workspace.accounts.first?.name)
            #expect(!text.contains(String(firstName.prefix(10))), "no account is drawn:\n\(text)")
            #expect(!text.contains("Total"))
        }
        let columnsOnly = ViewPreferences(screens: ["accounts": ScreenPreferences(columns: ["name", "revenue"])])
        #expect(try Self.previewState(preferences: columnsOnly).loading?.showsPreview == true)
    }

    @Test("moves, help and quit act on the preview; every other key waits")
    func whichKeysActWhileLoading() throws {
        let state = try Self.previewState()
        for keys in ["j", "k", "<PgDn>", "<PgUp>", "<C-d>", "<C-u>", "g", "<Home>", "?", "q", "Q", "<Esc>"] {
            #expect(state.actsWhileLoading(try Self.key(keys)[0]), "\(keys) should act")
        }
        for keys in ["G", "<End>", "s", "S", "f", "=", "c", "/", "2", "<Enter>", "]", ":", "T", "e", "u", "x"] {
            #expect(!state.actsWhileLoading(try Self.key(keys)[0]), "\(keys) should wait")
        }
        #expect(state.actsWhileLoading(.resize(width: 100, height: 30)))
        #expect(state.actsWhileLoading(.mouse(MouseEvent(action: .wheelDown, button: 0, x: 5, y: 5))))
        #expect(!state.actsWhileLoading(.mouse(MouseEvent(action: .press, x: 5, y: 5))))

        var help = state
        _ = help.handle(try Self.key("?")[0])
        #expect(help.actsWhileLoading(try Self.key("G")[0]), "the help scrolls to its end")

        var frame = try Self.previewState(preferences: ViewPreferences(screens: ["accounts": ScreenPreferences(sort: "name")]))
        #expect(!frame.actsWhileLoading(try Self.key("j")[0]), "no moves over a loading frame")
        #expect(frame.actsWhileLoading(try Self.key("?")[0]))
        frame.loading = nil
        #expect(frame.actsWhileLoading(try Self.key("s")[0]), "everything acts once loaded")
    }

    @Test("once a key waits, every later key waits too, in order; a resize never waits")
    func typeAheadKeepsOrder() throws {
        let state = try Self.previewState()
        var typeAhead = TypeAhead()
        let events = try Self.key("jjsjq")
        var kept: [Bool] = []
        for event in events { kept.append(typeAhead.keep(event, state: state)) }
        #expect(kept == [false, false, true, true, true])
        let resizeWaits = typeAhead.keep(.resize(width: 90, height: 30), state: state)
        #expect(!resizeWaits)
        let taken = typeAhead.take()
        #expect(taken == Array(events[2...]))
        #expect(typeAhead.events.isEmpty)
    }

    @Test("the full state takes the preview's cursor, and the keys typed ahead act on it in order")
    func typeAheadReplaysOnTheFullState() throws {
        var preview = try Self.previewState()
        var typeAhead = TypeAhead()
        for event in try Self.key("jjjsj") where !typeAhead.keep(event, state: preview) {
            _ = preview.handle(event)
        }
        #expect(try AppFixture.list(preview).scroll.selected == 3)
        var full = try Self.fullState()
        full.continueFrom(preview: preview)
        #expect(try AppFixture.list(full).scroll.selected == 3)
        for event in typeAhead.take() { _ = full.handle(event) }

        // The same keys typed on the loaded list give the same list and cursor.
        var typedLater = try Self.fullState()
        try AppFixture.press("jjjsj", &typedLater)
        let list = try AppFixture.list(full)
        #expect(list.sort.keys.map(\.column) == ["name"])
        #expect(list.selectedAccount?.id == (try AppFixture.list(typedLater)).selectedAccount?.id)
        #expect(App.render(full).text == App.render(typedLater).text)
    }

    @Test("the full state keeps the preview's size and open help")
    func fullStateKeepsSizeAndHelp() throws {
        var preview = try Self.previewState()
        _ = preview.handle(.resize(width: 100, height: 30))
        _ = preview.handle(try Self.key("?")[0])
        var full = try Self.fullState()
        full.continueFrom(preview: preview)
        #expect(full.width == 100 && full.height == 30)
        #expect(full.overlay == .help(scroll: 0))
        #expect(full.loading == nil)
    }
}
