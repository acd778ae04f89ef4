/// Values that must be finite and in range: ratings, retention, survey counts, weights,
/// tolerances, settings, currency code.
enum RangeRules {
    /// Reports every problem; the accounts for which `skippingAccount` says true are not looked at.
    static func check(_ workspace: Workspace, _ sink: ProblemSink, skippingAccount: (Int) -> Bool = { _ in false }) {
        checkCurrency(workspace.currency, sink)
        checkSettings(workspace.settings, at: .root / "settings", sink)
        // Each account read where it is: a copy would count a reference to each of its texts.
        workspace.accounts.withUnsafeBufferPointer { accounts in
            for i in accounts.indices where !skippingAccount(i) {
                func path() -> FieldPath { (FieldPath.root / "accounts")[i] }
                rating(accounts[i].attractiveness, at: path() / "attractiveness", sink)
                rating(accounts[i].relationshipStrength, at: path() / "relationshipStrength", sink)
                accounts[i].quarters.forEachInPlace { quarter, figures in
                    checkFigures(figures, at: path() / "quarters" / quarter.description, sink)
                }
                let records = accounts[i].records
                for o in 0..<records.opportunityCount {
                    atLeastZero(records.opportunityValue(o), at: (path() / "opportunities")[o] / "value", sink)
                }
            }
        }
        for (p, perspective) in workspace.scorecard.perspectives.enumerated() {
            let path = (FieldPath.root / "scorecard" / "perspectives")[p]
            atLeastZero(perspective.weight, at: path / "weight", sink)
            for (k, kpi) in perspective.kpis.enumerated() {
                let kpiPath = (path / "kpis")[k]
                finite(kpi.target, at: kpiPath / "target", sink)
                atLeastZero(kpi.weight, at: kpiPath / "weight", sink)
                atLeastZero(kpi.tolerance, at: kpiPath / "tolerance", sink)
            }
        }
    }

    private static func checkCurrency(_ currency: String, _ sink: ProblemSink) {
        let letters = Array(currency.utf8)
        if letters.count != 3 || !letters.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            sink.report(.root / "currency", "must be a three-letter ISO 4217 code such as EUR; found \"\(currency)\"")
        }
    }

    private static func checkSettings(_ s: Settings, at path: FieldPath, _ sink: ProblemSink) {
        if s.staleOpportunityDays < 1 { sink.report(path / "staleOpportunityDays", "must be at least 1; found \(s.staleOpportunityDays)") }
        if s.noContactDays < 1 { sink.report(path / "noContactDays", "must be at least 1; found \(s.noContactDays)") }
        between(s.discountRate, 0, 1, at: path / "discountRate", sink)
        between(s.abcThresholdA, 0, 1, at: path / "abcThresholdA", sink)
        between(s.abcThresholdB, 0, 1, at: path / "abcThresholdB", sink)
        if s.abcThresholdB < s.abcThresholdA {
            sink.report(path / "abcThresholdB", "must not be below abcThresholdA (\(format(s.abcThresholdB)) < \(format(s.abcThresholdA)))")
        }
    }

    private static func checkFigures(_ f: QuarterFigures, at lazyPath: @autoclosure () -> FieldPath, _ sink: ProblemSink) {
        func path() -> FieldPath { lazyPath() }
        finite(f.revenue, at: path() / "revenue", sink)
        finite(f.grossProfit, at: path() / "grossProfit", sink)
        if let cost = f.costToServe {
            finite(cost.sales, at: path() / "costToServe" / CostCategory.sales.rawValue, sink)
            finite(cost.accountTeam, at: path() / "costToServe" / CostCategory.accountTeam.rawValue, sink)
            finite(cost.support, at: path() / "costToServe" / CostCategory.support.rawValue, sink)
            finite(cost.logistics, at: path() / "costToServe" / CostCategory.logistics.rawValue, sink)
            finite(cost.other, at: path() / "costToServe" / CostCategory.other.rawValue, sink)
        }
        atLeastZero(f.categorySpend, at: path() / "categorySpend", sink)
        atLeastZero(f.issueResolutionDays, at: path() / "issueResolutionDays", sink)
        atLeastZero(f.turnaroundDays, at: path() / "turnaroundDays", sink)
        between(f.retention, 0, 1, at: path() / "retention", sink)
        if let nps = f.nps {
            count(nps.promoters, at: path() / "nps" / "promoters", sink)
            count(nps.passives, at: path() / "nps" / "passives", sink)
            count(nps.detractors, at: path() / "nps" / "detractors", sink)
        }
        if let csat = f.csat {
            count(csat.satisfied, at: path() / "csat" / "satisfied", sink)
            count(csat.responses, at: path() / "csat" / "responses", sink)
            if csat.satisfied > csat.responses {
                sink.report(path() / "csat" / "satisfied", "must not exceed responses (\(csat.satisfied) > \(csat.responses))")
            }
        }
        for (name, value) in f.customFigures {  // in name order
            finite(value, at: path() / "custom" / name, sink)
        }
    }

    // MARK: Rules

    private static func finite(_ value: Double?, at path: @autoclosure () -> FieldPath, _ sink: ProblemSink) {
        if let value, !value.isFinite { sink.report(path(), "must be a finite number") }
    }

    private static func atLeastZero(_ value: Double?, at path: @autoclosure () -> FieldPath, _ sink: ProblemSink) {
        guard let value else { return }
        if !value.isFinite {
            sink.report(path(), "must be a finite number")
        } else if value < 0 {
            sink.report(path(), "must not be negative; found \(format(value))")
        }
    }

    private static func between(_ value: Double?, _ low: Double, _ high: Double, at path: @autoclosure () -> FieldPath, _ sink: ProblemSink) {
        guard let value else { return }
        if !value.isFinite {
            sink.report(path(), "must be a finite number")
        } else if value < low || value > high {
            sink.report(path(), "must be between \(format(low)) and \(format(high)); found \(format(value))")
        }
    }

    private static func rating(_ value: Double?, at path: @autoclosure () -> FieldPath, _ sink: ProblemSink) {
        between(value, 1, 5, at: path(), sink)
    }

    private static func count(_ value: Int, at path: @autoclosure () -> FieldPath, _ sink: ProblemSink) {
        if value < 0 { sink.report(path(), "must not be negative; found \(value)") }
    }

    /// A number as the file writes it (`7`, not `7.0`).
    static func format(_ value: Double) -> String {
        var bytes: [UInt8] = []
        JSONWriter.appendNumber(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
