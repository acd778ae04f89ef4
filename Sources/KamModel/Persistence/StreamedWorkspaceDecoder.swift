/// The fast decoder (`FastWorkspaceDecoder`) over a file read in windows of a few MB
/// instead of all at once: the whole file is never in memory.
///
/// The header (the members before `accounts`) is read from the first window, grown until
/// it holds them. The accounts are cut into parts as `readAccountsInParts` cuts them (at
/// lines that start an account), each part read on its own core through its own window;
/// a window is scanned only up to the last line in it that starts an account, so every
/// account is read whole, and the bytes from there on are kept and read on after. The
/// members after the accounts are read from the last part's window, grown to the end of
/// the file. On the way the content hash's blocks are hashed as the windows read them,
/// and each account's span (offset, length, hash of its text) is recorded.
///
/// Anything unexpected (a file the in-memory fast decoder would give up on, a cut that is
/// not between two accounts, a file that shrank while read) returns nil: the caller then
/// reads the whole file and takes the usual path, so the result and the problems are
/// always those of reading the whole file.
enum StreamedWorkspaceDecoder {
    /// How the file is read; tests make windows tiny and parts many.
    struct Options {
        /// The parts the accounts are read in, on all cores.
        var parts = BothCores.parts
        /// Below this many bytes of accounts they are read in one part.
        var splitBytes = 1 << 20
        /// Each window's starting size.
        var windowBytes = 4 << 20
        /// Reads end on multiples of this (the content hash's block size, so that every
        /// block is hashed as it is read).
        var alignment = ContentHash.blockSize
        /// Whether to compute the content hash of the whole file.
        var hashFile = true
        /// Whether to record each account's span.
        var recordSpans = true

        /// The workspace alone: no content hash, no spans (`load`, `kam validate`).
        static var decodingOnly: Options {
            var options = Options()
            options.hashFile = false
            options.recordSpans = false
            return options
        }
    }

    /// What a streamed load gives.
    struct Loaded {
        var workspace: Workspace
        /// The content hash (`ContentHash.of` of the whole file), when asked.
        var hash: UInt64?
        /// The accounts' spans in the order of `workspace.accounts`, when asked.
        var spans: [AccountSpan]?
        /// How many content-hash blocks had to be read a second time (for tests).
        var blocksReadAgain = 0
    }

    /// The workspace in `file`, or nil when it needs the whole-file path. `progress`, when
    /// given, counts the accounts' bytes as they are decoded.
    static func decode(_ file: any FilePieces, options: Options = Options(), progress: LoadProgress? = nil) -> Loaded? {
        let hashes = options.hashFile ? BlockHashes(size: file.size) : nil
        let first = FileWindow(file: file, start: 0, limit: file.size, capacity: options.windowBytes,
                               alignment: options.alignment, hashes: hashes)
        do {
            try first.refill(keepingFrom: 0)
            guard let header = try readHeader(first) else { return nil }
            var members = header.members
            var accounts: [Account] = []
            var spans: [AccountSpan] = []
            if let accountsStart = header.accountsStart {
                guard let read = try readAccounts(from: accountsStart, first: first, options: options, progress: progress),
                      try readTail(read.window, from: read.end, into: &members) else { return nil }
                accounts = read.accounts
                spans = read.spans
            }
            let workspace = try members.workspace(accounts: accounts)
            let hash = try hashes?.finish(reading: file)
            return Loaded(workspace: workspace, hash: hash, spans: options.recordSpans ? spans : nil,
                          blocksReadAgain: hashes?.readAgain ?? 0)
        } catch {
            return nil
        }
    }

    // MARK: Header and tail

    /// The members before `accounts` and the offset of the first account's `{`; a nil
    /// offset when the document has no accounts (then it was read whole). Nil when the
    /// file needs the whole-file path. Grows `window` until it holds what it needs.
    private static func readHeader(_ window: FileWindow) throws -> (members: WorkspaceMembers, accountsStart: Int?)? {
        while true {
            var scanner = JSONScanner(window.bytes)
            var members = WorkspaceMembers()
            do throws(JSONScanError) {
                scanner.skipByteOrderMark()
                scanner.skipWhitespace()
                guard try scanner.enterObject() else { throw JSONScanner.giveUp }
                repeat {
                    let key = try scanner.readKey()
                    if scanner.key(key, is: "accounts") {
                        try members.seen.mark(WorkspaceMembers.accountsBit)
                        if scanner.skipNull() { continue }
                        if try scanner.enterArray() {
                            // The first account's `{` must be in the window, not cut by its end.
                            guard scanner.pos < scanner.count else { throw JSONScanner.giveUp }
                            return (members, window.start + scanner.pos)
                        }
                    } else {
                        try scanner.readWorkspaceMember(key, into: &members)
                    }
                } while try scanner.next(close: UInt8(ascii: "}"))
                scanner.skipWhitespace()
                guard window.atLimit, scanner.pos == scanner.count else { throw JSONScanner.giveUp }
                return (members, nil)
            } catch {
                guard mayBeCutShort(scanner, window) else { return nil }
                try window.refill(keepingFrom: window.start)
            }
        }
    }

    /// Reads the members after the accounts' `]` at `offset` into `members`, growing
    /// `window` to the end of the file; false when the file needs the whole-file path.
    private static func readTail(_ window: FileWindow, from offset: Int, into members: inout WorkspaceMembers) throws -> Bool {
        window.limit = window.file.size
        while true {
            var scanner = JSONScanner(window.bytes)
            scanner.pos = offset - window.start
            var attempt = members
            do throws(JSONScanError) {
                while try scanner.next(close: UInt8(ascii: "}")) {
                    let key = try scanner.readKey()
                    if scanner.key(key, is: "accounts") {
                        try attempt.seen.mark(WorkspaceMembers.accountsBit)
                    } else {
                        try scanner.readWorkspaceMember(key, into: &attempt)
                    }
                }
                scanner.skipWhitespace()
                guard window.atLimit, scanner.pos == scanner.count else { throw JSONScanner.giveUp }
                members = attempt
                return true
            } catch {
                guard mayBeCutShort(scanner, window) else { return false }
                try window.refill(keepingFrom: offset)
            }
        }
    }

    /// True when `scanner` may have given up only because `window` ends before the file:
    /// it stopped near the window's end. (A scanner gives up at most a token before where
    /// it stopped reading; one that stopped far before the end, such as on an older
    /// `schemaVersion`, really gave up, and the window is not grown to the whole file.)
    private static func mayBeCutShort(_ scanner: JSONScanner, _ window: FileWindow) -> Bool {
        !window.atLimit && scanner.count - scanner.pos < 1 << 20
    }
}
