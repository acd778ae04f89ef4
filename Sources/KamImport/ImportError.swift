import Foundation

/// Why an import could not be done, with a message that says where and what.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The file could not be read.
    case cannotRead(path: String, reason: String)
    /// The file has no header row.
    case noHeader
    /// Required columns are neither mapped nor recognised.
    case missingColumns(missing: [String], found: [String])
    /// `--columns` names a column the header does not have.
    case unknownColumn(field: String, column: String, found: [String])
    /// `--columns` text that cannot be understood.
    case invalidColumnMapping(String)
    /// `--date-format` text that cannot be understood.
    case invalidDateFormat(pattern: String, reason: String)
    /// The dates could be day-first or month-first.
    case ambiguousDates(example: String)
    /// The dates are in a form that is neither ISO nor day/month/year nor month/day/year.
    case unrecognisedDates(example: String, line: Int)
    /// A row could not be used and the import is strict.
    case rejectedRow(RejectedRow)

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .noHeader:
            return "the file is empty: no header row found"
        case .missingColumns(let missing, let found):
            return "missing required column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))"
                + "; columns found: \(quotedList(found)); map them with --columns, e.g. "
                + "--columns account=...,date=...,revenue=..."
        case .unknownColumn(let field, let column, let found):
            return "--columns \(field)=\(column): no column \"\(column)\" in the file; "
                + "columns found: \(quotedList(found))"
        case .invalidColumnMapping(let reason):
            return "--columns: \(reason)"
        case .invalidDateFormat(let pattern, let reason):
            return "--date-format \"\(pattern)\": \(reason)"
        case .ambiguousDates(let example):
            return "cannot tell whether dates such as \"\(example)\" are day/month or month/day; "
                + "give --date-format, e.g. --date-format d/M/yyyy or --date-format M/d/yyyy"
        case .unrecognisedDates(let example, let line):
            return "line \(line): cannot recognise the date format of \"\(example)\"; "
                + "give --date-format, e.g. --date-format d.M.yyyy"
        case .rejectedRow(let row):
            return "\(row) (strict import stops at the first unusable row)"
        }
    }

    public var errorDescription: String? { description }
}

private func quotedList(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.map { "\"\($0)\"" }.joined(separator: ", ")
}

/// An order line that could not be used, with the physical line where its record starts.
public struct RejectedRow: Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number in the file where the record starts.
    public var line: Int
    /// What was wrong, such as `Order Date "31/31/2016" is not a date in M/d/yyyy`.
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}
