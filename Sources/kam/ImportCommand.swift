import ArgumentParser
import Foundation
import KamImport
import KamModel

/// `kam import`: turns order lines from a CSV file into accounts and quarterly figures.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import order lines from a CSV file into a workspace.",
        discussion: """
        Order lines are summed per account and calendar quarter and merged into FILE, \
        which is created when it does not exist. For every account and quarter in the CSV, \
        the imported sums replace the figures they cover, so importing the same file twice \
        does not double them. Rows that cannot be used are reported with their line numbers.

        Common header names (Customer ID, Customer Name, Order Date, Sales, Profit, Segment, \
        Manager, ...) are recognised; map others with --columns, e.g. \
        --columns account=Kunde,name=Firma,date=Datum,revenue=Umsatz,profit=DB,cts.logistics=Fracht
        """
    )

    @Argument(help: "The CSV file of order lines.")
    var csv: String

    @Option(help: "The workspace to create or merge into.")
    var into: String

    @Option(help: "Column mapping: field=Header pairs separated by commas (fields: account, name, date, revenue, profit, segment, manager, industry, cts, cts.sales, cts.accountTeam, cts.support, cts.logistics, cts.other).")
    var columns: String?

    @Option(help: "Date pattern when dates are not ISO and cannot be detected, e.g. M/d/yyyy or dd.MM.yyyy.")
    var dateFormat: String?

    @Option(help: "Decimal separator of the amounts: point or comma (default: detected).")
    var decimal: DecimalSeparator?

    @Option(help: "Name of the portfolio when the workspace is created.")
    var name: String = "Imported portfolio"

    @Flag(help: "Fail on the first row that cannot be used instead of reporting and skipping it.")
    var strict = false

    @Flag(help: "Read and report, but do not write the workspace.")
    var dryRun = false

    func run() throws {
        let options: ImportOptions
        do {
            options = try ImportOptions(columns: columns, dateFormat: dateFormat, decimalSeparator: decimal, strict: strict)
        } catch {
            throw ValidationError("\(error)")
        }
        let orders: ImportedOrders
        do {
            orders = try OrderLineImport.read(path: csv, options: options)
        } catch {
            printError("kam import: \(error)")
            throw ExitStatus.invalidInput
        }
        let existing = FileManager.default.fileExists(atPath: into) ? try loadWorkspace(into) : nil
        let (workspace, report) = orders.merge(into: existing ?? ImportedOrders.newWorkspace(name: name))
        for line in report.summaryLines() { print(line) }
        if dryRun {
            print("Dry run: \(into) was not written.")
            return
        }
        do {
            try WorkspaceFile.save(workspace, to: into)
        } catch {
            printError("kam import: \(error)")
            throw ExitStatus.fileError
        }
        print("\(existing == nil ? "Created" : "Updated") \(into): \(workspace.accounts.count) accounts.")
    }
}

extension DecimalSeparator: ExpressibleByArgument {}
