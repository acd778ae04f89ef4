import KamModel

/// The forms for the scorecard: a KPI's target, weight and tolerance, a perspective's
/// weight, and status overrides with their reason and expiry.
enum ScorecardForms {
    static func kpi(_ kpi: KPI, perspective: String) -> EditForm {
        let directions = [FieldChoice(Direction.higherIsBetter.rawValue, "Higher is better"),
                          FieldChoice(Direction.lowerIsBetter.rawValue, "Lower is better")]
        let fields = [
            FormField("name", "Name", value: kpi.name, check: .required),
            FormField("target", "Target", kind: .typed, value: FieldText.number(kpi.target), check: .requiredAmount,
                      note: kpi.metric.description),
            FormField("direction", "Direction", kind: .choice(directions), value: kpi.direction.rawValue, check: .required),
            FormField("weight", "Weight", kind: .typed, value: FieldText.number(kpi.weight),
                      check: .requiredNonNegative),
            FormField("tolerance", "Amber tolerance", kind: .typed, value: FieldText.percent(kpi.tolerance),
                      check: .tolerance, note: "of the target: 10% or 0.1"),
        ]
        return EditForm(title: "KPI \(kpi.name)", fields: fields, purpose: .kpi(perspective: perspective, kpi), focus: 1)
    }

    static func kpi(from form: EditForm, original: KPI) -> KPI {
        var kpi = original
        kpi.name = form.string("name")
        kpi.target = form.number("target") ?? kpi.target
        kpi.direction = form.choice("direction", as: Direction.self) ?? kpi.direction
        kpi.weight = form.number("weight") ?? kpi.weight
        kpi.tolerance = form.number("tolerance") ?? kpi.tolerance
        return kpi
    }

    static func perspective(_ perspective: Perspective) -> EditForm {
        let fields = [
            FormField("name", "Name", value: perspective.name, check: .required),
            FormField("weight", "Weight", kind: .typed, value: FieldText.number(perspective.weight),
                      check: .requiredNonNegative, note: "in the overall score"),
        ]
        return EditForm(title: "Perspective \(perspective.name)", fields: fields, purpose: .perspective(perspective),
                        focus: 1)
    }

    static func perspective(from form: EditForm, original: Perspective) -> Perspective {
        var perspective = original
        perspective.name = form.string("name")
        perspective.weight = form.number("weight") ?? perspective.weight
        return perspective
    }

    /// Adding or changing a status override, opened from `account`'s page (or for every account).
    static func override(_ override: StatusOverride?, account: Account?, workspace: Workspace, quarter: Quarter,
                         today: Day) -> EditForm {
        let kpis = workspace.scorecard.kpis.map { FieldChoice($0.id, $0.name) }
        var scopes = [FieldChoice("", "Every account")]
        if let id = override?.account ?? account?.id {
            scopes.insert(FieldChoice(id, workspace.account(id: id)?.name ?? id), at: 0)
        }
        let managers = [FieldChoice("", "(not recorded)")] + workspace.managers.map { FieldChoice($0.id, $0.name) }
        let fields = [
            FormField("kpi", "KPI", kind: .choice(kpis), value: override?.kpi ?? kpis.first?.id ?? "", check: .required),
            FormField("account", "Applies to", kind: .choice(scopes), value: override?.account ?? account?.id ?? ""),
            FormField("quarter", "Quarter", kind: .typed, value: (override?.quarter ?? quarter).description,
                      check: .quarter(), note: "2025Q3"),
            FormField("status", "Status", kind: .choice(FieldText.choices(RAGStatus.self, title: \.title)),
                      value: (override?.status ?? .amber).rawValue, check: .required),
            FormField("reason", "Reason", value: override?.reason ?? "", check: .required),
            FormField("expires", "Expires", kind: .typed, value: (override?.expires ?? quarter.lastDay).description,
                      check: .date, note: "last day it holds"),
            FormField("setBy", "Set by", kind: .choice(managers), value: override?.setBy ?? account?.manager ?? ""),
        ]
        let title = override == nil ? "Override a KPI status" : "Edit status override"
        return EditForm(title: title, fields: fields, purpose: .override(account: account?.id, override))
    }

    static func override(from form: EditForm, original: StatusOverride?, quarter: Quarter, today: Day) -> StatusOverride {
        var result = original ?? StatusOverride(kpi: "", quarter: quarter, status: .amber, reason: "", expires: today)
        result.kpi = form.string("kpi")
        let account = form.string("account")
        result.account = account.isEmpty ? nil : account
        result.quarter = form.quarter("quarter") ?? result.quarter
        result.status = form.choice("status", as: RAGStatus.self) ?? result.status
        result.reason = form.string("reason")
        result.expires = form.day("expires") ?? result.expires
        let setBy = form.string("setBy")
        result.setBy = setBy.isEmpty ? nil : setBy
        return result
    }
}
