#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A recovery journal left by an earlier session: the unsaved edits it recorded.
///
/// The journal is `.FILE.kam-journal` next to the workspace, or, when that folder is not
/// writable, `STATE/journal/` + the workspace's absolute path with `/` written `%2F`
/// (`STATE` is `$XDG_STATE_HOME/kam`, given by the caller). Its first line is a header
/// (workspace path, hash of the file the edits were made on, created time, schema
/// version); every other line is one applied edit, undo or redo, each appended and
/// flushed to the disk as it happens. A last line cut short by a power failure is ignored.
public struct RecoveryJournal: Sendable {
    /// Where the journal file is.
    public let journalPath: String
    /// The workspace the edits belong to, as recorded.
    public let workspacePath: String
    /// The hash of the workspace file the edits were made on.
    public let baseHash: UInt64
    /// Which hash `baseHash` is (FNV-1a in journals written before `ContentHash`); nil
    /// when this kam does not know it.
    public let baseHashKind: ContentHash.Kind?
    /// When the journal was started, seconds since 1970.
    public let created: Int64
    /// The schema version of the kam that wrote it.
    public let schemaVersion: Int
    /// The unsaved edits, oldest first: applied edits, with undos and redos worked out.
    public let edits: [WorkspaceEdit]
    /// True when the workspace file is still the one the edits were made on.
    public let baseUnchanged: Bool
    /// Lines that could not be read (a torn last line, damage), as messages; they were skipped.
    public let skippedLines: [String]

    /// The descriptions of the unsaved edits, for the recovery prompt.
    public var descriptions: [String] { edits.map(\.description) }

    /// The journal file kam uses for `workspacePath`: next to it when its folder is
    /// writable, else under `stateFolder/journal/`.
    public static func path(for workspacePath: String, stateFolder: String?) -> String {
        let (folder, name) = AtomicFileWriter.split(workspacePath)
        if access(folder, W_OK) == 0 || stateFolder == nil { return "\(folder)/.\(name).kam-journal" }
        return fallbackPath(for: workspacePath, stateFolder: stateFolder ?? "")
    }

    /// `STATE/journal/%2Fabs%2Fpath%2FFILE.kam-journal`.
    static func fallbackPath(for workspacePath: String, stateFolder: String) -> String {
        let absolute = JournalFile.absolute(workspacePath)
        return "\(stateFolder)/journal/" + absolute.replacingSlashes() + ".kam-journal"
    }

    /// The journal of an earlier session for `workspacePath`, if one exists with at least
    /// one unsaved edit; `currentBase` is the identity of the file as loaded now (nil when
    /// there is no file), against which `baseUnchanged` is judged.
    public static func find(for workspacePath: String, stateFolder: String?, currentBase: FileIdentity?) -> RecoveryJournal? {
        let (folder, name) = AtomicFileWriter.split(workspacePath)
        var candidates = ["\(folder)/.\(name).kam-journal"]
        if let stateFolder { candidates.append(fallbackPath(for: workspacePath, stateFolder: stateFolder)) }
        for candidate in candidates {
            guard let bytes = try? PosixFileSystem().read(candidate) else { continue }
            // Journals from before `ContentHash` hold the FNV-1a hash of the file.
            let legacyHash = { (try? PosixFileSystem().read(workspacePath)).map(FileIdentity.fnv1a) }
            if let journal = read(bytes, at: candidate, currentBase: currentBase, legacyHash: legacyHash),
               !journal.edits.isEmpty {
                return journal
            }
        }
        return nil
    }

    /// The journal of `workspacePath`, reading its file and hashing the workspace as it is now.
    public static func find(for workspacePath: String, stateFolder: String?) -> RecoveryJournal? {
        find(for: workspacePath, stateFolder: stateFolder,
             currentBase: try? FileIdentity.current(workspacePath))
    }

    /// Reads journal bytes; nil when even the header cannot be read. `legacyHash` gives
    /// the FNV-1a hash of the workspace file as it is now, for a journal that holds one.
    static func read(_ bytes: [UInt8], at journalPath: String, currentBase: FileIdentity?,
                     legacyHash: () -> UInt64? = { nil }) -> RecoveryJournal? {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map(Array.init)
        guard !lines.isEmpty, let header = JournalFile.Header(line: lines.removeFirst()) else { return nil }
        var entries: [JournalFile.Entry] = []
        var skipped: [String] = []
        let tornTail = bytes.last != 0x0A
        for (index, line) in lines.enumerated() {
            do {
                entries.append(try JournalFile.Entry(line: line))
            } catch {
                let isLast = index == lines.count - 1
                skipped.append(isLast && tornTail
                    ? "the last line was cut short (written when the session ended) and was ignored"
                    : "line \(index + 2): \(error)")
            }
        }
        return RecoveryJournal(
            journalPath: journalPath, workspacePath: header.workspace, baseHash: header.baseHash,
            baseHashKind: header.baseHashKind, created: header.created, schemaVersion: header.schemaVersion,
            edits: JournalFile.netEdits(entries),
            baseUnchanged: baseUnchanged(header, currentBase: currentBase, legacyHash: legacyHash),
            skippedLines: skipped)
    }

    /// Whether the workspace file is still the one the journal's edits were made on.
    private static func baseUnchanged(_ header: JournalFile.Header, currentBase: FileIdentity?,
                                      legacyHash: () -> UInt64?) -> Bool {
        guard let currentBase else { return header.baseHash == 0 }
        switch header.baseHashKind {
        case .blocks?: return currentBase.hash == header.baseHash
        case .fnv1a?: return legacyHash() == header.baseHash
        case nil: return false
        }
    }

    /// Applies the journal's edits to `history` one by one, each checked as a new edit;
    /// the ones whose preconditions or checks fail (the base file changed) are skipped and
    /// reported.
    public func replay(onto history: inout EditHistory) -> RestoreReport {
        var report = RestoreReport()
        for edit in edits {
            do {
                try history.apply(edit)
                report.restored.append(edit.description)
            } catch {
                report.failed.append(RestoreReport.Failure(description: edit.description, reason: error.description))
            }
        }
        return report
    }

    /// Deletes the journal file.
    public func discard() { unlink(journalPath) }
}

/// What restoring a recovery journal did: the edits restored and those that could not be.
public struct RestoreReport: Sendable, Equatable {
    /// An edit that could not be restored and why.
    public struct Failure: Sendable, Equatable {
        public var description: String
        public var reason: String
    }

    public var restored: [String] = []
    public var failed: [Failure] = []

    public init() {}
}

extension String {
    /// The path as one file name: `%` written `%25` and `/` written `%2F`.
    func replacingSlashes() -> String {
        var out = ""
        for character in self {
            switch character {
            case "%": out += "%25"
            case "/": out += "%2F"
            default: out.append(character)
            }
        }
        return out
    }
}
