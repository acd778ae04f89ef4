import KamModel

/// The forms for an account's records: contacts, activities, opportunities and objectives.
enum RecordForms {
    /// A new record id in the demo's style, `ACCOUNT-C3`, not yet taken.
    static func newID(_ account: String, letter: String, taken: [String]) -> String {
        let used = Set(taken)
        var n = taken.count + 1
        while used.contains("\(account)-\(letter)\(n)") { n += 1 }
        return "\(account)-\(letter)\(n)"
    }

    // MARK: Contacts

    static func contact(_ contact: Contact?, account: Account) -> EditForm {
        let fields = [
            FormField("name", "Name", value: contact?.name ?? "", check: .required),
            FormField("title", "Job title", value: contact?.title ?? ""),
            FormField("role", "Buying role", kind: .choice(FieldText.choices(BuyingRole.self, title: \.title)),
                      value: (contact?.role ?? .user).rawValue, check: .required),
            FormField("attitude", "Attitude", kind: .choice(FieldText.choices(Attitude.self, title: \.title)),
                      value: (contact?.attitude ?? .neutral).rawValue, check: .required),
            FormField("coverage", "Coverage", kind: .choice(FieldText.choices(Coverage.self, title: \.title)),
                      value: (contact?.coverage ?? .none).rawValue, check: .required),
            FormField("senior", "Senior", kind: .yesNo, value: contact?.senior == true ? "yes" : "no"),
            FormField("since", "Known since", kind: .typed, value: contact?.since?.description ?? "", check: .optionalDate,
                      note: "YYYY-MM-DD"),
        ]
        let title = contact.map { "Edit contact \($0.name)" } ?? "Add contact to \(account.name)"
        return EditForm(title: title, fields: fields, purpose: .contact(account: account.id, contact))
    }

    static func contact(from form: EditForm, original: Contact?, account: Account) -> Contact {
        var contact = original ?? Contact(id: newID(account.id, letter: "C", taken: account.contacts.map(\.id)), name: "")
        contact.name = form.string("name")
        contact.title = form.string("title")
        contact.role = form.choice("role", as: BuyingRole.self) ?? contact.role
        contact.attitude = form.choice("attitude", as: Attitude.self) ?? contact.attitude
        contact.coverage = form.choice("coverage", as: Coverage.self) ?? contact.coverage
        contact.senior = form.flag("senior")
        contact.since = form.day("since")
        return contact
    }

    // MARK: Activities

    static func activity(_ activity: Activity?, account: Account, today: Day, kind: ActivityKind = .meeting) -> EditForm {
        let contacts = [FieldChoice("", "(nobody)")] + account.contacts.map { FieldChoice($0.id, $0.name) }
        let fields = [
            FormField("date", "Date", kind: .typed, value: (activity?.date ?? today).description, check: .date,
                      note: "YYYY-MM-DD"),
            FormField("kind", "Kind", kind: .choice(FieldText.choices(ActivityKind.self, title: \.title)),
                      value: (activity?.kind ?? kind).rawValue, check: .required),
            FormField("text", "Text", value: activity?.text ?? "", check: .required),
            FormField("contact", "Contact", kind: .choice(contacts), value: activity?.contact ?? ""),
        ]
        let title = activity.map { "Edit \($0.kind.title.lowercased()) of \($0.date)" } ?? "Log activity on \(account.name)"
        return EditForm(title: title, fields: fields, purpose: .activity(account: account.id, activity))
    }

    static func activity(from form: EditForm, original: Activity?, account: Account, today: Day) -> Activity {
        var activity = original ?? Activity(id: newID(account.id, letter: "A", taken: account.activities.map(\.id)),
                                            date: today, kind: .note, text: "")
        activity.date = form.day("date") ?? activity.date
        activity.kind = form.choice("kind", as: ActivityKind.self) ?? activity.kind
        activity.text = form.string("text")
        let contact = form.string("contact")
        activity.contact = contact.isEmpty ? nil : contact
        return activity
    }

    // MARK: Opportunities

    static func opportunity(_ opportunity: Opportunity?, account: Account, today: Day) -> EditForm {
        let fields = [
            FormField("name", "Name", value: opportunity?.name ?? "", check: .required),
            FormField("stage", "Stage", kind: .choice(FieldText.choices(OpportunityStage.self, title: \.title)),
                      value: (opportunity?.stage ?? .contacted).rawValue, check: .required),
            FormField("value", "Value", kind: .typed, value: FieldText.number(opportunity?.value),
                      check: .requiredNonNegative),
            FormField("expectedClose", "Expected close", kind: .typed,
                      value: (opportunity?.expectedClose ?? today.quarter.next).description, check: .quarter(),
                      note: "2025Q3"),
            FormField("lastChanged", "Stage changed", kind: .typed,
                      value: (opportunity?.lastChanged ?? today).description, check: .date,
                      note: "set to today when the stage changes"),
        ]
        let title = opportunity.map { "Edit opportunity \($0.name)" } ?? "Add opportunity to \(account.name)"
        return EditForm(title: title, fields: fields, purpose: .opportunity(account: account.id, opportunity))
    }

    /// The opportunity the form describes; a changed stage stamps today's date unless the
    /// user typed another date.
    static func opportunity(from form: EditForm, original: Opportunity?, account: Account, today: Day) -> Opportunity {
        var opportunity = original ?? Opportunity(
            id: newID(account.id, letter: "O", taken: account.opportunities.map(\.id)), name: "", stage: .contacted,
            value: 0, expectedClose: today.quarter, lastChanged: today)
        let stage = form.choice("stage", as: OpportunityStage.self) ?? opportunity.stage
        let typedDate = form.day("lastChanged") ?? today
        let dateUntouched = typedDate == original?.lastChanged
        opportunity.lastChanged = original != nil && stage != original?.stage && dateUntouched ? today : typedDate
        opportunity.name = form.string("name")
        opportunity.stage = stage
        opportunity.value = form.number("value") ?? 0
        opportunity.expectedClose = form.quarter("expectedClose") ?? opportunity.expectedClose
        return opportunity
    }

    // MARK: Objectives

    static func objective(_ objective: Objective?, account: Account) -> EditForm {
        let fields = [
            FormField("title", "Objective", value: objective?.title ?? "", check: .required),
            FormField("status", "Status", kind: .choice(FieldText.choices(ObjectiveStatus.self, title: \.title)),
                      value: (objective?.status ?? .notStarted).rawValue, check: .required),
            FormField("due", "Due", kind: .typed, value: objective?.due?.description ?? "", check: .optionalQuarter,
                      note: "2025Q3"),
            FormField("completedOn", "Completed on", kind: .typed, value: objective?.completedOn?.description ?? "",
                      check: .optionalDate,
                      note: "today when marked done"),
        ]
        let title = objective.map { "Edit objective \($0.title)" } ?? "Add objective to the plan of \(account.name)"
        return EditForm(title: title, fields: fields, purpose: .objective(account: account.id, objective))
    }

    /// The objective the form describes; marking it done without a date stamps today.
    static func objective(from form: EditForm, original: Objective?, account: Account, today: Day) -> Objective {
        var objective = original ?? Objective(id: newID(account.id, letter: "P", taken: account.objectives.map(\.id)),
                                              title: "")
        objective.title = form.string("title")
        objective.status = form.choice("status", as: ObjectiveStatus.self) ?? objective.status
        objective.due = form.quarter("due")
        objective.completedOn = form.day("completedOn") ?? (objective.status == .done ? today : nil)
        return objective
    }
}
