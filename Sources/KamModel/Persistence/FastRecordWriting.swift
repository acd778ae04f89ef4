/// Writes an account's contacts, activities, opportunities and objectives straight from
/// their packed columns (`AccountRecords`), as `JSONWriter` writes the lists they unpack
/// to, without making the records or their ids as values first.
extension FastWorkspaceWriter {
    /// The four lists, each after its key at the account members' indentation; pooled
    /// texts through `memo` when there is one.
    static func appendRecords(_ records: AccountRecords, to out: inout ByteSink, memo: PooledTextMemo?) {
        appendList("contacts", records, .contact, appendContact, to: &out, memo: memo)
        appendList("activities", records, .activity, appendActivity, to: &out, memo: memo)
        appendList("opportunities", records, .opportunity, appendOpportunity, to: &out, memo: memo)
        appendList("objectives", records, .objective, appendObjective, to: &out, memo: memo)
    }

    /// `,\n      "key": [...]`: the records of `kind` expanded (at eight spaces), `[]` when none.
    private static func appendList(_ key: StaticString, _ records: AccountRecords, _ kind: RecordKind,
                                   _ append: (inout RecordReader, Int, inout ByteSink) -> Void, to out: inout ByteSink,
                                   memo: PooledTextMemo?) {
        out.text(",\n")
        out.spaces(6)
        out.byte(0x22)
        out.text(key)
        out.text("\": ")
        guard !records.isEmpty else { out.text("[]"); return }
        _ = records.read(kind) { reader in
            guard reader.count > 0 else { out.text("[]"); return }
            reader.memo = memo
            out.byte(UInt8(ascii: "["))
            for i in 0..<reader.count {
                out.text(i == 0 ? "\n" : ",\n")
                out.spaces(8)
                append(&reader, i, &out)
            }
            out.byte(0x0A)
            out.spaces(6)
            out.byte(UInt8(ascii: "]"))
        }
    }

    // Each writes record `i` from its columns and its variable texts, which come next in `r`,
    // with the members in the order the reference writer gives them.

    private static func appendContact(_ r: inout RecordReader, _ i: Int, to out: inout ByteSink) {
        let flags = r.byte(column: 1, i)
        var o = InlineObject(&out)
        o.key("id", &out); r.appendText(to: &out)
        o.key("name", &out); r.appendPooled(column: 2, i, to: &out)
        o.key("title", &out); r.appendPooled(column: 3, i, to: &out)
        o.key("role", &out); out.rawValue(BuyingRole(code: flags & 3))
        o.key("attitude", &out); out.rawValue(Attitude(code: (flags >> 2) & 7))
        o.key("coverage", &out); out.rawValue(Coverage(code: (flags >> 5) & 3))
        o.key("senior", &out); out.text(flags & 0x80 != 0 ? "true" : "false")
        if let d = r.day(column: 0, i) { o.key("since", &out); appendDay(d, to: &out) }
        o.extra(r.extra(i), &out)
        o.close(&out)
    }

    private static func appendActivity(_ r: inout RecordReader, _ i: Int, to out: inout ByteSink) {
        var o = InlineObject(&out)
        o.key("id", &out); r.appendText(to: &out)
        o.key("date", &out); appendDay(r.day(column: 0, i)!, to: &out)
        o.key("kind", &out); out.rawValue(ActivityKind(code: r.byte(column: 1, i)))
        if r.hasText { o.key("contact", &out); r.appendText(to: &out) } else { r.skipText() }
        o.key("text", &out); r.appendPooled(column: 2, i, to: &out)
        o.extra(r.extra(i), &out)
        o.close(&out)
    }

    private static func appendOpportunity(_ r: inout RecordReader, _ i: Int, to out: inout ByteSink) {
        var o = InlineObject(&out)
        o.key("id", &out); r.appendText(to: &out)
        o.key("name", &out); r.appendPooled(column: 4, i, to: &out)
        o.key("stage", &out); out.rawValue(OpportunityStage(code: r.byte(column: 3, i)))
        o.key("value", &out); out.number(r.load(column: 0, i, as: Double.self))
        o.key("expectedClose", &out); out.byte(0x22); appendQuarter(r.quarter(column: 2, i)!, to: &out); out.byte(0x22)
        o.key("lastChanged", &out); appendDay(r.day(column: 1, i)!, to: &out)
        o.extra(r.extra(i), &out)
        o.close(&out)
    }

    private static func appendObjective(_ r: inout RecordReader, _ i: Int, to out: inout ByteSink) {
        var o = InlineObject(&out)
        o.key("id", &out); r.appendText(to: &out)
        o.key("title", &out); r.appendPooled(column: 3, i, to: &out)
        o.key("status", &out); out.rawValue(ObjectiveStatus(code: r.byte(column: 2, i)))
        if let q = r.quarter(column: 1, i) { o.key("due", &out); out.byte(0x22); appendQuarter(q, to: &out); out.byte(0x22) }
        if let d = r.day(column: 0, i) { o.key("completedOn", &out); appendDay(d, to: &out) }
        o.extra(r.extra(i), &out)
        o.close(&out)
    }
}
