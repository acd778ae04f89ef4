import Foundation
import KamDemo
@testable import KamModel
import Testing

/// The demo portfolio loaded by the fast loaders, which share equal texts between
/// records (`TextSharing`), against the reference reader, which shares nothing.
@Suite struct DemoLoadSharingTests {
    static let workspace = DemoPortfolio.generate(accounts: 600)
    static let bytes = WorkspaceFile.encode(workspace)

    /// The address of `text`'s UTF-8 storage.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test("the demo read with sharing (in memory, in windows, 1 to 3 parts) equals the reference reader's")
    func demoLoadsTheSame() throws {
        let reference = try #require(WorkspaceReader.readReference(Self.bytes, fileName: "demo.json").workspace)
        #expect(reference == Self.workspace)
        for parts in [1, 2, 3] {
            let fast = Self.bytes.withUnsafeBytes { FastWorkspaceDecoder.decode($0, parts: parts, splitBytes: 0) }
            #expect(fast == reference, "\(parts) parts in memory")
            var options = StreamedWorkspaceDecoder.Options()
            options.parts = parts
            options.splitBytes = 0
            options.windowBytes = 64 << 10
            options.alignment = 4096
            let streamed = StreamedWorkspaceDecoder.decode(BytePieces(Self.bytes), options: options)
            #expect(streamed?.workspace == reference, "\(parts) parts in windows")
        }
    }

    @Test("the demo's recurring texts are two storages each per part at most")
    func demoTextsAreShared() throws {
        var options = StreamedWorkspaceDecoder.Options.decodingOnly
        options.parts = 1
        options.windowBytes = 64 << 10
        options.alignment = 4096
        let loaded = try #require(StreamedWorkspaceDecoder.decode(BytePieces(Self.bytes), options: options)).workspace
        var texts: [String] = []
        for account in loaded.accounts {
            texts.append(account.notes)
            texts += account.activities.map(\.text)
            texts += account.objectives.map(\.title)
            texts += account.contacts.map(\.title)
            texts += account.opportunities.map(\.name)
        }
        texts.removeAll { $0.utf8.count <= TextSharing.inlineBytes }
        #expect(texts.count > 5000)
        // Each distinct text: its first copy (only noted) and the kept one, shared by the rest.
        #expect(Set(texts.map(Self.storage)).count <= 2 * Set(texts).count)
    }
}
