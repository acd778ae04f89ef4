import KamModel

/// The forms for an account's profile, a quarter's figures and its cost-to-serve lines.
enum AccountForms {
    /// Adding (`account` nil) or editing an account: every profile field, tier, status list, ratings.
    static func account(_ account: Account?, workspace: Workspace) -> EditForm {
        var fields: [FormField] = []
        if account == nil {
            fields.append(FormField("id", "Id", value: suggestedID(workspace),
                                    check: .newID(taken: workspace.accounts.map(\.id), kind: "account")))
        }
        let managers = workspace.managers.map { FieldChoice($0.id, $0.name) }
        let managerField = managers.isEmpty
            ? FormField("manager", "Manager", value: account?.manager ?? "", check: .required, note: "manager id")
            : FormField("manager", "Manager", kind: .choice(managers),
                        value: account?.manager ?? managers[0].id, check: .required)
        fields += [
            FormField("name", "Name", value: account?.name ?? "", check: .required),
            managerField,
            FormField("segment", "Segment", value: account?.segment ?? workspace.segments.first ?? "", check: .required),
            FormField("industry", "Industry", value: account?.industry ?? ""),
            FormField("tier", "Tier", kind: .choice(FieldText.choices(Tier.self, title: \.title)),
                      value: (account?.tier ?? .other).rawValue, check: .required),
            FormField("status", "Status list", kind: .choice(FieldText.choices(AccountStatus.self, title: \.title)),
                      value: (account?.status ?? .new).rawValue, check: .required),
            FormField("attractiveness", "Attractiveness", kind: .typed,
                      value: FieldText.number(account?.attractiveness), check: .rating, note: "1-5"),
            FormField("relationshipStrength", "Relationship", kind: .typed,
                      value: FieldText.number(account?.relationshipStrength), check: .rating, note: "1-5"),
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
            fields.append(FormField("quarter", "Quarter", kind: .typed, value: suggested.description,
                                    check: .quarter(taken: taken, message: "has figures already; edit them instead"),
                                    note: "2025Q3"))
        }
        fields += [
            FormField("revenue", "Revenue", kind: .typed, value: FieldText.number(figures?.revenue), check: .amount,
                      note: "12k, 1.2m"),
            FormField("grossProfit", "Gross profit", kind: .typed, value: FieldText.number(figures?.grossProfit),
                      check: .amount),
            FormField("categorySpend", "Category spend", kind: .typed, value: FieldText.number(figures?.categorySpend),
                      check: .nonNegative, note: "their spend in our category"),
            FormField("promoters", "NPS promoters", kind: .typed, value: FieldText.count(figures?.nps?.promoters),
                      check: .count, note: "answers 9-10"),
            FormField("passives", "NPS passives", kind: .typed, value: FieldText.count(figures?.nps?.passives),
                      check: .count, note: "answers 7-8"),
            FormField("detractors", "NPS detractors", kind: .typed, value: FieldText.count(figures?.nps?.detractors),
                      check: .count, note: "answers 0-6"),
            FormField("satisfied", "CSAT satisfied", kind: .typed, value: FieldText.count(figures?.csat?.satisfied),
                      check: .atMostCount(of: "responses")),
            FormField("responses", "CSAT responses", kind: .typed, value: FieldText.count(figures?.csat?.responses),
                      check: .count),
            FormField("issueResolutionDays", "Issue days", kind: .typed,
                      value: FieldText.number(figures?.issueResolutionDays), check: .nonNegative,
                      note: "average days to resolve"),
            FormField("turnaroundDays", "Turnaround days", kind: .typed,
                      value: FieldText.number(figures?.turnaroundDays), check: .nonNegative),
            FormField("retention", "Retention", kind: .typed, value: FieldText.percent(figures?.retention),
                      check: .fraction, note: "92% or 0.92"),
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
            FormField(category.rawValue, category.title, kind: .typed,
                      value: FieldText.number(figures?.costToServe?[category]), check: .amount)
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
