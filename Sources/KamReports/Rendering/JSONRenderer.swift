import KamModel

/// Writes a report as pretty-printed JSON for scripts (documented field by field in
/// `docs/reports.md`).
///
/// Top level, in this order: `report`, `title`, `workspace`, `currency`, `period`
/// (`{"from": "2025Q3", "to": "2025Q3"}`), `today`, `notes`, then the headline figures by
/// key, then each table by key as an array of row objects (keys in column order) with its
/// total row, if any, as an object under `total`; for a grouped report then `groupedBy`
/// and `groups`, one object per block (`key`, `name`, `notes`, its figures, its tables).
/// Numbers are exact, no data is `null`, shares are fractions. Written by KamModel's JSON
/// writer (`JSONValue.prettyPrinted`), the same style as workspace files.
enum JSONRenderer {
    /// The json of `document`.
    static func render(_ document: ReportDocument) -> String {
        var top = JSONObject()
        top["report"] = .string(document.kind)
        top["title"] = .string(document.title)
        top["workspace"] = .string(document.workspace)
        top["currency"] = .string(document.currency)
        top["period"] = .object(JSONObject([
            ("from", .string(document.period.first.description)),
            ("to", .string(document.period.last.description)),
        ]))
        top["today"] = .string(document.today.description)
        add(notes: document.notes, facts: document.facts, tables: document.tables, to: &top)
        if let dimension = document.groupedBy {
            top["groupedBy"] = .string(dimension)
            top["groups"] = .array(document.groups.map { group in
                var object = JSONObject([("key", .string(group.key)), ("name", .string(group.name))])
                add(notes: group.notes, facts: group.facts, tables: group.tables, to: &object)
                return .object(object)
            })
        }
        return JSONValue.object(top).prettyPrinted
    }

    private static func add(notes: [String], facts: [ReportFact], tables: [ReportTable], to object: inout JSONObject) {
        object["notes"] = .array(notes.map(JSONValue.string))
        for fact in facts { object.members.append((fact.key, json(fact.value))) }
        for table in tables {
            object.members.append((table.key, .array(table.rows.map { row(table.columns, $0) })))
            if let total = table.total { object.members.append((ReportTable.totalKey, row(table.columns, total))) }
        }
    }

    private static func row(_ columns: [ReportColumn], _ values: [ReportValue]) -> JSONValue {
        .object(JSONObject(zip(columns, values).map { ($0.key, json($1)) }))
    }

    /// A value as json: numbers exact, no data `null`, the rest as in csv.
    static func json(_ value: ReportValue) -> JSONValue {
        switch value {
        case .amount(let v), .percent(let v, _), .fraction(let v), .score(let v), .number(let v, _):
            v.isFinite ? .number(v) : .null
        case .count(let n): .number(Double(n))
        case .noData, .notApplicable: .null
        case .text, .status, .quarter, .date: ValueText.machine(value).map(JSONValue.string) ?? .null
        }
    }
}
