#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where one account's text sits in a workspace file: its `{...}` from `offset`, `length`
/// bytes long, and the XXH64 hash (seed 0) of those bytes.
public struct AccountSpan: Sendable, Equatable {
    public var offset: Int
    public var length: Int
    public var hash: UInt64

    public init(offset: Int, length: Int, hash: UInt64) {
        self.offset = offset
        self.length = length
        self.hash = hash
    }
}

/// The file a workspace was opened from, kept open so that a save can copy the text of
/// the accounts that did not change instead of encoding them again.
///
/// An account's text is copied only when the account equals (`==`) the one that text was
/// read as, and the copied bytes must hash to the span's hash: a file
/// changed in place since cannot leak into a save (the copy fails with
/// `AccountSourceChanged` and the save encodes every account instead). The descriptor
/// stays on the file that was read, even if its name is given to another file since.
public final class AccountSource: @unchecked Sendable {
    /// The accounts as they were loaded, in file order, until a save has planned its
    /// copies (`copies(for:)` lets go of them).
    private(set) var accounts: [Account]
    /// Each account's place in the file, in the same order.
    let spans: [AccountSpan]
    private let descriptor: Int32

    /// The file at `path`, whose accounts are `accounts` at `spans`; nil when the file
    /// cannot be opened or the two lists differ in length.
    public init?(path: String, accounts: [Account], spans: [AccountSpan]) {
        guard accounts.count == spans.count else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.accounts = accounts
        self.spans = spans
        self.descriptor = descriptor
    }

    deinit { _ = close(descriptor) }

    /// Which of `current` can be copied from this file.
    ///
    /// The loaded accounts are let go of once planned: after an edit they are an array of
    /// their own (17 MB at 100,000 accounts), which the save would otherwise hold beside
    /// the edited one until it ends. A save is a source's last use (the document drops it
    /// once saved); should it fail, the next save finds nothing to copy and encodes.
    func copies(for current: [Account]) -> AccountCopies {
        let positions = plan(for: current)
        accounts = []
        return AccountCopies(source: self, positions: positions)
    }

    /// For each of `current`, the position in `accounts` of an equal account whose text can
    /// be copied, or -1 when it must be encoded. Accounts at the same position with the same
    /// id are matched without a lookup (the usual case: nothing added or removed).
    func plan(for current: [Account]) -> [Int] {
        let known = accounts
        let shifted = current.count != known.count || zip(current, known).contains { $0.id != $1.id }
        var positions: [String: Int] = [:]
        if shifted {
            positions.reserveCapacity(known.count)
            for (j, account) in known.enumerated() where positions[account.id] == nil { positions[account.id] = j }
        }
        let positionOfID = positions
        let parts = current.count >= 1_024 ? BothCores.parts : 1
        return BothCores.map(parts) { part -> [Int] in
            let range = (current.count * part / parts)..<(current.count * (part + 1) / parts)
            return range.map { i -> Int in
                let j = shifted ? positionOfID[current[i].id] ?? -1 : i
                return j >= 0 && known[j] == current[i] ? j : -1
            }
        }.flatMap { $0 }
    }

    /// Appends the texts of `accounts[first..<(first + count)]` to `out`, separated as the
    /// writer separates accounts, and returns where each one went in `out`; nil when they
    /// cannot be read or one does not hash to its span's hash (the file changed in place).
    ///
    /// Consecutive accounts written by kam lie in the file exactly so separated: they are
    /// read in one piece. When a gap between them differs (a file laid out by hand), they are
    /// read one by one.
    func copy(_ first: Int, count: Int, to out: inout ByteSink) -> [AccountSpan]? {
        let start = out.count
        let firstSpan = spans[first], lastSpan = spans[first + count - 1]
        let length = lastSpan.offset + lastSpan.length - firstSpan.offset
        if length > 0, out.append(reading: descriptor, at: firstSpan.offset, count: length) {
            var copied: [AccountSpan] = []
            copied.reserveCapacity(count)
            var together = true
            for j in first..<(first + count) {
                let span = spans[j]
                let at = start + span.offset - firstSpan.offset
                if j > first, !out.holds(FastWorkspaceWriter.accountSeparator, endingAt: at) {
                    together = false
                    break
                }
                guard out.hash(of: at..<(at + span.length)) == span.hash else { return nil }
                copied.append(AccountSpan(offset: at, length: span.length, hash: span.hash))
            }
            if together { return copied }
        }
        out.removeLast(out.count - start)
        var copied: [AccountSpan] = []
        for j in first..<(first + count) {
            if j > first { out.bytes(FastWorkspaceWriter.accountSeparator) }
            let span = spans[j], at = out.count
            guard out.append(reading: descriptor, at: span.offset, count: span.length),
                  out.hash(of: at..<out.count) == span.hash else { return nil }
            copied.append(AccountSpan(offset: at, length: span.length, hash: span.hash))
        }
        return copied
    }
}

/// The accounts a save copies from an `AccountSource`: for each account of the workspace
/// saved, the position of its text's span in the source, or -1 when it is encoded.
struct AccountCopies: Sendable {
    let source: AccountSource
    let positions: [Int]

    /// For each account, whether it is copied (and so known to pass validation).
    var copied: [Bool] { positions.map { $0 >= 0 } }
}

/// The file a save copied unchanged accounts from did not hold their text any more.
struct AccountSourceChanged: Error {}
