import ArgumentParser
import KamDemo
import KamModel

/// `kam demo`: writes a generated demo portfolio.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a generated demo portfolio to a workspace file.",
        discussion: "The same options and seed always give the same file. --accounts 100000 makes a scale-test workspace."
    )

    @Option(help: "Number of accounts.")
    var accounts: Int = 60

    @Option(help: "Number of quarters of figures, ending at --last-quarter.")
    var quarters: Int = 8

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "The last quarter with figures, e.g. 2026Q3.", transform: parseQuarter)
    var lastQuarter: Quarter = Quarter(year: 2026, quarter: 3)

    @Option(name: .shortAndLong, help: "The workspace file to write (replaced atomically if it exists).")
    var output: String

    func validate() throws {
        guard (1...1_000_000).contains(accounts) else { throw ValidationError("--accounts must be between 1 and 1000000.") }
        guard (1...40).contains(quarters) else { throw ValidationError("--quarters must be between 1 and 40.") }
    }

    func run() throws {
        let workspace = DemoPortfolio.generate(accounts: accounts, quarters: quarters, seed: seed, lastQuarter: lastQuarter)
        do {
            try WorkspaceFile.save(workspace, to: output)
        } catch {
            printError("kam demo: \(error)")
            throw ExitStatus.fileError
        }
        print("Wrote \(output): \(workspace.accounts.count) accounts, \(workspace.managers.count) managers, \(workspace.quarters.count) quarters.")
    }
}

/// Parses a `2025Q3` option value.
func parseQuarter(_ text: String) throws -> Quarter {
    guard let quarter = Quarter(text) else { throw ValidationError("\"\(text)\" is not a quarter; write it like 2025Q3.") }
    return quarter
}
