import Foundation
import KamDemo
import KamModel
import KamTerminal
import KamUI
import Testing
@testable import kam

/// The cockpit's host saving a real file in the background: the document is handed to the
/// save and back, effects that need it wait, quitting after a save still works, and an
/// ending signal leaves the old file or the new one, never a temporary file.
@Suite(.serialized) struct DocumentHostSaveTests {
    /// A folder with a demo workspace of `accounts` accounts and no journal state elsewhere.
    struct Folder {
        let path: String
        var file: String { path + "/accounts.json" }

        init(accounts: Int = 2_000) throws {
            path = NSTemporaryDirectory() + "kam-host-\(getpid())-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            let workspace = DemoPortfolio.generate(accounts: accounts, quarters: 4, seed: 3,
                                                   lastQuarter: Quarter(year: 2026, quarter: 3))
            try WorkspaceFile.save(workspace, to: file)
        }

        var listing: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    static let environment = DocumentEnvironment(stateFolder: nil)

    /// The document open on `folder`'s file with one edit made (and journalled).
    private func editedDocument(_ folder: Folder, name: String = "Saved in the background") throws -> WorkspaceDocument {
        let document = try WorkspaceDocument.open(path: folder.file, environment: Self.environment)
        try document.apply(.updateDetails(WorkspaceDetails(name: name, currency: "EUR"), in: document.workspace))
        return document
    }

    /// Polls until the running save has ended; its report.
    private func waitForReport(_ host: inout DocumentHost) throws -> HostReport {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let report = host.takeFinishedSave() { return report }
            usleep(5_000)
        }
        throw CancellationError()
    }

    @Test("a save runs on its own: the host lends the document, refuses effects that need it, then takes it back")
    func saveLendsTheDocument() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let document = try editedDocument(folder)
        var host = DocumentHost(document: document, environment: Self.environment)
        let request = SaveRequest(workspace: document.workspace, path: folder.file, mode: .checked)
        #expect(host.perform(.save(request)) == nil, "the save reports later")
        #expect(host.isSaving && host.document == nil)
        #expect(host.perform(.reload(path: folder.file)) == .reloadFailed("still saving; try again once the save has ended"))
        #expect(host.perform(.save(request)) == .saveFailed("still saving; try again once the save has ended"))
        #expect(try waitForReport(&host) == .saved(path: folder.file))
        #expect(!host.isSaving && host.document === document && !document.isModified)
        #expect(try WorkspaceFile.load(path: folder.file).name == "Saved in the background")
        #expect(folder.listing == ["accounts.json", "accounts.json.bak", "accounts.json.lock"])
        host.close()
        #expect(folder.listing == ["accounts.json", "accounts.json.bak"])
    }

    @Test("the cockpit keeps answering keys while saving, and :wq quits once the save has ended")
    func cockpitQuitsAfterTheSave() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let document = try WorkspaceDocument.open(path: folder.file, environment: Self.environment)
        var state = try AppState(workspace: document.workspace, today: Day(year: 2026, month: 9, day: 30) ?? Day(daysSinceEpoch: 0),
                                 width: 80, height: 24)
        CockpitLauncher.prepareEditing(&state, document)
        var cockpit = Cockpit(state: state, theme: Theme.default, themes: ThemeLoader(folders: []),
                              preferences: PreferencesStore(workspacePath: nil, folders: UserFolders(environment: [:])),
                              forcedMonochrome: false, host: DocumentHost(document: document, environment: Self.environment))
        func press(_ keys: String) throws -> [AppControl] {
            try KeyString.parse(keys).map { cockpit.handle(.key($0)) }
        }
        #expect(try press("Lmbackground<Enter>").allSatisfy { $0 == .continue })
        #expect(cockpit.state.editing.isModified && !cockpit.hasBackgroundWork)
        #expect(try press(":wq<Enter>").allSatisfy { $0 == .continue }, "no quit before the save has ended")
        #expect(cockpit.hasBackgroundWork)
        #expect(try press("j") == [.continue])
        #expect(cockpit.state.message?.isError != true)
        let deadline = Date().addingTimeInterval(120)
        var control: AppControl?
        while control == nil, Date() < deadline {
            usleep(5_000)
            control = cockpit.takeFinishedWork()
        }
        #expect(control == .quit)
        #expect(!cockpit.hasBackgroundWork && !cockpit.state.editing.isModified)
        #expect(try String(contentsOfFile: folder.file, encoding: .utf8).contains("\"text\": \"background\""))
        cockpit.host.close()
    }

    @Test("an ending signal during a save: the old file or the new one, no temporary file, the journal kept unless saved")
    func signalDuringASave() throws {
        for delay: UInt32 in [0, 2_000, 20_000, 200_000] {
            let folder = try Folder(accounts: 4_000)
            defer { folder.remove() }
            let before = try WorkspaceFile.load(path: folder.file).name
            let document = try editedDocument(folder, name: "New")
            var host = DocumentHost(document: document, environment: Self.environment)
            #expect(host.perform(.save(SaveRequest(workspace: document.workspace, path: folder.file, mode: .checked))) == nil)
            usleep(delay)
            host.cancelSave()
            host.close()  // waits for the save
            let name = try WorkspaceFile.load(path: folder.file).name
            let journal = folder.path + "/.accounts.json.kam-journal"
            #expect(name == before || name == "New", "after \(delay) µs")
            #expect(!folder.listing.contains { $0.contains(".tmp-") || $0.contains(".bak-") }, "after \(delay) µs: \(folder.listing)")
            #expect(FileManager.default.fileExists(atPath: journal) == (name == before), "after \(delay) µs")
            #expect(!folder.listing.contains("accounts.json.lock"))
        }
    }
}
