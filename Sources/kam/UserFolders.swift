import Foundation

/// The user's XDG folders for kam's data, configuration and state.
struct UserFolders {
    let environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// `$XDG_DATA_HOME/kam`, default `~/.local/share/kam`.
    var data: String { folder("XDG_DATA_HOME", default: ".local/share") }
    /// `$XDG_CONFIG_HOME/kam`, default `~/.config/kam`: key map and user themes.
    var config: String { folder("XDG_CONFIG_HOME", default: ".config") }
    /// `$XDG_STATE_HOME/kam`, default `~/.local/state/kam`: remembered views.
    var state: String { folder("XDG_STATE_HOME", default: ".local/state") }

    var home: String { environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() }

    /// An XDG base folder plus `/kam`; a relative XDG value is ignored, as the spec says.
    private func folder(_ variable: String, default relative: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value + "/kam" }
        return home + "/" + relative + "/kam"
    }
}
