/// Writes a workspace's canonical text straight into one byte buffer: the save's fast path.
///
/// The accounts (nearly all of a file) are written member by member with no `JSONValue`
/// tree and no intermediate strings, in parts on all cores; the small rest (settings,
/// managers, scorecard) goes through `WorkspaceEncoder` and `JSONWriter` as before. The
/// output is byte for byte the reference writer's (`WorkspaceFile.encodeReference`),
/// which the tests check on the sample, the demo and records with unknown members.
enum FastWorkspaceWriter {
    /// Portfolios with fewer accounts are written on one core.
    static let minimumAccountsToSplit = 256

    /// The canonical text of `workspace`, ending with a newline.
    static func write(_ workspace: Workspace, parts: Int = BothCores.parts) -> [UInt8] {
        let accounts = workspace.accounts
        let n = accounts.count
        let partCount = n >= minimumAccountsToSplit ? max(1, parts) : 1
        let chunks = BothCores.map(partCount) { part in
            var out: [UInt8] = []
            let range = (n * part / partCount)..<(n * (part + 1) / partCount)
            out.reserveCapacity(range.count * 7_168)
            for i in range {
                if i > range.lowerBound { out.append(contentsOf: [0x2C, 0x0A, 0x20, 0x20, 0x20, 0x20]) }
                appendAccount(accounts[i], to: &out)
            }
            return out
        }
        // Everything but the accounts, laid out by the reference encoder.
        guard case .expandedObject(let members) = WorkspaceEncoder.layout(workspace.withoutAccounts) else {
            return JSONWriter.write(WorkspaceEncoder.layout(workspace))
        }
        var out: [UInt8] = []
        out.reserveCapacity(chunks.reduce(1 << 16) { $0 + $1.count + 8 })
        out.append(UInt8(ascii: "{"))
        for (i, member) in members.enumerated() {
            out.append(contentsOf: i == 0 ? [0x0A, 0x20, 0x20] : [0x2C, 0x0A, 0x20, 0x20])
            JSONWriter.appendString(member.key, to: &out)
            out.append(contentsOf: [0x3A, 0x20])
            if i == accountsMember, n > 0 {
                out.append(contentsOf: [UInt8(ascii: "["), 0x0A, 0x20, 0x20, 0x20, 0x20])
                var wrote = false
                for chunk in chunks where !chunk.isEmpty {
                    if wrote { out.append(contentsOf: [0x2C, 0x0A, 0x20, 0x20, 0x20, 0x20]) }
                    out.append(contentsOf: chunk)
                    wrote = true
                }
                out.append(contentsOf: [0x0A, 0x20, 0x20, UInt8(ascii: "]")])
            } else {
                JSONWriter.append(member.value, indent: 1, to: &out)
            }
        }
        out.append(contentsOf: [0x0A, UInt8(ascii: "}"), 0x0A])
        return out
    }

    /// The position of `accounts` among the workspace's members (see `WorkspaceEncoder.layout`).
    static let accountsMember = 5

    // MARK: Records

    /// One account, expanded, at the accounts' indentation (its members at six spaces).
    static func appendAccount(_ a: Account, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        var first = true
        func key(_ name: StaticString) {
            out.append(contentsOf: first ? [0x0A] : [0x2C, 0x0A])
            first = false
            out.append(contentsOf: repeatElement(0x20, count: 6))
            appendKey(name, to: &out)
        }
        key("id"); JSONWriter.appendString(a.id, to: &out)
        key("name"); JSONWriter.appendString(a.name, to: &out)
        key("manager"); JSONWriter.appendString(a.manager, to: &out)
        key("segment"); JSONWriter.appendString(a.segment, to: &out)
        key("industry"); JSONWriter.appendString(a.industry, to: &out)
        key("tier"); JSONWriter.appendString(a.tier.rawValue, to: &out)
        key("status"); JSONWriter.appendString(a.status.rawValue, to: &out)
        if let v = a.attractiveness { key("attractiveness"); JSONWriter.appendNumber(v, to: &out) }
        if let v = a.relationshipStrength { key("relationshipStrength"); JSONWriter.appendNumber(v, to: &out) }
        key("notes"); JSONWriter.appendString(a.notes, to: &out)
        key("quarters")
        if a.quarters.isEmpty {
            out.append(contentsOf: [0x7B, 0x7D])
        } else {
            out.append(UInt8(ascii: "{"))
            for (i, q) in a.quarters.keys.sorted().enumerated() {
                out.append(contentsOf: i == 0 ? [0x0A] : [0x2C, 0x0A])
                out.append(contentsOf: repeatElement(0x20, count: 8))
                out.append(0x22)
                appendQuarter(q, to: &out)
                out.append(contentsOf: [0x22, 0x3A, 0x20])
                if let f = a.quarters[q] { appendFigures(f, to: &out) }
            }
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: 6))
            out.append(UInt8(ascii: "}"))
        }
        key("contacts"); appendList(a.contacts, appendContact, to: &out)
        key("activities"); appendList(a.activities, appendActivity, to: &out)
        key("opportunities"); appendList(a.opportunities, appendOpportunity, to: &out)
        key("objectives"); appendList(a.objectives, appendObjective, to: &out)
        for member in a.extra.members {
            out.append(contentsOf: [0x2C, 0x0A])
            out.append(contentsOf: repeatElement(0x20, count: 6))
            JSONWriter.appendString(member.key, to: &out)
            out.append(contentsOf: [0x3A, 0x20])
            JSONWriter.appendInline(member.value, to: &out)
        }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 4))
        out.append(UInt8(ascii: "}"))
    }

    /// An account's list of one-line records, expanded (records at eight spaces); `[]` when empty.
    private static func appendList<T>(_ list: [T], _ append: (T, inout [UInt8]) -> Void, to out: inout [UInt8]) {
        guard !list.isEmpty else { out.append(contentsOf: [0x5B, 0x5D]); return }
        out.append(UInt8(ascii: "["))
        for (i, record) in list.enumerated() {
            out.append(contentsOf: i == 0 ? [0x0A] : [0x2C, 0x0A])
            out.append(contentsOf: repeatElement(0x20, count: 8))
            append(record, &out)
        }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 6))
        out.append(UInt8(ascii: "]"))
    }

    private static func appendFigures(_ f: QuarterFigures, to out: inout [UInt8]) {
        var o = InlineObject(&out)
        defer { o.close(&out) }
        if let v = f.revenue { o.key("revenue", &out); JSONWriter.appendNumber(v, to: &out) }
        if let v = f.grossProfit { o.key("grossProfit", &out); JSONWriter.appendNumber(v, to: &out) }
        if let c = f.costToServe {
            o.key("costToServe", &out)
            var inner = InlineObject(&out)
            inner.key("sales", &out); JSONWriter.appendNumber(c.sales, to: &out)
            inner.key("accountTeam", &out); JSONWriter.appendNumber(c.accountTeam, to: &out)
            inner.key("support", &out); JSONWriter.appendNumber(c.support, to: &out)
            inner.key("logistics", &out); JSONWriter.appendNumber(c.logistics, to: &out)
            inner.key("other", &out); JSONWriter.appendNumber(c.other, to: &out)
            inner.extra(c.extra, &out)
            inner.close(&out)
        }
        if let v = f.categorySpend { o.key("categorySpend", &out); JSONWriter.appendNumber(v, to: &out) }
        if let s = f.nps {
            o.key("nps", &out)
            var inner = InlineObject(&out)
            inner.key("promoters", &out); JSONWriter.appendNumber(Double(s.promoters), to: &out)
            inner.key("passives", &out); JSONWriter.appendNumber(Double(s.passives), to: &out)
            inner.key("detractors", &out); JSONWriter.appendNumber(Double(s.detractors), to: &out)
            inner.extra(s.extra, &out)
            inner.close(&out)
        }
        if let s = f.csat {
            o.key("csat", &out)
            var inner = InlineObject(&out)
            inner.key("satisfied", &out); JSONWriter.appendNumber(Double(s.satisfied), to: &out)
            inner.key("responses", &out); JSONWriter.appendNumber(Double(s.responses), to: &out)
            inner.extra(s.extra, &out)
            inner.close(&out)
        }
        if let v = f.issueResolutionDays { o.key("issueResolutionDays", &out); JSONWriter.appendNumber(v, to: &out) }
        if let v = f.turnaroundDays { o.key("turnaroundDays", &out); JSONWriter.appendNumber(v, to: &out) }
        if let v = f.retention { o.key("retention", &out); JSONWriter.appendNumber(v, to: &out) }
        if !f.custom.isEmpty {
            o.key("custom", &out)
            var inner = InlineObject(&out)
            for (name, value) in f.custom.sorted(by: { $0.key < $1.key }) {
                inner.key(name, &out); JSONWriter.appendNumber(value, to: &out)
            }
            inner.close(&out)
        }
        o.extra(f.extra, &out)
    }

    private static func appendContact(_ c: Contact, to out: inout [UInt8]) {
        var o = InlineObject(&out)
        o.key("id", &out); JSONWriter.appendString(c.id, to: &out)
        o.key("name", &out); JSONWriter.appendString(c.name, to: &out)
        o.key("title", &out); JSONWriter.appendString(c.title, to: &out)
        o.key("role", &out); JSONWriter.appendString(c.role.rawValue, to: &out)
        o.key("attitude", &out); JSONWriter.appendString(c.attitude.rawValue, to: &out)
        o.key("coverage", &out); JSONWriter.appendString(c.coverage.rawValue, to: &out)
        o.key("senior", &out); out.append(contentsOf: (c.senior ? "true" : "false").utf8)
        if let d = c.since { o.key("since", &out); appendDay(d, to: &out) }
        o.extra(c.extra, &out)
        o.close(&out)
    }

    private static func appendActivity(_ a: Activity, to out: inout [UInt8]) {
        var o = InlineObject(&out)
        o.key("id", &out); JSONWriter.appendString(a.id, to: &out)
        o.key("date", &out); appendDay(a.date, to: &out)
        o.key("kind", &out); JSONWriter.appendString(a.kind.rawValue, to: &out)
        if let c = a.contact { o.key("contact", &out); JSONWriter.appendString(c, to: &out) }
        o.key("text", &out); JSONWriter.appendString(a.text, to: &out)
        o.extra(a.extra, &out)
        o.close(&out)
    }

    private static func appendOpportunity(_ p: Opportunity, to out: inout [UInt8]) {
        var o = InlineObject(&out)
        o.key("id", &out); JSONWriter.appendString(p.id, to: &out)
        o.key("name", &out); JSONWriter.appendString(p.name, to: &out)
        o.key("stage", &out); JSONWriter.appendString(p.stage.rawValue, to: &out)
        o.key("value", &out); JSONWriter.appendNumber(p.value, to: &out)
        o.key("expectedClose", &out); out.append(0x22); appendQuarter(p.expectedClose, to: &out); out.append(0x22)
        o.key("lastChanged", &out); appendDay(p.lastChanged, to: &out)
        o.extra(p.extra, &out)
        o.close(&out)
    }

    private static func appendObjective(_ j: Objective, to out: inout [UInt8]) {
        var o = InlineObject(&out)
        o.key("id", &out); JSONWriter.appendString(j.id, to: &out)
        o.key("title", &out); JSONWriter.appendString(j.title, to: &out)
        o.key("status", &out); JSONWriter.appendString(j.status.rawValue, to: &out)
        if let q = j.due { o.key("due", &out); out.append(0x22); appendQuarter(q, to: &out); out.append(0x22) }
        if let d = j.completedOn { o.key("completedOn", &out); appendDay(d, to: &out) }
        o.extra(j.extra, &out)
        o.close(&out)
    }

    // MARK: Pieces

    /// `"name": ` for a known key (plain ASCII, no escapes needed).
    private static func appendKey(_ name: StaticString, to out: inout [UInt8]) {
        out.append(0x22)
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(contentsOf: [0x22, 0x3A, 0x20])
    }

    /// `2026Q3`, as `Quarter.description` writes it.
    private static func appendQuarter(_ q: Quarter, to out: inout [UInt8]) {
        JSONWriter.appendInteger(Int64(q.year), to: &out)
        out.append(UInt8(ascii: "Q"))
        JSONWriter.appendInteger(Int64(q.quarter), to: &out)
    }

    /// `"2026-09-30"`, as `Day.description` writes it (quoted).
    private static func appendDay(_ d: Day, to out: inout [UInt8]) {
        guard (0...9999).contains(d.year), (0...99).contains(d.month), (0...99).contains(d.day) else {
            JSONWriter.appendString(d.description, to: &out)
            return
        }
        let y = d.year, m = d.month, day = d.day
        out.append(contentsOf: [0x22,
                                0x30 + UInt8(y / 1000), 0x30 + UInt8(y / 100 % 10), 0x30 + UInt8(y / 10 % 10),
                                0x30 + UInt8(y % 10), UInt8(ascii: "-"),
                                0x30 + UInt8(m / 10), 0x30 + UInt8(m % 10), UInt8(ascii: "-"),
                                0x30 + UInt8(day / 10), 0x30 + UInt8(day % 10), 0x22])
    }
}

/// A one-line object being written: `{"a": 1, "b": 2}`.
private struct InlineObject {
    private var empty = true

    init(_ out: inout [UInt8]) { out.append(UInt8(ascii: "{")) }

    mutating func key(_ name: StaticString, _ out: inout [UInt8]) {
        if !empty { out.append(contentsOf: [0x2C, 0x20]) }
        empty = false
        out.append(0x22)
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(contentsOf: [0x22, 0x3A, 0x20])
    }

    mutating func key(_ name: String, _ out: inout [UInt8]) {
        if !empty { out.append(contentsOf: [0x2C, 0x20]) }
        empty = false
        JSONWriter.appendString(name, to: &out)
        out.append(contentsOf: [0x3A, 0x20])
    }

    /// The unknown members, after the known ones.
    mutating func extra(_ object: JSONObject, _ out: inout [UInt8]) {
        for member in object.members {
            key(member.key, &out)
            JSONWriter.appendInline(member.value, to: &out)
        }
    }

    func close(_ out: inout [UInt8]) { out.append(UInt8(ascii: "}")) }
}

extension Workspace {
    /// This workspace with no accounts, for writing everything around them.
    var withoutAccounts: Workspace {
        var copy = self
        copy.accounts = []
        return copy
    }
}
