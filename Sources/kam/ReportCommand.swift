import ArgumentParser
import KamAnalytics
import KamDemo
import KamModel
import KamReports

/// `kam report`: the accounts, the scorecard or the 80/20 view as text, markdown, csv or json.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a report: accounts, scorecard or pareto (the 80/20 view).",
        discussion: """
        text is for a terminal, markdown pastes into an email or wiki, csv opens in a \
        spreadsheet, json is for scripts (documented in docs/reports.md). Numbers are \
        formatted for people in text and markdown and exact in csv and json. The period is \
        the latest quarter with figures unless --quarter or --from/--to say otherwise.
        """
    )

    @Argument(help: "The report: accounts, scorecard or pareto.")
    var kind: ReportRequest.Kind

    @Argument(help: "The workspace file.")
    var file: String?

    @Flag(help: "Report on the built-in demo portfolio instead of a file.")
    var demo = false

    @Option(help: "One quarter, e.g. 2025Q3.", transform: parseQuarter)
    var quarter: Quarter?

    @Option(help: "The first quarter of a range.", transform: parseQuarter)
    var from: Quarter?

    @Option(help: "The last quarter of a range.", transform: parseQuarter)
    var to: Quarter?

    @Option(help: "Group by manager or segment.")
    var by: ScorecardRollUp.Grouping?

    @Option(help: "text, markdown, csv or json.")
    var format: ReportFormat = .text

    @Option(help: "The date days-since-contact and overrides are measured to, YYYY-MM-DD (default: today; the demo's own date with --demo).", transform: parseDay)
    var today: Day?

    func validate() throws {
        if demo == (file != nil) { throw ValidationError("Give a workspace FILE or --demo.") }
        if quarter != nil && (from != nil || to != nil) { throw ValidationError("Give either --quarter or --from/--to, not both.") }
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together.") }
    }

    func run() throws {
        let workspace = demo ? DemoPortfolio.generate() : try loadWorkspace(file!)
        let day = today ?? (demo ? DemoPortfolio.today(lastQuarter: DemoPortfolio.defaultLastQuarter) : Day.today())
        let period: ReportRequest.PeriodChoice
        if let quarter { period = .quarter(quarter) } else if let from, let to { period = .range(from: from, to: to) } else { period = .latest }
        let request = ReportRequest(kind: kind, period: period, grouping: by, format: format, today: day)
        do {
            let text = try KamReports.Report.render(request, workspace: workspace)
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        } catch {
            printError("kam report: \(error)")
            throw ExitStatus.invalidInput
        }
    }
}

extension ReportRequest.Kind: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension ScorecardRollUp.Grouping: ExpressibleByArgument {}
