/// Decodes the scorecard: perspectives with their KPIs, and status overrides.
enum ScorecardDecoder {
    static func decode(_ r: ObjectReader) -> ScorecardDefinition {
        ScorecardDefinition(
            perspectives: r.objects("perspectives").map(decodePerspective),
            overrides: r.objects("overrides").map(decodeOverride),
            extra: r.extra(known: WorkspaceKeys.scorecard)
        )
    }

    static func decodePerspective(_ r: ObjectReader) -> Perspective {
        Perspective(
            id: r.requiredString("id"),
            name: r.requiredString("name"),
            weight: r.number("weight") ?? 1,
            kpis: r.objects("kpis").map(decodeKPI),
            extra: r.extra(known: WorkspaceKeys.perspective)
        )
    }

    static func decodeKPI(_ r: ObjectReader) -> KPI {
        let defaults = KPI(id: "", name: "", metric: .builtIn(.revenue), target: 0)
        return KPI(
            id: r.requiredString("id"),
            name: r.requiredString("name"),
            metric: decodeMetric(r) ?? defaults.metric,
            target: r.requiredNumber("target"),
            direction: r.enumeration("direction", "direction") ?? defaults.direction,
            weight: r.number("weight") ?? defaults.weight,
            tolerance: r.number("tolerance") ?? defaults.tolerance,
            extra: r.extra(known: WorkspaceKeys.kpi)
        )
    }

    /// A built-in metric name or `custom:NAME`; the message lists the built-in names.
    private static func decodeMetric(_ r: ObjectReader) -> Metric? {
        guard r.value("metric") != nil else {
            r.sink.report(r.path / "metric", "is required")
            return nil
        }
        guard let text = r.string("metric") else { return nil }
        guard let metric = Metric(text) else {
            let builtIn = BuiltInMetric.allCases.map(\.rawValue).joined(separator: ", ")
            r.sink.report(r.path / "metric", "unknown metric \"\(text)\"; expected custom:NAME or one of: \(builtIn)")
            return nil
        }
        return metric
    }

    static func decodeOverride(_ r: ObjectReader) -> StatusOverride {
        StatusOverride(
            kpi: r.requiredString("kpi"),
            account: r.string("account"),
            quarter: r.requiredQuarter("quarter") ?? AccountDecoder.fallbackDay.quarter,
            status: r.requiredEnumeration("status", "status") ?? .red,
            reason: r.requiredString("reason"),
            expires: r.requiredDay("expires") ?? AccountDecoder.fallbackDay,
            setBy: r.string("setBy"),
            extra: r.extra(known: WorkspaceKeys.override)
        )
    }
}
