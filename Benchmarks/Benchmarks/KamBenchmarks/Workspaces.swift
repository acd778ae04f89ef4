import Foundation
import KamDemo
import KamModel

/// The demo workspaces the benchmarks run on, generated once and cached as files.
///
/// Files go to `$KAM_BENCH_CACHE` (default `/tmp/kam-bench`), never into git: 100,000
/// accounts make a 690 MB file. The same size and seed always give the same file.
enum Workspaces {
    /// The portfolio sizes measured.
    static let sizes = [1_000, 10_000, 100_000]

    static var folder: String {
        ProcessInfo.processInfo.environment["KAM_BENCH_CACHE"] ?? "/tmp/kam-bench"
    }

    /// The cached file for `accounts` accounts, 8 quarters, seed 1 (made when missing).
    static func path(accounts: Int) -> String {
        let path = "\(folder)/demo-\(accounts).json"
        if !FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let workspace = DemoPortfolio.generate(accounts: accounts, quarters: 8, seed: 1,
                                                   lastQuarter: Quarter(year: 2026, quarter: 3))
            let bytes = WorkspaceFile.encode(workspace)
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                fatalError("cannot write \(path)")
            }
        }
        return path
    }

    /// The file's bytes.
    static func bytes(accounts: Int) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path(accounts: accounts)) else {
            fatalError("cannot read \(path(accounts: accounts))")
        }
        return [UInt8](data)
    }

    /// The decoded workspace.
    static func workspace(accounts: Int) -> Workspace {
        do {
            return try WorkspaceFile.decode(bytes: bytes(accounts: accounts), fileName: "demo-\(accounts).json")
        } catch {
            fatalError("the demo workspace does not load: \(error)")
        }
    }

    /// Reads the file at `path` through, a few megabytes at a time, so that it is in the
    /// page cache without being held in memory.
    static func readThrough(_ path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        while let data = try? handle.read(upToCount: 8 << 20), !data.isEmpty {}
    }

    /// A short label: `1k`, `10k`, `100k`.
    static func label(_ accounts: Int) -> String { "\(accounts / 1000)k" }

    /// The superstore sample order lines, found from this file's location.
    static var superstorePath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/data/superstore.csv").standardized.path
    }
}
