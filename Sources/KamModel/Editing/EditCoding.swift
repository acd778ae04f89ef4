/// Edits as JSON for the recovery journal, with every record written by the workspace
/// encoder (so every field, including unknown ones, survives) and read by its decoders.
enum EditCoding {
    /// A journal line that cannot be read back as an edit.
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    static func encode(_ edit: WorkspaceEdit) -> JSONValue {
        .object(JSONObject([
            ("summary", .string(edit.summary)),
            ("reversal", .bool(edit.isReversal)),
            ("steps", .array(edit.steps.map(encode))),
        ]))
    }

    static func decode(_ value: JSONValue) throws(Unreadable) -> WorkspaceEdit {
        let sink = ProblemSink()
        guard let r = ObjectReader(value, at: .root, sink: sink) else { throw Unreadable(description: "an edit must be an object") }
        let summary = r.requiredString("summary")
        let reversal = r.bool("reversal") ?? false
        var steps: [EditStep] = []
        for (element, path) in r.array("steps") {
            guard let step = ObjectReader(element, at: path, sink: sink) else { continue }
            if let decoded = decodeStep(step) { steps.append(decoded) }
        }
        if let problem = sink.problems.first { throw Unreadable(description: problem.description) }
        return WorkspaceEdit(steps: steps, summary: summary, isReversal: reversal)
    }

    // MARK: Steps

    private static func encode(_ step: EditStep) -> JSONValue {
        func object(_ kind: String, _ members: [(String, JSONValue?)]) -> JSONValue {
            .object(JSONObject([("kind", .string(kind))] + members.map { ($0.0, $0.1 ?? .null) }))
        }
        func number(_ n: Int) -> JSONValue { .number(Double(n)) }
        switch step {
        case .account(let before, let after, let position):
            return object("account", [("before", before.map(account)), ("after", after.map(account)), ("position", number(position))])
        case .profile(let id, let before, let after):
            return object("profile", [("account", .string(id)), ("before", profile(before, id)), ("after", profile(after, id))])
        case .quarter(let id, let quarter, let before, let after):
            return object("quarter", [("account", .string(id)), ("quarter", .string(quarter.description)),
                                      ("before", before.map { .object(WorkspaceEncoder.figures($0)) }),
                                      ("after", after.map { .object(WorkspaceEncoder.figures($0)) })])
        case .contact(let id, let before, let after, let position):
            return object("contact", record(id, before, after, position, WorkspaceEncoder.contact))
        case .activity(let id, let before, let after, let position):
            return object("activity", record(id, before, after, position, WorkspaceEncoder.activity))
        case .opportunity(let id, let before, let after, let position):
            return object("opportunity", record(id, before, after, position, WorkspaceEncoder.opportunity))
        case .objective(let id, let before, let after, let position):
            return object("objective", record(id, before, after, position, WorkspaceEncoder.objective))
        case .manager(let before, let after, let position):
            return object("manager", [("before", before.map { .object(WorkspaceEncoder.manager($0)) }),
                                      ("after", after.map { .object(WorkspaceEncoder.manager($0)) }), ("position", number(position))])
        case .kpi(let perspective, let before, let after, let position):
            return object("kpi", [("perspective", .string(perspective)), ("before", before.map { .object(WorkspaceEncoder.kpi($0)) }),
                                  ("after", after.map { .object(WorkspaceEncoder.kpi($0)) }), ("position", number(position))])
        case .perspective(let id, let before, let after):
            return object("perspective", [("id", .string(id)), ("before", header(before)), ("after", header(after))])
        case .override(let before, let after, let position):
            return object("override", [("before", before.map { .object(WorkspaceEncoder.override($0)) }),
                                       ("after", after.map { .object(WorkspaceEncoder.override($0)) }), ("position", number(position))])
        case .settings(let before, let after):
            return object("settings", [("before", .object(WorkspaceEncoder.settings(before))),
                                       ("after", .object(WorkspaceEncoder.settings(after)))])
        case .details(let before, let after):
            return object("details", [("before", details(before)), ("after", details(after))])
        }
    }

    private static func decodeStep(_ r: ObjectReader) -> EditStep? {
        let position = r.integer("position") ?? 0
        switch r.requiredString("kind") {
        case "account":
            return .account(before: r.object("before").map(AccountDecoder.decode),
                            after: r.object("after").map(AccountDecoder.decode), position: position)
        case "profile":
            guard let before = r.object("before"), let after = r.object("after") else { return missing(r) }
            return .profile(account: r.requiredString("account"), before: AccountDecoder.decode(before).profile,
                            after: AccountDecoder.decode(after).profile)
        case "quarter":
            guard let quarter = r.requiredQuarter("quarter") else { return nil }
            return .quarter(account: r.requiredString("account"), quarter: quarter,
                            before: r.object("before").map(QuarterFiguresDecoder.decodeFigures),
                            after: r.object("after").map(QuarterFiguresDecoder.decodeFigures))
        case "contact":
            return .contact(account: r.requiredString("account"), before: r.object("before").map(AccountDecoder.decodeContact),
                            after: r.object("after").map(AccountDecoder.decodeContact), position: position)
        case "activity":
            return .activity(account: r.requiredString("account"), before: r.object("before").map(AccountDecoder.decodeActivity),
                             after: r.object("after").map(AccountDecoder.decodeActivity), position: position)
        case "opportunity":
            return .opportunity(account: r.requiredString("account"), before: r.object("before").map(AccountDecoder.decodeOpportunity),
                                after: r.object("after").map(AccountDecoder.decodeOpportunity), position: position)
        case "objective":
            return .objective(account: r.requiredString("account"), before: r.object("before").map(AccountDecoder.decodeObjective),
                              after: r.object("after").map(AccountDecoder.decodeObjective), position: position)
        case "manager":
            return .manager(before: r.object("before").map(WorkspaceDecoder.decodeManager),
                            after: r.object("after").map(WorkspaceDecoder.decodeManager), position: position)
        case "kpi":
            return .kpi(perspective: r.requiredString("perspective"), before: r.object("before").map(ScorecardDecoder.decodeKPI),
                        after: r.object("after").map(ScorecardDecoder.decodeKPI), position: position)
        case "perspective":
            guard let before = r.object("before").map(decodeHeader), let after = r.object("after").map(decodeHeader) else { return missing(r) }
            return .perspective(id: r.requiredString("id"), before: before, after: after)
        case "override":
            return .override(before: r.object("before").map(ScorecardDecoder.decodeOverride),
                             after: r.object("after").map(ScorecardDecoder.decodeOverride), position: position)
        case "settings":
            guard let before = r.object("before"), let after = r.object("after") else { return missing(r) }
            return .settings(before: WorkspaceDecoder.decodeSettings(before), after: WorkspaceDecoder.decodeSettings(after))
        case "details":
            guard let before = r.object("before").map(decodeDetails), let after = r.object("after").map(decodeDetails) else { return missing(r) }
            return .details(before: before, after: after)
        case let kind:
            r.sink.report(r.path / "kind", "unknown kind of edit step \"\(kind)\"")
            return nil
        }
    }

    private static func missing(_ r: ObjectReader) -> EditStep? {
        r.sink.report(r.path, "needs both before and after")
        return nil
    }

    // MARK: Pieces

    private static func account(_ account: Account) -> JSONValue { WorkspaceEncoder.account(account).value }

    /// A profile as an account without figures and records, so the account decoder reads it.
    private static func profile(_ profile: AccountProfile, _ id: String) -> JSONValue {
        var account = Account(id: id, name: "", manager: "", segment: "")
        account.profile = profile
        return WorkspaceEncoder.account(account).value
    }

    private static func record<Record>(_ account: String, _ before: Record?, _ after: Record?, _ position: Int,
                                       _ encode: (Record) -> JSONObject) -> [(String, JSONValue?)] {
        [("account", .string(account)), ("before", before.map { .object(encode($0)) }),
         ("after", after.map { .object(encode($0)) }), ("position", .number(Double(position)))]
    }

    private static func header(_ header: PerspectiveHeader) -> JSONValue {
        .object(JSONObject([("name", .string(header.name)), ("weight", .number(header.weight))]))
    }

    private static func decodeHeader(_ r: ObjectReader) -> PerspectiveHeader {
        PerspectiveHeader(name: r.requiredString("name"), weight: r.requiredNumber("weight"))
    }

    private static func details(_ details: WorkspaceDetails) -> JSONValue {
        .object(JSONObject([("name", .string(details.name)), ("currency", .string(details.currency))]))
    }

    private static func decodeDetails(_ r: ObjectReader) -> WorkspaceDetails {
        WorkspaceDetails(name: r.requiredString("name"), currency: r.requiredString("currency"))
    }
}
