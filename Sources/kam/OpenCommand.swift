import ArgumentParser
import KamDemo
import KamModel

/// `kam [FILE]`: opens the cockpit on a workspace.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the cockpit on a workspace (the default command).",
        discussion: "FILE defaults to $KAM_WORKSPACE, else $XDG_DATA_HOME/kam/workspace.json (~/.local/share/kam/workspace.json), created from the demo portfolio on first run. Saves are flushed to disk and size-checked; with KAM_READ_BACK_SAVES=1 each is also read back from the disk and compared before it replaces the file (for storage you do not trust; twice the disk traffic)."
    )

    @Argument(help: "The workspace file.")
    var file: String?

    @Flag(help: "Open the built-in demo portfolio, generated in memory (nothing is written unless you save it as a file).")
    var demo = false

    @Flag(help: "Edit the workspace even when another kam session holds it (takes its lock over).")
    var force = false

    @Flag(help: "Open the workspace read-only: no lock, no edits.")
    var readOnly = false

    @OptionGroup var cockpit: CockpitOptions

    func validate() throws {
        if demo && file != nil { throw ValidationError("Give either FILE or --demo, not both.") }
        if force && readOnly { throw ValidationError("Give either --force or --read-only, not both.") }
    }

    func run() throws {
        if demo {
            // The demo tells its story as of the day after its last quarter.
            try CockpitLauncher.run(document: nil, workspace: DemoPortfolio.generate(), options: cockpit,
                                    today: DemoPortfolio.today(lastQuarter: DemoPortfolio.defaultLastQuarter))
            return
        }
        let location = WorkspaceLocation.resolve(file)
        do {
            if let message = try location.createDemoIfMissing() { printError(message) }
        } catch {
            printError("kam: cannot create the default workspace \(location.path): \(error)")
            throw ExitStatus.fileError
        }
        // A large file shows its first accounts at once and loads the rest in the background.
        if let preview = WorkspacePreview.read(path: location.path) {
            let opening = PreviewOpening(path: location.path, preview: preview, readOnly: readOnly, force: force)
            try CockpitLauncher.run(document: nil, workspace: preview.workspace, opening: opening, options: cockpit)
            return
        }
        let document: WorkspaceDocument
        do {
            document = try WorkspaceDocument.open(path: location.path, readOnly: readOnly, force: force)
        } catch {
            throw openFailed(error)
        }
        try CockpitLauncher.run(document: document, workspace: document.workspace, options: cockpit)
    }
}

/// Loads a workspace for a command, printing every problem and exiting 1 on bad input.
func loadWorkspace(_ path: String) throws -> Workspace {
    do {
        return try WorkspaceFile.load(path: path)
    } catch {
        throw openFailed(error)
    }
}

/// Prints why a workspace could not be loaded (every problem, one per line) and returns
/// the exit status: 2 when the file could not be read, 1 when it has problems.
func openFailed(_ error: any Error) -> ExitCode {
    printError("\(error)")
    if case WorkspaceError.fileSystem = error { return ExitStatus.fileError }
    return ExitStatus.invalidInput
}
