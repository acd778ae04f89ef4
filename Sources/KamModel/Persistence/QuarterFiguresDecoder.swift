/// Decodes an account's `quarters` object: figures keyed by quarter (`2025Q3`).
enum QuarterFiguresDecoder {
    static func decodeQuarters(_ r: ObjectReader) -> QuarterSeries {
        var quarters = QuarterSeries()
        quarters.reserveCapacity(r.object.members.count)
        var seen = Set<String>()
        for member in r.object.members where seen.insert(member.key).inserted {
            let path = r.path / member.key
            let quarter = Quarter(member.key)
            if quarter == nil {
                r.sink.report(path, "\"\(member.key)\" is not a quarter; expected YYYYQn with n from 1 to 4, such as 2025Q3")
            }
            guard let figures = ObjectReader(member.value, at: path, sink: r.sink).map(decodeFigures),
                  let quarter else { continue }
            quarters[quarter] = figures
        }
        return quarters
    }

    static func decodeFigures(_ r: ObjectReader) -> QuarterFigures {
        QuarterFigures(
            revenue: r.number("revenue"),
            grossProfit: r.number("grossProfit"),
            costToServe: decodeCostToServe(r),
            categorySpend: r.number("categorySpend"),
            nps: r.object("nps").flatMap(decodeNPS),
            csat: r.object("csat").flatMap(decodeCSAT),
            issueResolutionDays: r.number("issueResolutionDays"),
            turnaroundDays: r.number("turnaroundDays"),
            retention: r.number("retention"),
            custom: r.object("custom").map(decodeCustom) ?? [:],
            extra: r.extra(known: WorkspaceKeys.quarterFigures)
        )
    }

    private static func decodeCostToServe(_ figures: ObjectReader) -> CostToServe? {
        guard let r = figures.object("costToServe") else { return nil }
        return CostToServe(
            sales: r.number("sales") ?? 0,
            accountTeam: r.number("accountTeam") ?? 0,
            support: r.number("support") ?? 0,
            logistics: r.number("logistics") ?? 0,
            other: r.number("other") ?? 0,
            extra: r.extra(known: WorkspaceKeys.costToServe)
        )
    }

    /// The survey, or nil when a count is missing or malformed (reported), so that no
    /// check runs on a made-up count.
    private static func decodeNPS(_ r: ObjectReader) -> NPSSurvey? {
        let promoters = r.requiredInteger("promoters")
        let passives = r.requiredInteger("passives")
        let detractors = r.requiredInteger("detractors")
        guard let promoters, let passives, let detractors else { return nil }
        return NPSSurvey(promoters: promoters, passives: passives, detractors: detractors, extra: r.extra(known: WorkspaceKeys.nps))
    }

    /// The survey, or nil when a count is missing or malformed (reported).
    private static func decodeCSAT(_ r: ObjectReader) -> CSATSurvey? {
        let satisfied = r.requiredInteger("satisfied")
        let responses = r.requiredInteger("responses")
        guard let satisfied, let responses else { return nil }
        return CSATSurvey(satisfied: satisfied, responses: responses, extra: r.extra(known: WorkspaceKeys.csat))
    }

    private static func decodeCustom(_ r: ObjectReader) -> [String: Double] {
        var custom: [String: Double] = [:]
        for member in r.object.members where custom[member.key] == nil {
            if let value = r.number(member.key) { custom[member.key] = value }
        }
        return custom
    }
}
