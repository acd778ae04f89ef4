import Foundation
import KamModel

/// Reads order lines from a CSV file and sums them per account and calendar quarter.
///
/// Each data row is one order line: an account id, a date, revenue and optionally gross
/// profit, cost to serve and the account's name, segment, industry and manager. A row
/// that cannot be used (no account id, a date or amount that cannot be read, too few
/// fields) is never dropped silently: it is listed in `ImportedOrders.rejected` with the
/// line where its record starts and what was wrong, or, with `ImportOptions.strict`,
/// ends the import with `ImportError.rejectedRow`. Empty cost-to-serve cells count as 0;
/// every other used cell must hold a value. Text is stored as found, trimmed.
public enum OrderLineImport {
    /// Reads the file at `path`.
    public static func read(path: String, options: ImportOptions = ImportOptions()) throws -> ImportedOrders {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ImportError.cannotRead(path: path, reason: (error as NSError).localizedDescription)
        }
        return try read(data: data, options: options)
    }

    /// Reads the bytes of a file (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252).
    public static func read(data: Data, options: ImportOptions = ImportOptions()) throws -> ImportedOrders {
        try read(CSVText(data: data, delimiter: options.delimiter), options: options)
    }

    /// Reads CSV text.
    public static func read(text: String, options: ImportOptions = ImportOptions()) throws -> ImportedOrders {
        try read(CSVText(text: text, delimiter: options.delimiter), options: options)
    }

    private static func read(_ csv: CSVText, options: ImportOptions) throws -> ImportedOrders {
        let table = try RawOrderTable(csv: csv, mapping: options.columns)
        let dateFormat = try options.dateFormat
            ?? DateFormatDetection.detect(table.rows.map { .init(line: $0.line, text: $0.cells[table.dateSlot]) })
        let decimalSeparator = options.decimalSeparator
            ?? DecimalSeparator.detect(in: table.rows.lazy.flatMap { row in table.amountSlots.lazy.map { row.cells[$0] } })
        var aggregator = OrderAggregator(table: table, dateFormat: dateFormat,
                                         amounts: AmountParser(decimalSeparator: decimalSeparator))
        var rejected: [RejectedRow] = []
        for row in table.rows {
            if let problem = aggregator.add(row) {
                if options.strict { throw ImportError.rejectedRow(problem) }
                rejected.append(problem)
            }
        }
        return ImportedOrders(
            accounts: aggregator.accounts, rowsRead: table.rows.count, rejected: rejected,
            blankLines: table.blankLines, columns: table.columnUses, dateFormat: dateFormat,
            dateFormatDetected: options.dateFormat == nil, decimalSeparator: decimalSeparator,
            delimiter: csv.delimiter, notes: csv.notes)
    }
}

/// The header and, for each data row, the cells of the used columns.
struct RawOrderTable {
    /// One data row: its line and the cells of the used columns, trimmed.
    struct Row {
        var line: Int
        var cells: [String]
        /// How many fields the record has when it has too few for the used columns, else nil.
        var fieldCountIfShort: Int?
    }

    /// The used fields; `cells` of each row follow this order.
    var fields: [ImportField]
    var headers: [String]
    var columnUses: [ColumnUse]
    var rows: [Row] = []
    var blankLines = 0
    var headerFieldCount = 0

    var dateSlot: Int { slot(.date)! }
    var amountSlots: [Int] { fields.indices.filter { fields[$0].isAmount } }
    func slot(_ field: ImportField) -> Int? { fields.firstIndex(of: field) }

    init(csv: CSVText, mapping: ColumnMapping) throws {
        var header: [String]?
        var indexes: [Int] = []
        var fields: [ImportField] = []
        var rows: [Row] = []
        var blank = 0
        var columnUses: [ColumnUse] = []
        try csv.forEachRecord { line, record in
            if record.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
                if header != nil { blank += 1 }
                return
            }
            guard header != nil else {
                let names = record.map { $0.trimmingWhitespace() }
                let resolved = try mapping.resolve(header: names).sorted { $0.value < $1.value }
                header = names
                fields = resolved.map(\.key)
                indexes = resolved.map(\.value)
                columnUses = resolved.map {
                    ColumnUse(field: $0.key, header: names[$0.value], mapped: mapping.columns[$0.key] != nil)
                }
                return
            }
            let cells = indexes.map { $0 < record.count ? record[$0].trimmingWhitespace() : "" }
            let short = indexes.contains { $0 >= record.count } ? record.count : nil
            rows.append(Row(line: line, cells: cells, fieldCountIfShort: short))
        }
        guard let header else { throw ImportError.noHeader }
        self.fields = fields
        self.headers = indexes.map { header[$0] }
        self.columnUses = columnUses
        self.rows = rows
        self.blankLines = blank
        self.headerFieldCount = header.count
    }
}
