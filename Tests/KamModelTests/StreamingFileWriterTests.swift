import Foundation
import Testing
@testable import KamModel

/// The save's writer: bytes written in stages as they come, each stage read back when
/// asked, the content hash computed on the way, and every failure stopping the save cleanly.
@Suite struct StreamingFileWriterTests {
    private static let stage = ContentHash.blockSize

    /// `count` random bytes.
    private static func random(_ count: Int, seed: UInt64) -> [UInt8] {
        var generator = SplitMix(seed: seed)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    }

    /// Writes `bytes` to `path` through the atomic writer in uneven pieces.
    @discardableResult
    private func save(_ bytes: [UInt8], to path: String, fileSystem: any WorkspaceFileSystem = PosixFileSystem(),
                      verification: SaveVerification = .readBack) throws -> StreamingFileWriter.Written {
        try AtomicFileWriter(fileSystem: fileSystem, verification: verification, stageSize: Self.stage).write(to: path) { file in
            var start = 0, piece = 1
            while start < bytes.count {
                let end = min(bytes.count, start + piece)
                try bytes[start..<end].withUnsafeBytes { try file.append($0) }
                start = end
                piece = piece * 3 + 1
            }
        }
    }

    @Test("bytes appended in pieces across several stages make the file, with the content hash of its bytes, each stage read back only when asked",
          arguments: [SaveVerification.flushed, .readBack])
    func stagesMakeTheFile(verification: SaveVerification) throws {
        let folder = try Samples.temporaryFolder()
        for count in [0, 1, 4_095, 4_096, Self.stage, 5 * Self.stage + 12_345] {
            let path = folder + "/f\(count).bin"
            let bytes = Self.random(count, seed: UInt64(count))
            let watched = HookedFileSystem()
            let written = try save(bytes, to: path, fileSystem: watched, verification: verification)
            #expect(try PosixFileSystem().read(path) == bytes, "\(count) bytes")
            #expect(written == StreamingFileWriter.Written(size: count, hash: ContentHash.of(bytes), readBackEqual: true))
            let stages = (count + Self.stage - 1) / Self.stage
            #expect(watched.readBacks == (verification == .readBack ? stages : 0), "\(count) bytes")
        }
        #expect(try Samples.listing(folder).allSatisfy { !$0.contains(".tmp-") })
    }

    @Test("a stage the disk does not keep as given fails verification and never replaces the file")
    func changedStageIsCaught() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/f.bin"
        try save([1, 2, 3], to: path)
        // Only the last, short stage comes back changed.
        let corrupting = HookedFileSystem { bytes in
            guard bytes.count < StreamingFileWriterTests.stage else { return bytes }
            var changed = bytes
            changed[changed.count - 1] ^= 1
            return changed
        }
        let error = #expect(throws: WorkspaceError.self) {
            try save(Self.random(3 * Self.stage + 100, seed: 9), to: path, fileSystem: corrupting, verification: .readBack)
        }
        guard case .verificationFailed? = error else { Issue.record("expected a verification failure: \(String(describing: error))"); return }
        #expect(try PosixFileSystem().read(path) == [1, 2, 3])
        #expect(try Samples.listing(folder) == ["f.bin"])
    }

    @Test("a write that fails in the middle of the file stops the save and leaves no temporary file")
    func failedWriteStops() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/f.bin"
        try save([7], to: path)
        #expect(throws: WorkspaceError.self) {
            try save(Self.random(6 * Self.stage, seed: 4), to: path, fileSystem: FailingFileSystem(failing: .write))
        }
        #expect(try PosixFileSystem().read(path) == [7])
        #expect(try Samples.listing(folder) == ["f.bin"])
    }

    @Test("a save stopped while it encodes a large workspace leaves the old file and no temporary file")
    func stoppedWhileEncoding() throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/book.json"
        try WorkspaceFile.save(Samples.workspace, to: path)
        let before = try PosixFileSystem().read(path)
        var asked = 0
        #expect(throws: SaveCancelled(file: path)) {
            try WorkspaceFile.save(Samples.withManyAccounts(copies: 600), to: path,
                                   writer: AtomicFileWriter(fileSystem: PosixFileSystem(), verification: .readBack,
                                                            stageSize: Self.stage),
                                   cancelled: {
                                       asked += 1
                                       return asked == 2
                                   })
        }
        #expect(try PosixFileSystem().read(path) == before)
        #expect(try Samples.listing(folder) == ["book.json"])
    }

    @Test("a large workspace saved in small stages loads back equal, and its identity is the file's",
          arguments: [SaveVerification.flushed, .readBack])
    func largeWorkspaceRoundTrip(verification: SaveVerification) throws {
        let folder = try Samples.temporaryFolder()
        let path = folder + "/big.json"
        var workspace = Samples.withManyAccounts(copies: 300)
        workspace.scorecard.overrides = []
        let saved = try WorkspaceFile.save(workspace, to: path,
                                           writer: AtomicFileWriter(fileSystem: PosixFileSystem(), verification: verification,
                                                                    stageSize: Self.stage),
                                           cancelled: { false })
        let bytes = try PosixFileSystem().read(path)
        #expect(bytes == WorkspaceFile.encode(workspace))
        #expect(saved.size == bytes.count && saved.hash == ContentHash.of(bytes))
        #expect(try WorkspaceFile.load(path: path) == workspace)
    }
}
