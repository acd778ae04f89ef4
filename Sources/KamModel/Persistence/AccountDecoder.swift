/// Decodes an account and its relationship records (contacts, activities, opportunities, objectives).
enum AccountDecoder {
    static func decode(_ r: ObjectReader) -> Account {
        Account(
            id: r.requiredString("id"),
            name: r.requiredString("name"),
            manager: r.requiredString("manager"),
            segment: r.requiredString("segment"),
            industry: r.string("industry") ?? "",
            tier: r.enumeration("tier", "tier") ?? .other,
            status: r.enumeration("status", "account status") ?? .existing,
            attractiveness: r.number("attractiveness"),
            relationshipStrength: r.number("relationshipStrength"),
            notes: r.string("notes") ?? "",
            quarters: r.object("quarters").map(QuarterFiguresDecoder.decodeQuarters) ?? [:],
            contacts: r.objects("contacts").map(decodeContact),
            activities: r.objects("activities").map(decodeActivity),
            opportunities: r.objects("opportunities").map(decodeOpportunity),
            objectives: r.objects("objectives").map(decodeObjective),
            extra: r.extra(known: WorkspaceKeys.account)
        )
    }

    static func decodeContact(_ r: ObjectReader) -> Contact {
        Contact(
            id: r.requiredString("id"),
            name: r.requiredString("name"),
            title: r.string("title") ?? "",
            role: r.enumeration("role", "buying role") ?? .user,
            attitude: r.enumeration("attitude", "attitude") ?? .neutral,
            coverage: r.enumeration("coverage", "coverage") ?? .none,
            senior: r.bool("senior") ?? false,
            since: r.day("since"),
            extra: r.extra(known: WorkspaceKeys.contact)
        )
    }

    static func decodeActivity(_ r: ObjectReader) -> Activity {
        Activity(
            id: r.requiredString("id"),
            date: r.requiredDay("date") ?? fallbackDay,
            kind: r.requiredEnumeration("kind", "activity kind") ?? .note,
            text: r.string("text") ?? "",
            contact: r.string("contact"),
            extra: r.extra(known: WorkspaceKeys.activity)
        )
    }

    static func decodeOpportunity(_ r: ObjectReader) -> Opportunity {
        Opportunity(
            id: r.requiredString("id"),
            name: r.requiredString("name"),
            stage: r.requiredEnumeration("stage", "opportunity stage") ?? .contacted,
            value: r.requiredNumber("value"),
            expectedClose: r.requiredQuarter("expectedClose") ?? fallbackDay.quarter,
            lastChanged: r.requiredDay("lastChanged") ?? fallbackDay,
            extra: r.extra(known: WorkspaceKeys.opportunity)
        )
    }

    static func decodeObjective(_ r: ObjectReader) -> Objective {
        Objective(
            id: r.requiredString("id"),
            title: r.requiredString("title"),
            status: r.enumeration("status", "objective status") ?? .notStarted,
            due: r.quarter("due"),
            completedOn: r.day("completedOn"),
            extra: r.extra(known: WorkspaceKeys.objective)
        )
    }

    /// Stands in for a required date that is missing or malformed (already reported).
    static let fallbackDay = Day(daysSinceEpoch: 0)
}
