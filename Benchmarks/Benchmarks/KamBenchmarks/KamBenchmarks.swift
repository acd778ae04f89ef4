import Benchmark
import Foundation
import KamAnalytics
import KamImport
import KamModel
import KamUI

/// kam's benchmark suite: load, save, validate, import, render, keys, sort and filter, and
/// the analytics, at 1,000, 10,000 and 100,000 accounts. Targets and the figures of each
/// round: docs/performance.md. To see a regression on one machine, store a baseline of main
/// and one of the branch (`swift package --allow-writing-to-package-directory benchmark
/// baseline update NAME`) and compare them (`swift package benchmark baseline check main NAME`).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 20
    )
    let today = Day(year: 2026, month: 9, day: 30) ?? Day(daysSinceEpoch: 20_000)

    for size in Workspaces.sizes {
        let label = Workspaces.label(size)
        let few = size >= 100_000 ? Benchmark.Configuration.few : Benchmark.defaultConfiguration

        Benchmark("JSON parse \(label)", configuration: few) { benchmark in
            let bytes = Workspaces.bytes(accounts: size)
            benchmark.startMeasurement()
            blackHole(try JSONParser.parse(bytes))
        }

        Benchmark("Load \(label)", configuration: few) { benchmark in
            let bytes = Workspaces.bytes(accounts: size)
            benchmark.startMeasurement()
            let workspace = try WorkspaceFile.decode(bytes: bytes, fileName: "demo.json")
            // The app keeps what it loads: freeing it is not part of the figure.
            withExtendedLifetime(workspace) { benchmark.stopMeasurement() }
        }

        Benchmark("Load file \(label)", configuration: few) { benchmark in
            // From the file, read in windows (`kam validate`, `kam render`): its peak memory
            // shows the file is never whole in memory.
            let path = Workspaces.path(accounts: size)
            benchmark.startMeasurement()
            let workspace = try WorkspaceFile.load(path: path)
            withExtendedLifetime(workspace) { benchmark.stopMeasurement() }
        }

        Benchmark("Load document \(label)", configuration: few) { benchmark in
            // As the cockpit opens a file: also its content hash and the accounts' spans.
            let path = Workspaces.path(accounts: size)
            benchmark.startMeasurement()
            let document = try WorkspaceDocument.open(path: path, readOnly: true)
            withExtendedLifetime(document) { benchmark.stopMeasurement() }
        }

        Benchmark("Validate \(label)", configuration: few) { benchmark in
            let workspace = Cache.workspace(size)
            benchmark.startMeasurement()
            blackHole(WorkspaceFile.validate(workspace))
        }

        Benchmark("Encode \(label)", configuration: few) { benchmark in
            let workspace = Cache.workspace(size)
            benchmark.startMeasurement()
            let bytes = WorkspaceFile.encode(workspace)
            withExtendedLifetime(bytes) { benchmark.stopMeasurement() }
        }

        Benchmark("Save \(label)", configuration: few) { benchmark in
            let workspace = Cache.workspace(size)
            let path = "\(Workspaces.folder)/save-\(size).json"
            benchmark.startMeasurement()
            try WorkspaceFile.save(workspace, to: path)
            benchmark.stopMeasurement()
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + ".bak")
        }

        // The first save after opening: one account edited, the others copied from the file
        // opened (in the page cache, as the windowed loader leaves it).
        Benchmark("Save after an edit \(label)", configuration: few) { benchmark in
            var workspace = Cache.workspace(size)
            let path = "\(Workspaces.folder)/save-edit-\(size).json"
            let first = try WorkspaceFile.save(workspace, to: path, accountSpans: true)
            Workspaces.readThrough(path)
            let source = AccountSource(path: path, accounts: workspace.accounts, spans: first.accountSpans)
            workspace.accounts[size / 2].name += " (renamed)"
            benchmark.startMeasurement()
            try WorkspaceFile.save(workspace, to: path, source: source)
            benchmark.stopMeasurement()
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + ".bak")
        }

        // From the file's bytes to the first drawn account list, as the cockpit opens it.
        Benchmark("Open to first frame \(label)", configuration: few) { benchmark in
            let bytes = Workspaces.bytes(accounts: size)
            benchmark.startMeasurement()
            let workspace = try WorkspaceFile.decode(bytes: bytes, fileName: "demo.json")
            let state = try AppState(workspace: workspace, today: today, width: 80, height: 24)
            let frame = App.render(state)
            // The cockpit keeps the workspace and state it opened: freeing them is not part of the figure.
            withExtendedLifetime((workspace, state, frame)) { benchmark.stopMeasurement() }
        }

        // What `kam FILE` draws first on a large file: the preview of its first accounts, read
        // from the head and tail of the file, while the rest loads behind it.
        Benchmark("Preview first frame \(label)", configuration: few) { benchmark in
            let path = Workspaces.path(accounts: size)
            benchmark.startMeasurement()
            guard let preview = WorkspacePreview.read(path: path, minimumFileBytes: 0) else {
                fatalError("no preview of \(path)")
            }
            var state = try AppState(workspace: preview.workspace, today: today, width: 80, height: 24)
            state.startLoading(fileName: "demo.json")
            let frame = App.render(state)
            withExtendedLifetime((preview, state, frame)) { benchmark.stopMeasurement() }
        }

        Benchmark("Account measures \(label)", configuration: few) { benchmark in
            let workspace = Cache.workspace(size)
            benchmark.startMeasurement()
            let table = AccountMeasuresTable(workspace: workspace, quarter: Quarter(year: 2026, quarter: 3), today: today)
            withExtendedLifetime(table) { benchmark.stopMeasurement() }
        }

        Benchmark("Account table \(label)") { benchmark in
            let workspace = Cache.workspace(size)
            benchmark.startMeasurement()
            blackHole(AccountTable(workspace: workspace, period: .quarter(Quarter(year: 2026, quarter: 3)), today: today))
        }

        Benchmark("80/20 view \(label)") { benchmark in
            let table = Cache.table(size, today: today)
            let settings = Cache.workspace(size).settings
            benchmark.startMeasurement()
            blackHole(ProfitConcentrationView(table: table, settings: settings))
        }

        // Key press to finished frame: the key goes through the cockpit's update, then the frame is drawn.
        for (name, keys) in [("cursor down", "j"), ("page down", "<PgDn>"), ("open account", "<Enter>"),
                             ("sort", "s"), ("regroup", "="), ("filter", "fsegment:Enterprise<Enter>")] {
            Benchmark("Key \(name) \(label)") { benchmark in
                var state = Cache.state(size, today: today)
                let parsed = try KeyString.parse(keys)
                benchmark.startMeasurement()
                for key in parsed { _ = state.handle(.key(key)) }
                blackHole(App.render(state))
            }
        }

        // The first sort by a column, or the first grouping, of a freshly opened table: nothing
        // the table keeps (sort ranks, group numbers) exists yet. The keyed runs above repeat
        // on one table, so after the warm-up they measure a sort or regroup seen before.
        for (name, keys) in [("sort", "s"), ("regroup", "=")] {
            Benchmark("Key \(name) first time \(label)", configuration: few) { benchmark in
                var state = try AppState(workspace: Cache.workspace(size), today: today, width: 80, height: 24)
                let parsed = try KeyString.parse(keys)
                benchmark.startMeasurement()
                for key in parsed { _ = state.handle(.key(key)) }
                let frame = App.render(state)
                // Freeing the whole state (its table of 100,000 rows) is not part of the key press.
                withExtendedLifetime((state, frame)) { benchmark.stopMeasurement() }
            }
        }

        // A top-level screen's first showing: computed on the key when nothing was warmed up
        // (the work the cockpit's warm-up does on another thread once the workspace is
        // loaded), only drawn when it was.
        for (key, name) in [("2", "scorecard"), ("3", "80/20"), ("4", "matrix"), ("5", "pipeline")] {
            for warmed in [false, true] {
                let title = "Screen \(name) first showing\(warmed ? " warmed up" : "") \(label)"
                Benchmark(title, configuration: few) { benchmark in
                    var state = try AppState(workspace: Cache.workspace(size), today: today, width: 80, height: 24)
                    if warmed {
                        let warmUp = ScreenWarmUp(state)
                        warmUp.waitUntilIdle()
                        state.screenWarmUp = warmUp
                    }
                    let parsed = try KeyString.parse(key)
                    benchmark.startMeasurement()
                    for key in parsed { _ = state.handle(.key(key)) }
                    let frame = App.render(state)
                    withExtendedLifetime((state, frame)) { benchmark.stopMeasurement() }
                }
            }
        }

        for screen in HeadlessRender.screenNames {
            Benchmark("Render \(screen) \(label)") { benchmark in
                let workspace = Cache.workspace(size)
                let account = workspace.accounts.first?.id
                benchmark.startMeasurement()
                blackHole(try HeadlessRender.render(workspace: workspace, screen: screen, size: (80, 24),
                                                    account: account, today: today))
            }
        }
    }

    Benchmark("Import superstore") { benchmark in
        benchmark.startMeasurement()
        blackHole(try OrderLineImport.read(path: Workspaces.superstorePath))
    }
}

extension Benchmark.Configuration {
    /// For the 100,000-account runs, which take seconds each.
    static var few: Benchmark.Configuration {
        .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], timeUnits: .milliseconds,
              warmupIterations: 0, maxDuration: .seconds(30), maxIterations: 3)
    }
}

/// Decoded workspaces and built states, kept between iterations (benchmarks run one at a time).
enum Cache {
    nonisolated(unsafe) private static var workspaces: [Int: Workspace] = [:]
    nonisolated(unsafe) private static var tables: [Int: AccountTable] = [:]
    nonisolated(unsafe) private static var states: [Int: AppState] = [:]

    static func workspace(_ size: Int) -> Workspace {
        if let cached = workspaces[size] { return cached }
        // Keep one size at a time: 100,000 accounts take a few hundred megabytes.
        workspaces = [:]; tables = [:]; states = [:]
        let workspace = Workspaces.workspace(accounts: size)
        workspaces[size] = workspace
        return workspace
    }

    static func table(_ size: Int, today: Day) -> AccountTable {
        if let cached = tables[size] { return cached }
        let table = AccountTable(workspace: workspace(size), period: .quarter(Quarter(year: 2026, quarter: 3)), today: today)
        tables[size] = table
        return table
    }

    static func state(_ size: Int, today: Day) -> AppState {
        if let cached = states[size] { return cached }
        guard let state = try? AppState(workspace: workspace(size), today: today, width: 80, height: 24) else {
            fatalError("the account list does not open")
        }
        states[size] = state
        return state
    }
}
