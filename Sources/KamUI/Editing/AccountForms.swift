import KamModel

/// The forms for an account's profile, a quarter's figures and its cost-to-serve lines.
enum AccountForms {
    /// Adding (`account` nil) or editing an account: every profile field, tier, status list, ratings.
    static func account(_ account: Account?, workspace: Workspace) -> EditForm {
        var fields: [FormField] = []
        if account == nil {
            fields.append(FormField("id", "Id", value: suggestedID(workspace), isRequired: true,
                                    rules: [.identifier, .notIn(workspace.accounts.map(\.id), message: "an account has this id")]))
        }
        let managers = workspace.managers.map { FieldChoice($0.id, $0.name) }
        let managerField = managers.isEmpty
            ? FormField("manager", "Manager", value: account?.manager ?? "", isRequired: true, note: "manager id")
            : FormField("manager", "Manager", kind: .choice(managers),
                        value: account?.manager ?? managers[0].id, isRequired: true)
        fields += [
            FormField("name", "Name", value: account?.name ?? "", isRequired: true),
            managerField,
            FormField("segment", "Segment", value: account?.segment ?? workspace.segments.first ?? "", isRequired: true),
            FormField("industry", "Industry", value: account?.industry ?? ""),
            FormField("tier", "Tier", kind: .choice(FieldText.choices(Tier.self, title: \.title)),
                      value: (account?.tier ?? .other).rawValue, isRequired: true),
            FormField("status", "Status list", kind: .choice(FieldText.choices(AccountStatus.self, title: \.title)),
                      value: (account?.status ?? .new).rawValue, isRequired: true),
            FormField("attractiveness", "Attractiveness", kind: .number(percent: false),
                      value: FieldText.number(account?.attractiveness), rules: [.range(min: 1, max: 5)], note: "1-5"),
            FormField("relationshipStrength", "Relationship", kind: .number(percent: false),
                      value: FieldText.number(account?.relationshipStrength), rules: [.range(min: 1, max: 5)], note: "1-5"),
            FormField("notes", "Notes", kind: .lines, value: FieldText.escaped(account?.notes ?? ""), note: "\\n new line"),
        ]
        let title = account.map { "Edit account \($0.name)" } ?? "Add account"
        return EditForm(title: title, fields: fields, purpose: .account(account), focus: account == nil ? 1 : 0)
    }

    /// An id not yet taken: `A-0061` after 60 accounts named like that, else `account-N`.
    static func suggestedID(_ workspace: Workspace) -> String {
        let taken = Set(workspace.accounts.map(\.id))
        var n = workspace.accounts.count + 1
        let prefix = workspace.accounts.last.map { id in String(id.id.prefix { !$0.isNumber }) } ?? "account-"
        let digits = workspace.accounts.last.map { $0.id.filter(\.isNumber).count } ?? 0
        while true {
            let number = String(n)
            let id = prefix + String(repeating: "0", count: max(0, digits - number.count)) + number
            if !taken.contains(id) { return id }
            n += 1
        }
    }

    /// The account the form describes: the original with the form's values (records and
    /// figures kept), or a new one.
    static func account(from form: EditForm, original: Account?) -> Account {
        var account = original ?? Account(id: form.string("id"), name: "", manager: "", segment: "")
        account.name = form.string("name")
        account.manager = form.string("manager")
        account.segment = form.string("segment")
        account.industry = form.string("industry")
        account.tier = form.choice("tier", as: Tier.self) ?? account.tier
        account.status = form.choice("status", as: AccountStatus.self) ?? account.status
        account.attractiveness = form.number("attractiveness")
        account.relationshipStrength = form.number("relationshipStrength")
        account.notes = form.lines("notes")
        return account
    }

    // MARK: Figures

    /// A quarter's figures; `quarter` nil adds figures for a quarter the form asks for.
    static func figures(account: Account, quarter: Quarter?, suggested: Quarter) -> EditForm {
        let figures = quarter.flatMap { account.quarters[$0] }
        var fields: [FormField] = []
        if quarter == nil {
            let taken = account.quarters.keys.sorted().map(\.description)
            fields.append(FormField("quarter", "Quarter", kind: .quarter, value: suggested.description, isRequired: true,
                                    rules: [.notIn(taken, message: "has figures already; edit them instead")],
                                    note: "2025Q3"))
        }
        fields += [
            FormField("revenue", "Revenue", kind: .number(percent: false), value: FieldText.number(figures?.revenue)),
            FormField("grossProfit", "Gross profit", kind: .number(percent: false),
                      value: FieldText.number(figures?.grossProfit)),
            FormField("categorySpend", "Category spend", kind: .number(percent: false),
                      value: FieldText.number(figures?.categorySpend), rules: [.range(min: 0, max: nil)]),
            FormField("promoters", "NPS promoters", kind: .count, value: FieldText.count(figures?.nps?.promoters),
                      note: "answers 9-10"),
            FormField("passives", "NPS passives", kind: .count, value: FieldText.count(figures?.nps?.passives),
                      note: "answers 7-8"),
            FormField("detractors", "NPS detractors", kind: .count, value: FieldText.count(figures?.nps?.detractors),
                      note: "answers 0-6"),
            FormField("satisfied", "CSAT satisfied", kind: .count, value: FieldText.count(figures?.csat?.satisfied),
                      rules: [.atMostField("responses")]),
            FormField("responses", "CSAT responses", kind: .count, value: FieldText.count(figures?.csat?.responses)),
            FormField("issueResolutionDays", "Issue days", kind: .number(percent: false),
                      value: FieldText.number(figures?.issueResolutionDays), rules: [.range(min: 0, max: nil)],
                      note: "average days to resolve"),
            FormField("turnaroundDays", "Turnaround days", kind: .number(percent: false),
                      value: FieldText.number(figures?.turnaroundDays), rules: [.range(min: 0, max: nil)]),
            FormField("retention", "Retention", kind: .number(percent: true),
                      value: FieldText.percent(figures?.retention), rules: [.range(min: 0, max: 100)], note: "%"),
        ]
        let title = quarter.map { "\($0) figures of \(account.name)" } ?? "Add figures for \(account.name)"
        return EditForm(title: title, fields: fields, purpose: .figures(account: account.id, quarter: quarter, figures))
    }

    /// The figures the form describes, keeping cost to serve, custom measures and unknown fields.
    static func figures(from form: EditForm, original: QuarterFigures?) -> QuarterFigures {
        var figures = original ?? QuarterFigures()
        figures.revenue = form.number("revenue")
        figures.grossProfit = form.number("grossProfit")
        figures.categorySpend = form.number("categorySpend")
        let nps = [form.count("promoters"), form.count("passives"), form.count("detractors")]
        if nps.allSatisfy({ $0 == nil }) {
            figures.nps = nil
        } else {
            var survey = figures.nps ?? NPSSurvey(promoters: 0, passives: 0, detractors: 0)
            survey.promoters = nps[0] ?? 0
            survey.passives = nps[1] ?? 0
            survey.detractors = nps[2] ?? 0
            figures.nps = survey
        }
        if form.count("satisfied") == nil && form.count("responses") == nil {
            figures.csat = nil
        } else {
            var survey = figures.csat ?? CSATSurvey(satisfied: 0, responses: 0)
            survey.satisfied = form.count("satisfied") ?? 0
            survey.responses = form.count("responses") ?? 0
            figures.csat = survey
        }
        figures.issueResolutionDays = form.number("issueResolutionDays")
        figures.turnaroundDays = form.number("turnaroundDays")
        figures.retention = form.number("retention")
        return figures
    }

    // MARK: Cost to serve

    /// The cost-to-serve lines of a quarter, one field per category.
    static func costToServe(account: Account, quarter: Quarter) -> EditForm {
        let figures = account.quarters[quarter]
        let fields = CostCategory.allCases.map { category in
            FormField(category.rawValue, category.title, kind: .number(percent: false),
                      value: FieldText.number(figures?.costToServe?[category]))
        }
        return EditForm(title: "\(quarter) cost to serve of \(account.name)", fields: fields,
                        purpose: .costToServe(account: account.id, quarter: quarter, figures))
    }

    /// The figures with the form's cost-to-serve lines; all lines empty clears the cost.
    static func costToServe(from form: EditForm, original: QuarterFigures?) -> QuarterFigures {
        var figures = original ?? QuarterFigures()
        let values = CostCategory.allCases.map { form.number($0.rawValue) }
        if values.allSatisfy({ $0 == nil }) {
            figures.costToServe = nil
        } else {
            var cost = figures.costToServe ?? CostToServe()
            for (category, value) in zip(CostCategory.allCases, values) { cost[category] = value ?? 0 }
            figures.costToServe = cost
        }
        return figures
    }
}
