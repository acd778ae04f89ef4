import Foundation
import KamModel
import KamTerminal
import KamUI

/// The interactive cockpit: wires the app state to the terminal session and carries out
/// the app's effects (remembering views, switching themes, and through `DocumentHost`
/// journalling, saving and reloading the workspace).
///
/// A save runs in the background: the key loop keeps answering keys, and the session
/// polls `takeFinishedWork()`, which feeds the save's report to the app when it ends.
struct Cockpit: TerminalApp {
    var state: AppState
    var theme: Theme
    let themes: ThemeLoader
    let preferences: PreferencesStore
    /// `NO_COLOR` or a monochrome terminal: the theme stays mono whatever is picked.
    let forcedMonochrome: Bool
    /// The workspace file: journal, lock, saves.
    var host: DocumentHost
    /// A large workspace loading behind its preview (see `WorkspaceLoading.swift`).
    var loading: WorkspaceLoading?
    /// A quit came while a save was running: quit once it has ended.
    private var quitAfterSave = false

    init(state: AppState, theme: Theme, themes: ThemeLoader, preferences: PreferencesStore, forcedMonochrome: Bool,
         host: DocumentHost, loading: WorkspaceLoading? = nil) {
        self.state = state
        self.theme = theme
        self.themes = themes
        self.preferences = preferences
        self.forcedMonochrome = forcedMonochrome
        self.host = host
        self.loading = loading
    }

    var cursor: (x: Int, y: Int)? { App.cursor(state) }

    mutating func handle(_ event: InputEvent) -> AppControl {
        if loading != nil { return handleWhileLoading(event) }
        return carryOut(state.handle(event))
    }

    /// Opens the top-level screens not in sight on another thread, for the state as it is
    /// now (once the whole workspace is loaded): keeps the warm-up running for this state,
    /// parks what it has finished, or starts a new one when the state has moved on.
    mutating func warmUpScreens() {
        guard loading == nil, state.loading == nil else { return }
        state.adoptWarmedScreens()
        if state.screenWarmUp?.key == state.warmUpKey { return }
        state.screenWarmUp?.cancel()
        state.screenWarmUp = ScreenWarmUp(state)
    }

    /// A workspace loading behind its preview, or a save (never both: edits and saves
    /// wait for the full workspace).
    var hasBackgroundWork: Bool { isLoading || host.isSaving }

    /// Called by the session after every event and at every poll: it also keeps the
    /// screens' warm-up in step with the state.
    mutating func takeFinishedWork() -> AppControl? {
        let control = takeLoadedWorkspace() ?? takeFinishedSave()
        warmUpScreens()
        return control
    }

    /// Feeds the report of a save that has ended to the app and carries out what follows
    /// (quitting after `:wq`, say); nil while the save runs.
    mutating func takeFinishedSave() -> AppControl? {
        guard let report = host.takeFinishedSave() else { return nil }
        let control = carryOut(App.update(&state, .host(report)))
        return quitAfterSave && !host.isSaving ? .quit : control
    }

    /// Carries out effects in order, feeding the host's reports back into the app (whose
    /// answers may be more effects, such as quitting after a save).
    mutating func carryOut(_ effects: [Effect]) -> AppControl {
        var control = AppControl.continue
        var pending = effects[...]
        while let effect = pending.popFirst() {
            switch effect {
            case .quit:
                // The app waits for a running save before it quits; should a quit come
                // anyway, it waits here (the save owns the document until it ends).
                if host.isSaving { quitAfterSave = true } else { control = .quit }
            case .saveViewPreferences(let value):
                preferences.save(value)
            case .applyTheme(let name):
                if !forcedMonochrome, let loaded = try? themes.load(name) { theme = loaded }
            default:
                if let report = host.perform(effect, app: state.workspace) {
                    pending.append(contentsOf: App.update(&state, .host(report)))
                    if case .lockTaken = report, let recovery = host.document?.pendingRecovery {
                        state.offerRecovery(recovery)
                    }
                }
            }
        }
        return control
    }

    func draw(into buffer: inout ScreenBuffer) {
        App.view(state, into: &buffer)
    }
}

/// Remembers the view preferences of one workspace under `$XDG_STATE_HOME/kam/views/`.
struct PreferencesStore {
    let path: String?

    /// The store for the workspace at `workspacePath` (nil for an in-memory demo).
    init(workspacePath: String?, folders: UserFolders) {
        guard let workspacePath else { path = nil; return }
        let absolute = URL(fileURLWithPath: workspacePath).standardizedFileURL.path
        path = folders.state + "/views/" + PreferencesStore.fileName(for: absolute)
    }

    /// A readable, unique file name for a workspace path: its base name and a hash of the path.
    static func fileName(for absolutePath: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in absolutePath.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let base = (absolutePath as NSString).lastPathComponent
            .map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        return String(base.prefix(40)) + "-" + String(hash, radix: 16) + ".json"
    }

    func load() -> ViewPreferences {
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return ViewPreferences() }
        return (try? ViewPreferences.decode(text)) ?? ViewPreferences()
    }

    /// Writes the preferences; failures are ignored (they are a convenience, not data).
    func save(_ value: ViewPreferences) {
        guard let path else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(value.encoded().utf8)) else { return }
        _ = rename(temporary, path)
    }
}
