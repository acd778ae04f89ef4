#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first accounts of a large workspace file with everything needed to show them
/// (name, settings, managers, scorecard, other members), read from the file's head and
/// tail without the bulk in between: what the cockpit shows while the whole file loads.
///
/// Only a file in the canonical layout kam writes has a preview: the accounts array's
/// elements start on lines that are `    {` alone and the array closes on a line `  ],`
/// followed by the members after it. The head is read with the fast decoder up to the
/// last account that starts in it (each account must end exactly where the next starts,
/// as in `FastAccountsSplit`); the members after the accounts are found from the end of
/// the file, after the last `\n  ],\n  "` whose array ends with a whole account, and must
/// run exactly to the file's closing brace. Anything else (minified or hand-laid-out JSON,
/// a syntax error or an odd value in the head, an older schema version, the accounts last)
/// gives no preview, and the caller opens the file as it always did. The preview is never
/// validated: the full load that follows reports every problem of the file exactly as an
/// ordinary open does.
public struct WorkspacePreview: Sendable {
    /// The workspace with only its first accounts, in file order.
    public let workspace: Workspace
    /// The size of the whole file.
    public let fileBytes: Int

    /// Files smaller than this (4 MB, about 600 accounts) open whole: they load in a blink.
    public static let minimumFileBytes = 4 << 20
    /// How much of the file's start is read: about 150 accounts of a typical portfolio,
    /// several screenfuls, decoded in a few milliseconds.
    public static let headBytes = 1 << 20
    /// At most this many accounts are decoded for the preview.
    public static let maximumAccounts = 300
    /// The tail is read in growing pieces up to this size to find the accounts' end.
    static let maximumTailBytes = 8 << 20

    /// The preview of the workspace file at `path`; nil when the file is smaller than
    /// `minimumFileBytes`, cannot be read, or does not have the canonical layout.
    public static func read(path: String, minimumFileBytes: Int = minimumFileBytes) -> WorkspacePreview? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        guard size >= minimumFileBytes, let head = readBytes(fd, at: 0, count: min(size, headBytes)) else { return nil }
        var tailBytes = 64 << 10
        while true {
            let count = min(size, tailBytes)
            guard let tail = readBytes(fd, at: size - count, count: count) else { return nil }
            switch decode(head: head, tail: tail, tailOffset: size - count) {
            case .preview(let workspace): return WorkspacePreview(workspace: workspace, fileBytes: size)
            case .noPreview: return nil
            case .needsMoreTail:
                guard count < size, tailBytes < maximumTailBytes else { return nil }
                tailBytes *= 8
            }
        }
    }

    /// What the head and tail bytes give.
    enum Outcome: Equatable {
        case preview(Workspace)
        case noPreview
        /// The tail holds no end of the accounts array: a longer tail may.
        case needsMoreTail
    }

    /// The preview from the file's first bytes `head` and its last bytes `tail`, which start
    /// at `tailOffset` in the file (they may overlap the head).
    static func decode(head: [UInt8], tail: [UInt8], tailOffset: Int, maximumAccounts: Int = maximumAccounts) -> Outcome {
        head.withUnsafeBytes { headBuffer in
            tail.withUnsafeBytes { tailBuffer in
                var members = WorkspaceMembers()
                var headScanner = JSONScanner(headBuffer)
                guard let (accounts, cut) = headScanner.readPreviewHead(into: &members, maximumAccounts: maximumAccounts)
                else { return .noPreview }
                var tailScanner = JSONScanner(tailBuffer)
                guard let end = tailScanner.accountsEnd() else { return .needsMoreTail }
                guard tailOffset + end > cut, tailScanner.readPreviewTail(from: end, into: &members),
                      let workspace = try? members.workspace(accounts: accounts) else { return .noPreview }
                return .preview(workspace)
            }
        }
    }

    /// Reads `count` bytes at `offset`; nil on a read error or a short file.
    private static func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        var filled = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while filled < count {
                let n = pread(fd, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                filled += n
            }
            initialized = filled
        }
        return filled == count ? bytes : nil
    }
}

extension JSONScanner {
    /// The members before `accounts` and the first whole accounts of a file's head; with
    /// the offset of the first account the head does not hold whole (the last `    {` line
    /// in it). Nil when the head is not the start of a canonical workspace.
    mutating func readPreviewHead(into members: inout WorkspaceMembers,
                                  maximumAccounts: Int) -> (accounts: [Account], cut: Int)? {
        do throws(JSONScanError) {
            skipByteOrderMark()
            skipWhitespace()
            guard try enterObject() else { return nil }
            while true {
                let key = try readKey()
                if self.key(key, is: "accounts") { break }
                try readWorkspaceMember(key, into: &members)
                guard try next(close: UInt8(ascii: "}")) else { return nil }
            }
            try members.seen.mark(WorkspaceMembers.accountsBit)
            guard try enterArray(), let cut = lastAccountStart(), cut > pos else { return nil }
            var accounts: [Account] = []
            while pos < cut, accounts.count < maximumAccounts {
                accounts.append(try readAccount())
                // Each account must end exactly where the next one starts.
                guard try next(close: UInt8(ascii: "]")), pos <= cut else { return nil }
            }
            return accounts.isEmpty ? nil : (accounts, cut)
        } catch {
            return nil
        }
    }

    /// The position of the `{` of the last line that is `    {` alone, before `limit`.
    func lastAccountStart(before limit: Int? = nil) -> Int? {
        var i = min(count, limit ?? count) - 7
        while i >= 0 {
            if isAccountLine(at: i) { return i + 5 }
            i -= 1
        }
        return nil
    }

    /// The position of the `]` that closes the accounts array: the last line `  ],` that
    /// a line starting with a member name (`  "`) follows and that closes an array whose
    /// last element reads as an account (so not the managers or another array).
    func accountsEnd() -> Int? {
        let marker: [UInt8] = Array("\n  ],\n  \"".utf8)
        var i = count - marker.count
        while i >= 0 {
            var j = 0
            while j < marker.count, base[i + j] == marker[j] { j += 1 }
            if j == marker.count, let start = lastAccountStart(before: i + 1), endsLastAccount(start, closing: i + 3) {
                return i + 3
            }
            i -= 1
        }
        return nil
    }

    /// True when an account starts at `start` and the array closes right after it, at `close`.
    private func endsLastAccount(_ start: Int, closing close: Int) -> Bool {
        var s = self
        s.pos = start
        do throws(JSONScanError) {
            _ = try s.readAccount()
            return try !s.next(close: UInt8(ascii: "]")) && s.pos == close + 1
        } catch {
            return false
        }
    }

    /// Reads the members after the accounts array, from its `]` at `end` to the file's
    /// closing brace and nothing but whitespace after it; false when they are not that.
    mutating func readPreviewTail(from end: Int, into members: inout WorkspaceMembers) -> Bool {
        pos = end + 1
        do throws(JSONScanError) {
            guard try next(close: UInt8(ascii: "}")) else { return false }
            repeat {
                let key = try readKey()
                if self.key(key, is: "accounts") { return false }
                try readWorkspaceMember(key, into: &members)
            } while try next(close: UInt8(ascii: "}"))
            skipWhitespace()
            return pos == count
        } catch {
            return false
        }
    }
}
