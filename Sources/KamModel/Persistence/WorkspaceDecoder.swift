/// Turns a current-version JSON document into a `Workspace`, reporting every problem.
///
/// Decoding checks shapes: types, required members, enum values, date and quarter
/// formats, metric names. It always returns a best-effort workspace so that the semantic
/// checks (`WorkspaceValidation`) can run over it too. Which members are required and what
/// the others default to is documented in `docs/workspace-format.md`.
enum WorkspaceDecoder {
    static func decode(_ root: JSONValue, sink: ProblemSink) -> Workspace {
        guard let r = ObjectReader(root, at: .root, sink: sink) else { return Workspace(name: "") }
        let scorecard = r.object("scorecard").map(ScorecardDecoder.decode) ?? (r.value("scorecard") == nil ? .standard : ScorecardDefinition())
        return Workspace(
            schemaVersion: Workspace.currentSchemaVersion,
            name: r.requiredString("name"),
            currency: r.string("currency") ?? "EUR",
            settings: r.object("settings").map(decodeSettings) ?? Settings(),
            managers: r.objects("managers").map(decodeManager),
            accounts: r.objects("accounts").map(AccountDecoder.decode),
            scorecard: scorecard,
            extra: r.extra(known: WorkspaceKeys.workspace)
        )
    }

    static func decodeSettings(_ r: ObjectReader) -> Settings {
        let defaults = Settings()
        return Settings(
            staleOpportunityDays: r.integer("staleOpportunityDays") ?? defaults.staleOpportunityDays,
            noContactDays: r.integer("noContactDays") ?? defaults.noContactDays,
            discountRate: r.number("discountRate") ?? defaults.discountRate,
            abcThresholdA: r.number("abcThresholdA") ?? defaults.abcThresholdA,
            abcThresholdB: r.number("abcThresholdB") ?? defaults.abcThresholdB,
            extra: r.extra(known: WorkspaceKeys.settings)
        )
    }

    static func decodeManager(_ r: ObjectReader) -> Manager {
        Manager(
            id: r.requiredString("id"),
            name: r.requiredString("name"),
            email: r.string("email"),
            extra: r.extra(known: WorkspaceKeys.manager)
        )
    }
}
