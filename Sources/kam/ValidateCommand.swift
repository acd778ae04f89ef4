import ArgumentParser
import Foundation
import KamModel

/// `kam validate`: checks a workspace file and lists every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a workspace file.",
        discussion: "Exits 0 with a one-line summary, or 1 listing every problem, one per line, as FILE:LINE:COLUMN: message."
    )

    @Argument(help: "The workspace file.")
    var file: String

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            printError("kam validate: cannot read \(file): " + (FileManager.default.fileExists(atPath: file)
                ? "permission denied" : "no such file"))
            throw ExitStatus.fileError
        }
        let problems = WorkspaceFile.problems(path: file)
        if !problems.isEmpty {
            for problem in problems { print(problem.description) }
            printError("kam validate: \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(file)")
            throw ExitStatus.invalidInput
        }
        let workspace = try WorkspaceFile.load(path: file)
        print(WorkspaceSummary(workspace).oneLine(file: file))
    }
}
