/// Decodes the `accounts` array in parts on all cores: the fast loader's largest step.
///
/// The array is cut where a line starts with an account's opening brace (`\n    {\n` in
/// the canonical layout). A newline can only be whitespace in JSON (never inside a
/// string), so each part starts outside any string; whether a cut really falls between
/// two accounts is then verified: the part before it must end exactly there, after a
/// whole account and its comma. Any doubt (a cut that is not a boundary, a part that
/// gives up) returns nil and the caller reads the array on one core as before, so the
/// result is always the one the sequential reader gives.
extension JSONScanner {
    /// The accounts from `pos` (the first account's `{`) to the array's `]`, read in
    /// `split.parts` parts; on success `pos` is after the `]`. Nil (with `pos` unchanged)
    /// when fewer than `split.minimumBytes` remain, no cut is found, or a cut does not verify.
    mutating func readAccountsInParts() -> [Account]? {
        let parts = split.parts
        guard parts > 1, count - pos >= split.minimumBytes else { return nil }
        var cuts: [Int] = [pos]
        for k in 1..<parts {
            let from = max(cuts[cuts.count - 1] + 1, pos + (count - pos) * k / parts)
            guard let cut = nextAccountStart(from: from) else { break }
            cuts.append(cut)
        }
        guard cuts.count > 1 else { return nil }
        let shared = SharedScanner(self)
        let ranges = cuts.indices.map { i in (start: cuts[i], end: i + 1 < cuts.count ? cuts[i + 1] : nil) }
        var results = BothCores.map(ranges.count) { i in shared.readAccounts(from: ranges[i].start, to: ranges[i].end) }
        guard results.allSatisfy({ $0 != nil }), let end = results.last??.end else { return nil }
        var lists = results.map { $0!.accounts }
        results = []
        pos = end
        return ChunkedList.joined(&lists)
    }

    /// The position of the `{` of the first line at or after `from` that is `    {` alone,
    /// as the canonical writer starts each account.
    private func nextAccountStart(from: Int) -> Int? {
        var i = from
        while i + 6 < count {
            if isAccountLine(at: i) { return i + 5 }
            i += 1
        }
        return nil
    }

    /// True when a line that is `    {` alone starts after the line break at `i` (which
    /// must leave 7 bytes to read).
    @inline(__always)
    func isAccountLine(at i: Int) -> Bool {
        AccountLine.follows(i, in: base)
    }
}

/// A scanner's input shared with the parts (read only; the caller keeps it alive while they run).
private struct SharedScanner: @unchecked Sendable {
    let scanner: JSONScanner

    init(_ scanner: JSONScanner) { self.scanner = scanner }

    /// The accounts from `start` up to the cut `end` (which must follow a whole account and
    /// its comma exactly), or to the array's `]` when `end` is nil; with the position after
    /// the last thing read. Nil when the part does not fit those bounds or gives up.
    func readAccounts(from start: Int, to end: Int?) -> (accounts: ChunkedList<Account>, end: Int)? {
        var s = scanner
        s.pos = start
        var accounts = ChunkedList<Account>()
        var reported = start
        defer { s.reportProgress(since: &reported, final: true) }
        do throws(JSONScanError) {
            while true {
                accounts.append(try s.readAccount())
                s.reportProgress(since: &reported)
                guard try s.next(close: UInt8(ascii: "]")) else {
                    return end == nil ? (accounts, s.pos) : nil
                }
                if let end {
                    if s.pos == end { return (accounts, s.pos) }
                    if s.pos > end { return nil }
                }
            }
        } catch {
            return nil
        }
    }
}
