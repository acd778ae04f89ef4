import ArgumentParser

/// The `kam` command: a terminal cockpit for key-account management.
@main
struct Kam: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kam",
        abstract: "A terminal cockpit for key-account management.",
        discussion: """
        With no subcommand, kam opens the cockpit on a workspace: FILE, else \
        $KAM_WORKSPACE, else the default workspace in $XDG_DATA_HOME/kam/ \
        (~/.local/share/kam/workspace.json), created from the demo portfolio on first run.

        Exit codes: 0 success, 1 the workspace or input has problems, 2 a file could not \
        be read or written, 3 the terminal cannot run the cockpit, 64 bad usage.
        """,
        version: KamVersion.current,
        subcommands: [Open.self, Demo.self, Validate.self, Import.self, Report.self, Render.self],
        defaultSubcommand: Open.self
    )

    static func main() {
        MemoryReturn.configure()
        main(nil)
    }
}

/// The version `kam --version` prints.
enum KamVersion {
    static let current = "0.1.0"
}
