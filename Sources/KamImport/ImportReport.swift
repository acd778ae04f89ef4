import KamModel

/// What an import did: rows read, used and rejected, accounts created and updated, totals.
public struct ImportReport: Equatable, Sendable {
    public var rowsRead: Int
    public var rowsUsed: Int
    /// Rows that could not be used, with their line numbers and reasons, in file order.
    public var rejected: [RejectedRow]
    /// Empty lines skipped.
    public var blankLines: Int
    public var accountsCreated: Int
    /// Accounts already in the workspace that received figures.
    public var accountsUpdated: Int
    /// Names of the managers created.
    public var managersCreated: [String]
    /// The quarters the file covers, in order.
    public var quarters: [Quarter]
    public var totalRevenue: Double
    /// nil when the file has no profit column.
    public var totalGrossProfit: Double?
    /// nil when the file has no cost-to-serve column.
    public var totalCostToServe: Double?
    /// The columns used and the fields they were read as.
    public var columns: [ColumnUse]
    /// The date format used, such as `M/d/yyyy`.
    public var dateFormat: String
    /// Whether the date format was worked out from the values.
    public var dateFormatDetected: Bool
    public var decimalSeparator: DecimalSeparator
    public var delimiter: UnicodeScalar
    /// Things guessed about the file that the user may want to know.
    public var notes: [String]

    /// A plain-text summary for the command line, listing at most `maxRejected` rejected rows.
    public func summaryLines(maxRejected: Int = 20) -> [String] {
        var lines: [String] = []
        lines.append("Rows: \(rowsRead) read, \(rowsUsed) used, \(rejected.count) rejected"
            + (blankLines > 0 ? ", \(blankLines) blank skipped" : ""))
        lines.append("Accounts: \(accountsCreated) created, \(accountsUpdated) updated")
        if !managersCreated.isEmpty {
            lines.append("Managers created: \(managersCreated.joined(separator: ", "))")
        }
        if let first = quarters.first, let last = quarters.last {
            lines.append("Quarters: \(quarters.count) (\(first) to \(last))")
        }
        var totals = "Totals: revenue \(Self.amount(totalRevenue))"
        if let totalGrossProfit { totals += ", gross profit \(Self.amount(totalGrossProfit))" }
        if let totalCostToServe { totals += ", cost to serve \(Self.amount(totalCostToServe))" }
        lines.append(totals)
        lines.append("Columns: " + columns.map { "\($0.field.key)=\($0.header)" }.joined(separator: ", "))
        lines.append("Dates read as \(dateFormat)\(dateFormatDetected ? " (detected)" : "")"
            + ", decimal \(decimalSeparator == .point ? "point" : "comma")")
        lines.append(contentsOf: notes.map { "Note: \($0)" })
        for row in rejected.prefix(maxRejected) { lines.append("  \(row)") }
        if rejected.count > maxRejected { lines.append("  ... and \(rejected.count - maxRejected) more rejected rows") }
        return lines
    }

    /// An amount with two decimals and thousands separators, for the summary.
    static func amount(_ value: Double) -> String {
        let cents = Int((abs(value) * 100).rounded())
        var whole = String(cents / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        let fraction = cents % 100
        return (value < 0 && cents > 0 ? "-" : "") + whole + grouped + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
