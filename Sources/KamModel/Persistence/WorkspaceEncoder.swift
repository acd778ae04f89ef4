/// Lays out a `Workspace` in the canonical file form.
///
/// Known members come first in a fixed order (`WorkspaceKeys`), unknown ones after them in
/// the order they were read. The workspace, settings, accounts, quarters, perspectives and
/// their lists are expanded one member per line; each small record (manager, quarter
/// figures, contact, activity, opportunity, objective, KPI, override) is one line. Nil
/// optionals and empty `custom` maps are left out; lists are always written, `[]` when empty.
enum WorkspaceEncoder {
    static func layout(_ workspace: Workspace) -> JSONLayout {
        var members: [(key: String, value: JSONLayout)] = [
            ("schemaVersion", .inline(.number(Double(Workspace.currentSchemaVersion)))),
            ("name", .inline(.string(workspace.name))),
            ("currency", .inline(.string(workspace.currency))),
            ("settings", .expandedObject(expanded(settings(workspace.settings)))),
            ("managers", .expandedArray(workspace.managers.map { .inline(.object(manager($0))) })),
            ("accounts", .expandedArray(workspace.accounts.map(account))),
            ("scorecard", scorecard(workspace.scorecard)),
        ]
        members += expanded(workspace.extra)
        return .expandedObject(members)
    }

    /// The members of `object`, each written on one line.
    private static func expanded(_ object: JSONObject) -> [(key: String, value: JSONLayout)] {
        object.members.map { ($0.key, .inline($0.value)) }
    }

    static func settings(_ s: Settings) -> JSONObject {
        record([
            ("staleOpportunityDays", .number(Double(s.staleOpportunityDays))),
            ("noContactDays", .number(Double(s.noContactDays))),
            ("discountRate", .number(s.discountRate)),
            ("abcThresholdA", .number(s.abcThresholdA)),
            ("abcThresholdB", .number(s.abcThresholdB)),
        ], extra: s.extra)
    }

    /// Known members (nil ones left out) followed by the unknown ones.
    private static func record(_ known: [(String, JSONValue?)], extra: JSONObject) -> JSONObject {
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(known.count + extra.members.count)
        for (key, value) in known {
            if let value { members.append((key, value)) }
        }
        members += extra.members
        return JSONObject(members)
    }

    static func manager(_ m: Manager) -> JSONObject {
        record([("id", .string(m.id)), ("name", .string(m.name)), ("email", m.email.map(JSONValue.string))], extra: m.extra)
    }

    static func account(_ a: Account) -> JSONLayout {
        let scalars = record([
            ("id", .string(a.id)),
            ("name", .string(a.name)),
            ("manager", .string(a.manager)),
            ("segment", .string(a.segment)),
            ("industry", .string(a.industry)),
            ("tier", .string(a.tier.rawValue)),
            ("status", .string(a.status.rawValue)),
            ("attractiveness", a.attractiveness.map(JSONValue.number)),
            ("relationshipStrength", a.relationshipStrength.map(JSONValue.number)),
            ("notes", .string(a.notes)),
        ], extra: JSONObject())
        var members = expanded(scalars)
        members.append(("quarters", .expandedObject(a.quarters.map { ($0.key.description, .inline(.object(figures($0.value)))) })))
        members.append(("contacts", .expandedArray(a.contacts.map { .inline(.object(contact($0))) })))
        members.append(("activities", .expandedArray(a.activities.map { .inline(.object(activity($0))) })))
        members.append(("opportunities", .expandedArray(a.opportunities.map { .inline(.object(opportunity($0))) })))
        members.append(("objectives", .expandedArray(a.objectives.map { .inline(.object(objective($0))) })))
        members += expanded(a.extra)
        return .expandedObject(members)
    }

    static func figures(_ f: QuarterFigures) -> JSONObject {
        let custom = f.customFigures.map { (key: $0.name, value: JSONValue.number($0.value)) }
        return record([
            ("revenue", f.revenue.map(JSONValue.number)),
            ("grossProfit", f.grossProfit.map(JSONValue.number)),
            ("costToServe", f.costToServe.map { .object(costToServe($0)) }),
            ("categorySpend", f.categorySpend.map(JSONValue.number)),
            ("nps", f.nps.map { .object(record([
                ("promoters", .number(Double($0.promoters))),
                ("passives", .number(Double($0.passives))),
                ("detractors", .number(Double($0.detractors))),
            ], extra: $0.extra)) }),
            ("csat", f.csat.map { .object(record([
                ("satisfied", .number(Double($0.satisfied))),
                ("responses", .number(Double($0.responses))),
            ], extra: $0.extra)) }),
            ("issueResolutionDays", f.issueResolutionDays.map(JSONValue.number)),
            ("turnaroundDays", f.turnaroundDays.map(JSONValue.number)),
            ("retention", f.retention.map(JSONValue.number)),
            ("custom", custom.isEmpty ? nil : .object(JSONObject(custom))),
        ], extra: f.extra)
    }

    private static func costToServe(_ c: CostToServe) -> JSONObject {
        record(CostCategory.allCases.map { ($0.rawValue, .number(c[$0])) }, extra: c.extra)
    }

    static func contact(_ c: Contact) -> JSONObject {
        record([
            ("id", .string(c.id)),
            ("name", .string(c.name)),
            ("title", .string(c.title)),
            ("role", .string(c.role.rawValue)),
            ("attitude", .string(c.attitude.rawValue)),
            ("coverage", .string(c.coverage.rawValue)),
            ("senior", .bool(c.senior)),
            ("since", c.since.map { .string($0.description) }),
        ], extra: c.extra)
    }

    static func activity(_ a: Activity) -> JSONObject {
        record([
            ("id", .string(a.id)),
            ("date", .string(a.date.description)),
            ("kind", .string(a.kind.rawValue)),
            ("contact", a.contact.map(JSONValue.string)),
            ("text", .string(a.text)),
        ], extra: a.extra)
    }

    static func opportunity(_ o: Opportunity) -> JSONObject {
        record([
            ("id", .string(o.id)),
            ("name", .string(o.name)),
            ("stage", .string(o.stage.rawValue)),
            ("value", .number(o.value)),
            ("expectedClose", .string(o.expectedClose.description)),
            ("lastChanged", .string(o.lastChanged.description)),
        ], extra: o.extra)
    }

    static func objective(_ o: Objective) -> JSONObject {
        record([
            ("id", .string(o.id)),
            ("title", .string(o.title)),
            ("status", .string(o.status.rawValue)),
            ("due", o.due.map { .string($0.description) }),
            ("completedOn", o.completedOn.map { .string($0.description) }),
        ], extra: o.extra)
    }

    private static func scorecard(_ s: ScorecardDefinition) -> JSONLayout {
        var members: [(key: String, value: JSONLayout)] = [
            ("perspectives", .expandedArray(s.perspectives.map(perspective))),
            ("overrides", .expandedArray(s.overrides.map { .inline(.object(override($0))) })),
        ]
        members += expanded(s.extra)
        return .expandedObject(members)
    }

    static func perspective(_ p: Perspective) -> JSONLayout {
        var members = expanded(record([
            ("id", .string(p.id)),
            ("name", .string(p.name)),
            ("weight", .number(p.weight)),
        ], extra: JSONObject()))
        members.append(("kpis", .expandedArray(p.kpis.map { .inline(.object(kpi($0))) })))
        members += expanded(p.extra)
        return .expandedObject(members)
    }

    static func kpi(_ k: KPI) -> JSONObject {
        record([
            ("id", .string(k.id)),
            ("name", .string(k.name)),
            ("metric", .string(k.metric.description)),
            ("target", .number(k.target)),
            ("direction", .string(k.direction.rawValue)),
            ("weight", .number(k.weight)),
            ("tolerance", .number(k.tolerance)),
        ], extra: k.extra)
    }

    static func override(_ o: StatusOverride) -> JSONObject {
        record([
            ("kpi", .string(o.kpi)),
            ("account", o.account.map(JSONValue.string)),
            ("quarter", .string(o.quarter.description)),
            ("status", .string(o.status.rawValue)),
            ("reason", .string(o.reason)),
            ("expires", .string(o.expires.description)),
            ("setBy", o.setBy.map(JSONValue.string)),
        ], extra: o.extra)
    }
}
