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

/// Starts the cockpit on a loaded workspace and returns when the user quits.
enum CockpitLauncher {
    static func run(workspace: Workspace, path: String?, options: CockpitOptions, today: Day = Day.today(),
                    environment: [String: String] = ProcessInfo.processInfo.environment) throws {
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
            printError("kam: \(error)")
            throw ExitStatus.terminalUnavailable
        }
        let glyphs: Glyphs = options.ascii || !session.capabilities.unicode ? .ascii : .unicode
        if session.capabilities.colorMode == .monochrome { theme = Theme.mono }

        let state: AppState
        do {
            state = try AppState(workspace: workspace, today: today, quarter: options.quarter,
                                 width: 80, height: 24, keyMap: keyMap, glyphs: glyphs,
                                 themeName: theme.name, themeNames: themes.available().map(\.name),
                                 preferences: remembered)
        } catch {
            session.close()
            printError("kam: \(error.message)")
            throw ExitStatus.invalidInput
        }
        var cockpit = Cockpit(state: state, theme: theme, themes: themes, preferences: preferences,
                              forcedMonochrome: noColor || session.capabilities.colorMode == .monochrome)
        let end = session.run(&cockpit)
        if case .signal(let number) = end {
            throw ExitCode(128 + number)
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
