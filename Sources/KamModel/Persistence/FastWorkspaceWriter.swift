/// Writes a workspace's canonical text straight into bytes: the save's fast path.
///
/// The accounts (nearly all of a file) are written member by member with no `JSONValue`
/// tree and no intermediate strings, in batches, each batch in parts on all cores; the
/// small rest (settings, managers, scorecard) goes through `WorkspaceEncoder` and
/// `JSONWriter` as before. The text is handed on batch by batch, so a save holds a few
/// megabytes of it at a time, not the whole file. The output is byte for byte the
/// reference writer's (`WorkspaceFile.encodeReference`), which the tests check on the
/// sample, the demo and records with unknown members.
enum FastWorkspaceWriter {
    /// Portfolios with fewer accounts are written on one core.
    static let minimumAccountsToSplit = 256
    /// The accounts written per batch (~7 MB of the demo's accounts).
    static let accountsPerBatch = 1_024

    /// The canonical text of `workspace`, ending with a newline.
    static func write(_ workspace: Workspace, parts: Int = BothCores.parts) -> [UInt8] {
        var text: [UInt8] = []
        // No source, so nothing is copied and nothing can fail.
        _ = try? write(workspace, parts: parts) { text.append(contentsOf: $0) }
        return text
    }

    /// Hands the canonical text of `workspace` to `emit` piece by piece, in order, and
    /// returns where each account's text went (`AccountSpan`s, in account order).
    ///
    /// With `copies`, the text of the accounts it names is copied from its source file
    /// instead of encoded (and is then that file's text, canonical or not); throws
    /// `AccountSourceChanged` when such a copy fails. `shouldStop` is asked before each
    /// batch of accounts; when it says true, writing stops there (the text is then
    /// incomplete). Without `spans`, no span is made (nor hashed) and none is returned.
    @discardableResult
    static func write(_ workspace: Workspace, parts: Int = BothCores.parts, batch: Int = accountsPerBatch,
                      copies: AccountCopies? = nil, spans wanted: Bool = true, shouldStop: () -> Bool = { false },
                      to emit: (UnsafeRawBufferPointer) throws -> Void) throws -> [AccountSpan] {
        let accounts = workspace.accounts
        let n = accounts.count
        let partCount = n >= minimumAccountsToSplit ? max(1, parts) : 1
        // Everything but the accounts, laid out by the reference encoder.
        guard case .expandedObject(let members) = WorkspaceEncoder.layout(workspace.withoutAccounts) else {
            try JSONWriter.write(WorkspaceEncoder.layout(workspace)).withUnsafeBytes(emit)
            return []
        }
        // The text before and after the accounts; the accounts are written between.
        var head: [UInt8] = [UInt8(ascii: "{")]
        var tail: [UInt8] = []
        var wroteAccounts = false
        for (i, member) in members.enumerated() {
            let isAccounts = i == accountsMember && n > 0
            wroteAccounts = wroteAccounts || isAccounts
            if isAccounts {
                head.append(contentsOf: [0x2C, 0x0A, 0x20, 0x20])
                JSONWriter.appendString(member.key, to: &head)
                head.append(contentsOf: ": [\n    ".utf8)
                tail.append(contentsOf: [0x0A, 0x20, 0x20, UInt8(ascii: "]")])
                continue
            }
            var out: [UInt8] = []
            out.append(contentsOf: i == 0 ? [0x0A, 0x20, 0x20] : [0x2C, 0x0A, 0x20, 0x20])
            JSONWriter.appendString(member.key, to: &out)
            out.append(contentsOf: [0x3A, 0x20])
            JSONWriter.append(member.value, indent: 1, to: &out)
            if wroteAccounts { tail.append(contentsOf: out) } else { head.append(contentsOf: out) }
        }
        tail.append(contentsOf: [0x0A, UInt8(ascii: "}"), 0x0A])
        var spans: [AccountSpan] = []
        if wanted { spans.reserveCapacity(n) }
        try head.withUnsafeBytes(emit)
        var written = head.count
        // One buffer per part, kept from batch to batch (fresh ones would fault in new pages
        // every time); room for ~8 KB per account (the demo's take ~7).
        let sinks = SinkPool(count: partCount, capacity: (min(n, batch) / partCount + 1) * 8_192 + 256)
        defer { sinks.free() }
        let memos = (0..<partCount).map { _ in PooledTextMemo() }
        var start = 0
        while start < n {
            if shouldStop() { return spans }
            let end = min(n, start + max(1, batch))
            let first = start, count = min(partCount, end - start)
            let pieces = BothCores.map(count) { part -> WrittenAccounts in
                let range = (first + (end - first) * part / count)..<(first + (end - first) * (part + 1) / count)
                return writeAccounts(accounts, range, copies: copies, spans: wanted, into: &sinks[part], memo: memos[part])
            }
            for (part, piece) in pieces.enumerated() {
                guard !piece.sourceChanged else { throw AccountSourceChanged() }
                for span in piece.spans {
                    spans.append(AccountSpan(offset: written + span.offset, length: span.length, hash: span.hash))
                }
                let bytes = sinks[part]
                try emit(UnsafeRawBufferPointer(start: bytes.base, count: bytes.count))
                written += bytes.count
            }
            start = end
        }
        try tail.withUnsafeBytes(emit)
        return spans
    }

    /// Where some accounts' texts start in the sink they were written to.
    private struct WrittenAccounts: Sendable {
        var spans: [AccountSpan]
        var sourceChanged = false
    }

    /// Replaces the content of `out` with `accounts[range]`, each after a separator unless it
    /// is the very first, copying those `copies` names; with `wanted`, where each one went.
    /// Pooled texts go through `memo`.
    private static func writeAccounts(_ accounts: [Account], _ range: Range<Int>, copies: AccountCopies?,
                                      spans wanted: Bool, into out: inout ByteSink, memo: PooledTextMemo) -> WrittenAccounts {
        out.removeAll()
        var spans: [AccountSpan] = []
        if wanted { spans.reserveCapacity(range.count) }
        var i = range.lowerBound
        while i < range.upperBound {
            if i > 0 { out.bytes(accountSeparator) }
            if let copies, copies.positions[i] >= 0 {
                // The longest run of accounts whose texts follow each other in the source.
                var end = i + 1
                while end < range.upperBound, copies.positions[end] == copies.positions[end - 1] + 1 { end += 1 }
                guard let copied = copies.source.copy(copies.positions[i], count: end - i, to: &out) else {
                    return WrittenAccounts(spans: [], sourceChanged: true)
                }
                if wanted { spans += copied }
                i = end
            } else {
                let start = out.count
                // Read where it is: a copy would count a reference to each of its texts.
                accounts.withUnsafeBufferPointer { appendAccount($0[i], to: &out, memo: memo) }
                if wanted {
                    spans.append(AccountSpan(offset: start, length: out.count - start, hash: out.hash(of: start..<out.count)))
                }
                i += 1
            }
        }
        return WrittenAccounts(spans: spans)
    }

    /// What separates two accounts in the canonical text.
    static let accountSeparator: [UInt8] = Array(",\n    ".utf8)

    /// The position of `accounts` among the workspace's members (see `WorkspaceEncoder.layout`).
    static let accountsMember = 5

    // MARK: Records

    /// One account, expanded, at the accounts' indentation (its members at six spaces);
    /// its pooled texts through `memo` when there is one.
    static func appendAccount(_ a: Account, to out: inout ByteSink, memo: PooledTextMemo? = nil) {
        out.byte(UInt8(ascii: "{"))
        var first = true
        func key(_ name: StaticString) {
            out.text(first ? "\n" : ",\n")
            first = false
            out.spaces(6)
            appendKey(name, to: &out)
        }
        key("id"); out.string(a.id)
        key("name"); out.string(a.name)
        key("manager"); out.string(a.manager)
        key("segment"); out.string(a.segment)
        key("industry"); out.string(a.industry)
        key("tier"); out.rawValue(a.tier)
        key("status"); out.rawValue(a.status)
        if let v = a.attractiveness { key("attractiveness"); out.number(v) }
        if let v = a.relationshipStrength { key("relationshipStrength"); out.number(v) }
        key("notes"); out.string(a.notes)
        key("quarters")
        if a.quarters.isEmpty {
            out.text("{}")
        } else {
            out.byte(UInt8(ascii: "{"))
            var firstQuarter = true
            a.quarters.forEachInPlace { q, f in
                out.text(firstQuarter ? "\n" : ",\n")
                firstQuarter = false
                out.spaces(8)
                out.byte(0x22)
                appendQuarter(q, to: &out)
                out.text("\": ")
                appendFigures(f, to: &out)
            }
            out.byte(0x0A)
            out.spaces(6)
            out.byte(UInt8(ascii: "}"))
        }
        appendRecords(a.records, to: &out, memo: memo)
        for member in a.extra.members {
            out.text(",\n")
            out.spaces(6)
            out.string(member.key)
            out.text(": ")
            out.inline(member.value)
        }
        out.byte(0x0A)
        out.spaces(4)
        out.byte(UInt8(ascii: "}"))
    }

    private static func appendFigures(_ f: QuarterFigures, to out: inout ByteSink) {
        var o = InlineObject(&out)
        defer { o.close(&out) }
        if let v = f.revenue { o.key("revenue", &out); out.number(v) }
        if let v = f.grossProfit { o.key("grossProfit", &out); out.number(v) }
        if let c = f.costToServe {
            o.key("costToServe", &out)
            var inner = InlineObject(&out)
            inner.key("sales", &out); out.number(c.sales)
            inner.key("accountTeam", &out); out.number(c.accountTeam)
            inner.key("support", &out); out.number(c.support)
            inner.key("logistics", &out); out.number(c.logistics)
            inner.key("other", &out); out.number(c.other)
            inner.extra(c.extra, &out)
            inner.close(&out)
        }
        if let v = f.categorySpend { o.key("categorySpend", &out); out.number(v) }
        if let s = f.nps {
            o.key("nps", &out)
            var inner = InlineObject(&out)
            inner.key("promoters", &out); out.number(Double(s.promoters))
            inner.key("passives", &out); out.number(Double(s.passives))
            inner.key("detractors", &out); out.number(Double(s.detractors))
            inner.extra(s.extra, &out)
            inner.close(&out)
        }
        if let s = f.csat {
            o.key("csat", &out)
            var inner = InlineObject(&out)
            inner.key("satisfied", &out); out.number(Double(s.satisfied))
            inner.key("responses", &out); out.number(Double(s.responses))
            inner.extra(s.extra, &out)
            inner.close(&out)
        }
        if let v = f.issueResolutionDays { o.key("issueResolutionDays", &out); out.number(v) }
        if let v = f.turnaroundDays { o.key("turnaroundDays", &out); out.number(v) }
        if let v = f.retention { o.key("retention", &out); out.number(v) }
        if !f.customFigures.isEmpty {
            o.key("custom", &out)
            var inner = InlineObject(&out)
            for (name, value) in f.customFigures {
                inner.key(name, &out); out.number(value)
            }
            inner.close(&out)
        }
        o.extra(f.extra, &out)
    }

    // MARK: Pieces

    /// `"name": ` for a known key (plain ASCII, no escapes needed).
    private static func appendKey(_ name: StaticString, to out: inout ByteSink) {
        out.byte(0x22)
        out.text(name)
        out.text("\": ")
    }

    /// `2026Q3`, as `Quarter.description` writes it.
    static func appendQuarter(_ q: Quarter, to out: inout ByteSink) {
        out.integer(Int64(q.year))
        out.byte(UInt8(ascii: "Q"))
        out.integer(Int64(q.quarter))
    }

    /// `"2026-09-30"`, as `Day.description` writes it (quoted).
    static func appendDay(_ d: Day, to out: inout ByteSink) {
        let (y, m, day) = d.components
        guard (0...9999).contains(y), (0...99).contains(m), (0...99).contains(day) else {
            out.string(d.description)
            return
        }
        out.reserve(12)
        out.byte(0x22)
        out.byte(0x30 + UInt8(y / 1000)); out.byte(0x30 + UInt8(y / 100 % 10))
        out.byte(0x30 + UInt8(y / 10 % 10)); out.byte(0x30 + UInt8(y % 10))
        out.byte(UInt8(ascii: "-"))
        out.byte(0x30 + UInt8(m / 10)); out.byte(0x30 + UInt8(m % 10))
        out.byte(UInt8(ascii: "-"))
        out.byte(0x30 + UInt8(day / 10)); out.byte(0x30 + UInt8(day % 10))
        out.byte(0x22)
    }
}

/// A one-line object being written: `{"a": 1, "b": 2}`.
struct InlineObject {
    private var empty = true

    init(_ out: inout ByteSink) { out.byte(UInt8(ascii: "{")) }

    mutating func key(_ name: StaticString, _ out: inout ByteSink) {
        if !empty { out.text(", ") }
        empty = false
        out.byte(0x22)
        out.text(name)
        out.text("\": ")
    }

    mutating func key(_ name: String, _ out: inout ByteSink) {
        if !empty { out.text(", ") }
        empty = false
        out.string(name)
        out.text(": ")
    }

    /// The unknown members, after the known ones.
    mutating func extra(_ object: JSONObject, _ out: inout ByteSink) {
        for member in object.members {
            key(member.key, &out)
            out.inline(member.value)
        }
    }

    func close(_ out: inout ByteSink) { out.byte(UInt8(ascii: "}")) }
}

extension Workspace {
    /// This workspace with no accounts, for writing everything around them.
    var withoutAccounts: Workspace {
        var copy = self
        copy.accounts = []
        return copy
    }
}
