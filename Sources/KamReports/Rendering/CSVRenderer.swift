/// Writes a report's main table as RFC 4180 csv for spreadsheets.
///
/// One header row of column keys, then one record per row, every line ended by CRLF (as RFC
/// 4180 asks; spreadsheets and csv libraries read it everywhere). A field is quoted when it
/// holds a comma, a double quote, CR, LF, or leading or trailing spaces; quotes inside are
/// doubled. Numbers are exact (`.` decimal point, no separators, shares as fractions), no
/// data is an empty field, quarters are `2025Q3`, dates `2025-07-14`, statuses lower case.
///
/// The main table is the document's first table (or its first block's): csv holds one table,
/// so headline figures and any further tables are left to the other formats. In a grouped
/// report every block's main table is written under one header, with the block's name in a
/// first column named after the grouping (`manager`, `segment`); rows outside any block
/// (the portfolio's) have that field empty. When any total row is written, a `rowType`
/// column says `row` or `total`.
enum CSVRenderer {
    /// The line ending.
    static let newline = "\r\n"

    /// The csv of `document`'s main table; just an empty line when it has no table.
    static func render(_ document: ReportDocument) -> String {
        guard let key = (document.tables.first ?? document.groups.lazy.compactMap(\.tables.first).first)?.key else {
            return newline
        }
        var blocks: [(group: String?, table: ReportTable)] = document.tables.filter { $0.key == key }.map { (nil, $0) }
        for group in document.groups {
            for table in group.tables where table.key == key { blocks.append((group.name, table)) }
        }
        guard let columns = blocks.first?.table.columns else { return newline }
        let grouped = document.groupedBy != nil
        let hasTotals = blocks.contains { $0.table.total != nil }

        var header: [String] = []
        if let dimension = document.groupedBy { header.append(dimension) }
        if hasTotals { header.append("rowType") }
        header += columns.map(\.key)

        var lines = [record(header)]
        for block in blocks {
            func prefix(_ type: String) -> [String] {
                (grouped ? [block.group ?? ""] : []) + (hasTotals ? [type] : [])
            }
            for row in block.table.rows {
                lines.append(record(prefix("row") + row.map { ValueText.machine($0) ?? "" }))
            }
            if let total = block.table.total {
                lines.append(record(prefix("total") + total.map { ValueText.machine($0) ?? "" }))
            }
        }
        return lines.joined(separator: newline) + newline
    }

    /// One record: fields joined by commas, each quoted when needed.
    static func record(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// A field, quoted when it holds a comma, quote, CR, LF or leading or trailing spaces.
    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        var out = "\""
        for ch in text {
            if ch == "\"" { out.append("\"") }
            out.append(ch)
        }
        return out + "\""
    }
}
