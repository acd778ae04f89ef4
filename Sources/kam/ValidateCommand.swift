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
        // One load: a valid file takes the fast path once; problems are listed from the error.
        let workspace: Workspace
        do {
            workspace = try WorkspaceFile.load(path: file)
        } catch WorkspaceError.invalid(let problems) {
            for problem in problems { print(problem.description) }
            printError("kam validate: \(problems.count) problem\(problems.count == 1 ? "" : "s") in \(file)")
            throw ExitStatus.invalidInput
        } catch {
            print("\(error)")
            if case WorkspaceError.fileSystem = error { throw ExitStatus.fileError }
            throw ExitStatus.invalidInput
        }
        print(WorkspaceSummary(workspace).oneLine(file: file))
    }
}
