import Foundation
import KamDemo
import KamModel

/// Where the workspace kam opens lives: the FILE argument, `$KAM_WORKSPACE`, or the
/// default workspace in the user's data folder.
struct WorkspaceLocation {
    let path: String
    /// True when neither FILE nor `$KAM_WORKSPACE` named it.
    let isDefault: Bool

    /// Resolves the workspace path from the argument and the environment.
    static func resolve(_ argument: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> WorkspaceLocation {
        if let argument, !argument.isEmpty { return WorkspaceLocation(path: argument, isDefault: false) }
        if let env = environment["KAM_WORKSPACE"], !env.isEmpty { return WorkspaceLocation(path: env, isDefault: false) }
        return WorkspaceLocation(path: UserFolders(environment: environment).data + "/workspace.json", isDefault: true)
    }

    /// Creates the default workspace from the demo portfolio when it does not exist yet.
    /// Returns a message for the user when it did.
    func createDemoIfMissing() throws -> String? {
        guard isDefault, !FileManager.default.fileExists(atPath: path) else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try WorkspaceFile.save(DemoPortfolio.generate(), to: path)
        return "kam: created \(path) from the demo portfolio (first run)."
    }
}
