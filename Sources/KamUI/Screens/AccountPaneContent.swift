import KamAnalytics
import KamModel

/// One line of an account pane: text, or a labelled sparkline with its current value.
struct PaneLine: Sendable {
    var text: String
    var role: Role = .text
    var bold = false
    /// A history to draw as a sparkline after `text`, oldest first.
    var spark: [Double?]?
    /// A value shown right-aligned at the end of the line.
    var value: String?
    var valueRole: Role?
}

/// The lines of one pane of the account page, every figure from the analytics.
struct AccountPaneContent {
    var lines: [PaneLine]

    /// Quarters of history the figures pane draws.
    static let historyLength = 8

    init(pane: AccountPane, accountID: String, context: ScreenContext) {
        guard let account = context.workspace.account(id: accountID) else {
            lines = [PaneLine(text: "The account \(accountID) is not in the workspace", role: .bad)]
            return
        }
        let row = context.measures.row(id: accountID)
        switch pane {
        case .profile: lines = Self.profile(account, row: row, context: context)
        case .figures: lines = Self.figures(account, row: row, context: context)
        case .scorecard: lines = Self.scorecard(row, context: context)
        case .contacts: lines = Self.contacts(account, context: context)
        case .opportunities: lines = Self.opportunities(account, context: context)
        case .activities: lines = Self.activities(account, context: context)
        }
        if lines.isEmpty { lines = [PaneLine(text: "None recorded", role: .muted)] }
    }

    static func field(_ label: String, _ value: String, role: Role = .text) -> PaneLine {
        PaneLine(text: label, role: .muted, value: value, valueRole: role)
    }

    static func profile(_ account: Account, row: AccountRow?, context: ScreenContext) -> [PaneLine] {
        var lines = [
            field("Manager", row?.managerName ?? account.manager),
            field("Segment", account.segment),
            field("Industry", account.industry.isEmpty ? "n/a" : account.industry),
            field("Tier", account.tier.title),
            field("Status", account.status.title, role: account.status == .lost ? .bad : .text),
            field("Attractiveness", account.attractiveness.map { context.format.number($0) + " / 5" } ?? "n/a"),
            field("Relationship", account.relationshipStrength.map { context.format.number($0) + " / 5" } ?? "n/a"),
        ]
        if let row {
            let m = row.measures
            let last = m.lastContact.map { "\($0) (\(m.daysSinceLastContact ?? 0)d)" } ?? "never"
            lines.append(field("Last contact", last, role: m.noRecentContact ? .warning : .text))
            lines.append(field("Depth score", NumberStyle.score.format(m.relationshipDepth, context.format)))
        }
        if !account.notes.isEmpty {
            lines.append(PaneLine(text: "Notes", role: .header, bold: true))
            lines += account.notes.split(separator: "\n", omittingEmptySubsequences: false)
                .map { PaneLine(text: String($0)) }
        }
        return lines
    }

    static func figures(_ account: Account, row: AccountRow?, context: ScreenContext) -> [PaneLine] {
        let quarters = Quarter.range(context.quarter.advanced(by: -(historyLength - 1)), context.quarter)
        let history = quarters.map { MeasureTotals(account: account, period: .quarter($0)) }
        func spark(_ label: String, _ style: NumberStyle, _ value: (MeasureTotals) -> Double?) -> PaneLine {
            let values = history.map(value)
            let current = values.last ?? nil
            let role: Role? = style == .signedMoney && (current ?? 0) < 0 ? .bad : nil
            return PaneLine(text: label, spark: values, value: style.format(current, context.format), valueRole: role)
        }
        var lines = [
            PaneLine(text: "\(quarters.first.map(\.description) ?? "")\(context.dash)\(context.quarter)", role: .muted),
            spark("Revenue", .money) { $0.figures.revenue.value },
            spark("Gross profit", .money) { $0.figures.grossProfit.value },
            spark("Cost to serve", .money) { $0.figures.costToServe.value },
            spark("Op. profit", .signedMoney) { $0.figures.operatingProfit },
            spark("NPS", .score) { $0.figures.nps },
        ]
        if let m = row?.measures {
            lines += [
                field("Gross margin", NumberStyle.percent.format(m.grossMargin, context.format)),
                field("Growth QoQ", NumberStyle.growth.format(m.revenueGrowthQoQ, context.format)),
                field("Growth YoY", NumberStyle.growth.format(m.revenueGrowthYoY, context.format)),
                field("ROI", NumberStyle.percent.format(m.accountROI, context.format)),
                field("Share of wallet", NumberStyle.percent.format(m.shareOfWallet, context.format)),
                field("Lifetime value", NumberStyle.money.format(m.lifetimeValue, context.format)),
            ]
        }
        return lines
    }

    static func scorecard(_ row: AccountRow?, context: ScreenContext) -> [PaneLine] {
        guard let card = row?.scorecard else { return [] }
        var lines = [PaneLine(text: "Overall", bold: true, value: scoreText(card.overall, card.overallStatus, context),
                              valueRole: ColumnValue.status(card.overallStatus).role)]
        for perspective in card.perspectives {
            lines.append(PaneLine(text: perspective.perspective.name, bold: true,
                                  value: scoreText(perspective.score, perspective.status, context),
                                  valueRole: ColumnValue.status(perspective.status).role))
            for kpi in perspective.kpis {
                let status = kpi.status.map { $0.title + (kpi.isOverridden ? "*" : "") } ?? context.format.noData
                lines.append(PaneLine(text: "  " + kpi.kpi.name, role: .muted,
                                      value: context.format.number(kpi.actual) + " " + status,
                                      valueRole: ColumnValue.status(kpi.status).role))
            }
        }
        if card.kpis.contains(where: \.isOverridden) {
            lines.append(PaneLine(text: "* status overridden by a manager", role: .override))
        }
        return lines
    }

    static func scoreText(_ score: Double?, _ status: RAGStatus?, _ context: ScreenContext) -> String {
        context.format.score(score) + " " + (status?.title ?? context.format.noData)
    }

    static func contacts(_ account: Account, context: ScreenContext) -> [PaneLine] {
        let dot = " \(context.dot) "
        return account.contacts.flatMap { contact -> [PaneLine] in
            let title = contact.title.isEmpty ? "" : ", \(contact.title)"
            return [
                PaneLine(text: contact.name + title, bold: contact.senior, value: contact.senior ? "senior" : nil),
                PaneLine(text: "  " + [contact.role.title, contact.attitude.title, contact.coverage.title].joined(separator: dot),
                         role: contact.attitude == .opponent || contact.attitude == .nonSupporter ? .warning : .muted),
            ]
        }
    }

    static func opportunities(_ account: Account, context: ScreenContext) -> [PaneLine] {
        let today = context.today
        return account.opportunities.sorted { ($0.stage.isOpen ? 0 : 1, $0.expectedClose) < ($1.stage.isOpen ? 0 : 1, $1.expectedClose) }
            .flatMap { o -> [PaneLine] in
                let days = o.lastChanged.days(to: today)
                let stale = o.stage.isOpen
                    && Pipeline.isStale(o, daysSinceChange: days, settings: context.workspace.settings)
                return [
                    PaneLine(text: o.name, value: NumberStyle.money.format(o.value, context.format)),
                    PaneLine(text: "  \(o.stage.title) \(context.dot) close \(o.expectedClose)"
                                + (stale ? " \(context.dot) stale \(days)d" : ""),
                             role: stale ? .warning : .muted),
                ]
            }
    }

    static func activities(_ account: Account, context: ScreenContext) -> [PaneLine] {
        account.activities.filter { $0.date <= context.today }.sorted { $0.date > $1.date }.map { a in
            PaneLine(text: "\(a.date) \(a.kind.title.padding(7)) \(a.text)", role: a.kind.isContact ? .text : .muted)
        }
    }
}

extension String {
    /// The text padded with spaces to `width` characters.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
