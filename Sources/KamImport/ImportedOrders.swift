import KamModel

/// Order lines read from a file, summed per account and calendar quarter, ready to merge
/// into a workspace (see `merge(into:)`).
public struct ImportedOrders: Equatable, Sendable {
    /// The accounts found, in order of first appearance in the file.
    public var accounts: [ImportedAccount]
    /// Data rows read (the header and blank lines excluded).
    public var rowsRead: Int
    /// Rows that could not be used, in file order.
    public var rejected: [RejectedRow]
    /// Lines that were empty or held only empty fields, skipped.
    public var blankLines: Int
    /// The header name of each column used, in file order.
    public var columns: [ColumnUse]
    /// The date format the dates were read with.
    public var dateFormat: DatePattern
    /// Whether `dateFormat` was worked out from the values rather than given.
    public var dateFormatDetected: Bool
    public var decimalSeparator: DecimalSeparator
    /// The field separator of the file.
    public var delimiter: UnicodeScalar
    /// Things guessed about the file that the user may want to know.
    public var notes: [String]

    /// Rows summed into the accounts' figures.
    public var rowsUsed: Int { rowsRead - rejected.count }

    /// Every quarter with figures, in order.
    public var quarters: [Quarter] {
        Set(accounts.flatMap(\.quarters.keys)).sorted()
    }

    public var totalRevenue: Double {
        accounts.reduce(0) { sum, account in account.quarters.values.reduce(sum) { $0 + $1.revenue } }
    }

    /// Total gross profit; nil when the file has no profit column.
    public var totalGrossProfit: Double? {
        guard covers(.profit) else { return nil }
        return accounts.reduce(0) { sum, account in
            account.quarters.values.reduce(sum) { $0 + ($1.grossProfit ?? 0) }
        }
    }

    /// Total cost to serve; nil when the file has no cost-to-serve column.
    public var totalCostToServe: Double? {
        guard columns.contains(where: \.field.isCostToServe) else { return nil }
        return accounts.reduce(0) { sum, account in
            account.quarters.values.reduce(sum) { $0 + ($1.costToServe?.total ?? 0) }
        }
    }

    /// Whether the file had a column for `field`.
    public func covers(_ field: ImportField) -> Bool { columns.contains { $0.field == field } }
}

/// A field and the header of the column it was read from.
public struct ColumnUse: Equatable, Sendable {
    public var field: ImportField
    public var header: String
    /// Whether the column was given with `--columns` rather than recognised by its name.
    public var mapped: Bool
}

/// One account as found in the file: its attributes and its figures by quarter.
public struct ImportedAccount: Equatable, Sendable {
    public var id: String
    /// The first non-empty name in the file; empty when there is none.
    public var name: String
    public var segment: String
    public var industry: String
    /// The manager as written in the file (a manager id or name); empty when none.
    public var manager: String
    public var quarters: [Quarter: ImportedQuarter]
}

/// One account's order lines in one quarter, summed.
public struct ImportedQuarter: Equatable, Sendable {
    public var revenue: Double = 0
    /// nil when the file has no profit column.
    public var grossProfit: Double?
    /// nil when the file has no cost-to-serve column.
    public var costToServe: CostToServe?
    /// How many order lines were summed.
    public var orderLines: Int = 0
}
