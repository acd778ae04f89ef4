extension ScorecardDefinition {
    /// The balanced scorecard a new workspace starts with: four perspectives, four KPIs each.
    ///
    /// Targets are quarterly and per account; roll-ups compare the aggregated figure with
    /// the same target.
    public static let standard = ScorecardDefinition(perspectives: [
        Perspective(id: "financial", name: "Financial", kpis: [
            KPI(id: "revenue-growth", name: "Revenue growth YoY", metric: .builtIn(.revenueGrowthYoY),
                target: 5, weight: 2, tolerance: 0.5),
            KPI(id: "gross-margin", name: "Gross margin", metric: .builtIn(.grossMargin),
                target: 30, weight: 1, tolerance: 0.1),
            KPI(id: "operating-margin", name: "Operating margin", metric: .builtIn(.operatingMargin),
                target: 12, weight: 2, tolerance: 0.25),
            KPI(id: "share-of-wallet", name: "Share of wallet", metric: .builtIn(.shareOfWallet),
                target: 40, weight: 1, tolerance: 0.2),
        ]),
        Perspective(id: "customer", name: "Customer", kpis: [
            KPI(id: "nps", name: "Net promoter score", metric: .builtIn(.nps),
                target: 30, weight: 2, tolerance: 0.3),
            KPI(id: "csat", name: "Customer satisfaction", metric: .builtIn(.csat),
                target: 85, weight: 1, tolerance: 0.1),
            KPI(id: "retention", name: "Retention", metric: .builtIn(.retention),
                target: 90, weight: 2, tolerance: 0.05),
            KPI(id: "relationship-depth", name: "Relationship depth", metric: .builtIn(.relationshipDepth),
                target: 60, weight: 1, tolerance: 0.2),
        ]),
        Perspective(id: "internal", name: "Internal process", kpis: [
            KPI(id: "issue-resolution", name: "Issue resolution days", metric: .builtIn(.issueResolutionDays),
                target: 3, direction: .lowerIsBetter, weight: 1, tolerance: 0.3),
            KPI(id: "turnaround", name: "Turnaround days", metric: .builtIn(.turnaroundDays),
                target: 5, direction: .lowerIsBetter, weight: 1, tolerance: 0.2),
            KPI(id: "cost-to-serve", name: "Cost to serve / revenue", metric: .builtIn(.costToServeRatio),
                target: 12, direction: .lowerIsBetter, weight: 2, tolerance: 0.25),
            KPI(id: "meeting-cadence", name: "Meetings and calls", metric: .builtIn(.meetingsPerQuarter),
                target: 4, weight: 1, tolerance: 0.25),
        ]),
        Perspective(id: "learning", name: "Learning and growth", kpis: [
            KPI(id: "plan-completion", name: "Account plan completion", metric: .builtIn(.planCompletion),
                target: 70, weight: 2, tolerance: 0.2),
            KPI(id: "new-contacts", name: "New contacts", metric: .builtIn(.newContacts),
                target: 1, weight: 1, tolerance: 0.5),
            KPI(id: "co-developed", name: "Solutions co-developed", metric: .custom("solutionsCoDeveloped"),
                target: 1, weight: 1, tolerance: 0.5),
            KPI(id: "training", name: "Training hours", metric: .custom("trainingHours"),
                target: 8, weight: 1, tolerance: 0.25),
        ]),
    ])
}
