import ArgumentParser
import Foundation
import KamModel
import KamTerminal
import KamUI

/// The options that shape the interactive cockpit.
struct CockpitOptions: ParsableArguments {
    @Option(help: "Theme name (default, light, high-contrast, mono, or one in $XDG_CONFIG_HOME/kam/themes) or a theme file path. Default: $KAM_THEME, else the remembered one, else default.")
    var theme: String?

    @Flag(help: "Draw with ASCII characters only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(help: "Do not capture the mouse.")
    var noMouse = false

    @Option(help: "The quarter to open on, e.g. 2025Q3 (default: the latest with figures).", transform: parseQuarter)
    var quarter: Quarter?
}

/// Starts the cockpit on a workspace and returns when the user quits.
enum CockpitLauncher {
    /// Runs the cockpit on `document` (the workspace file, locked and journalled), or on an
    /// in-memory `workspace` (the demo) when there is no document; or, with `opening`, on
    /// the preview of a large file (`workspace` is then the preview's) while the whole file
    /// loads in the background and becomes the document.
    ///
    /// The document is closed on every way out: its lock released, its journal kept only
    /// when edits are unsaved and were not thrown away. An ending signal (SIGHUP when an SSH
    /// connection drops) exits with 128 + the signal after that. A file whose full load
    /// fails ends the session and is reported as an ordinary open reports it.
    static func run(document: WorkspaceDocument?, workspace: Workspace, opening: PreviewOpening? = nil,
                    options: CockpitOptions, today: Day = Day.today(),
                    environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        var host = DocumentHost(document: document, environment: DocumentEnvironment.current())
        defer { host.close() }
        let path = document?.path ?? opening?.path
        let folders = UserFolders(environment: environment)
        let themes = ThemeLoader(folders: [folders.config + "/themes"] + bundledThemeFolders())
        let keyMap = try loadKeyMap(folders: folders)
        let preferences = PreferencesStore(workspacePath: path, folders: folders)
        let remembered = preferences.load()
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty

        let themeChoice = options.theme ?? environment["KAM_THEME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? remembered.theme ?? "default"
        var theme: Theme
        do {
            theme = try themes.load(themeChoice)
        } catch {
            if options.theme != nil || environment["KAM_THEME"] != nil {
                printError("kam: \(error)")
                throw ExitStatus.invalidInput
            }
            theme = Theme.default
        }
        if noColor { theme = Theme.mono }

        let session: TerminalSession
        do {
            session = try TerminalSession(options: TerminalOptions(mouse: !options.noMouse))
        } catch {
            // The refusal already reads "kam cannot start its full-screen view: ...".
            printError("\(error)")
            throw ExitStatus.terminalUnavailable
        }
        let glyphs: Glyphs = options.ascii || !session.capabilities.unicode ? .ascii : .unicode
        if session.capabilities.colorMode == .monochrome { theme = Theme.mono }

        let themeNames = themes.available().map(\.name)
        let makeState: @Sendable (Workspace) throws(ScreenOpenError) -> AppState = {
            [themeName = theme.name] (workspace: Workspace) throws(ScreenOpenError) -> AppState in
            try AppState(workspace: workspace, today: today, quarter: options.quarter, width: 80, height: 24,
                         keyMap: keyMap, glyphs: glyphs, themeName: themeName, themeNames: themeNames,
                         preferences: remembered)
        }
        var state: AppState
        do {
            state = try makeState(document?.workspace ?? workspace)
        } catch {
            session.close()
            printError("kam: \(error.message)")
            throw ExitStatus.invalidInput
        }
        var loading: WorkspaceLoading?
        if let opening {
            state.startLoading(fileName: (opening.path as NSString).lastPathComponent)
            let load = WorkspaceLoad(path: opening.path, fileBytes: opening.preview.fileBytes,
                                     environment: host.environment, makeState: makeState)
            loading = WorkspaceLoading(load: load, opening: opening)
        }
        if let document { prepareEditing(&state, document) }
        // Consumed, so that the first state and the load (which ends holding the full state)
        // live in the cockpit only: kept here, they would keep their measures to the end.
        var cockpit = Cockpit(state: consume state, theme: theme, themes: themes, preferences: preferences,
                              forcedMonochrome: noColor || session.capabilities.colorMode == .monochrome, host: host,
                              loading: consume loading)
        let end = session.run(&cockpit)
        host = cockpit.host
        switch cockpit.loading?.failure {
        case .file(let error)?: throw openFailed(error)
        case .screen(let error)?:
            printError("kam: \(error.message)")
            throw ExitStatus.invalidInput
        case nil: break
        }
        if case .signal(let number) = end {
            // Every edit was journalled and flushed as it was made. A save still running is
            // asked to stop before it replaces the file (the old file stays, its temporary
            // file is removed); one past that point finishes. `host.close()` waits for it,
            // keeps the journal when edits are unsaved, and releases the lock.
            host.cancelSave()
            throw ExitCode(128 + number)
        }
    }

    /// Tells the app about the file: its path, whether another session holds it, and edits
    /// recovered from a session that ended without saving.
    static func prepareEditing(_ state: inout AppState, _ document: WorkspaceDocument) {
        state.editing.path = document.path
        switch document.access {
        case .editing:
            guard let recovery = document.pendingRecovery else { break }
            if recovery.edits.isEmpty { document.discardRecovery() } else { state.offerRecovery(recovery) }
        case .readOnly(.lockedBy(let owner)):
            state.openLocked(by: owner.description, path: document.path)
        case .readOnly(let reason):
            state.editing.readOnlyReason = reason.description
        }
    }

    /// The user's key map, `$XDG_CONFIG_HOME/kam/keys.json`, or the defaults when there is none.
    static func loadKeyMap(folders: UserFolders) throws -> KeyMap {
        let path = folders.config + "/keys.json"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return KeyMap() }
        do {
            return KeyMap(file: try KeyMapFile.parse(text, fileName: path))
        } catch {
            printError("kam: \(error)")
            throw ExitStatus.invalidInput
        }
    }

    /// `themes/` folders shipped beside the executable or in the source tree it was built from.
    static func bundledThemeFolders() -> [String] {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folders: [String] = []
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<5 {
            folders.append(folder.appendingPathComponent("themes").path)
            folder = folder.deletingLastPathComponent()
        }
        return folders.filter { FileManager.default.fileExists(atPath: $0) }
    }
}

extension Day {
    /// Today's date in the local time zone.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? Day(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
    }
}
