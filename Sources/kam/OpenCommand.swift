import ArgumentParser
import KamDemo
import KamModel

/// `kam [FILE]`: opens the cockpit on a workspace.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the cockpit on a workspace (the default command).",
        discussion: "FILE defaults to $KAM_WORKSPACE, else $XDG_DATA_HOME/kam/workspace.json (~/.local/share/kam/workspace.json), created from the demo portfolio on first run."
    )

    @Argument(help: "The workspace file.")
    var file: String?

    @Flag(help: "Open the built-in demo portfolio, generated in memory (nothing is written unless you save it as a file).")
    var demo = false

    @OptionGroup var cockpit: CockpitOptions

    func validate() throws {
        if demo && file != nil { throw ValidationError("Give either FILE or --demo, not both.") }
    }

    func run() throws {
        if demo {
            // The demo tells its story as of the day after its last quarter.
            try CockpitLauncher.run(workspace: DemoPortfolio.generate(), path: nil, options: cockpit,
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
        let workspace = try loadWorkspace(location.path)
        try CockpitLauncher.run(workspace: workspace, path: location.path, options: cockpit)
    }
}

/// Loads a workspace for a command, printing every problem and exiting 1 on bad input.
func loadWorkspace(_ path: String) throws -> Workspace {
    do {
        return try WorkspaceFile.load(path: path)
    } catch {
        printError("\(error)")
        if case WorkspaceError.fileSystem = error { throw ExitStatus.fileError }
        throw ExitStatus.invalidInput
    }
}
