/// Writes a report for a terminal: a title line, aligned columns, numbers on the right.
///
/// Layout: the title line (`title — workspace — period`), a line with the currency and the
/// day, notes, headline figures as `label  value` pairs, then each table under its title,
/// columns two spaces apart, each as wide as its widest cell and no wider, a dashed rule
/// under the header and above a total row. Blocks of a grouped report follow under a
/// `== Name ==` heading. Lines carry no trailing spaces; the text ends with a newline.
enum TextRenderer {
    /// The text of `document`.
    static func render(_ document: ReportDocument) -> String {
        var lines: [String] = []
        lines.append(PlainText.neutralised("\(document.title) — \(document.workspace) — \(document.period)"))
        lines.append(PlainText.neutralised("Amounts in \(document.currency); as of \(document.today)."))
        appendBlock(notes: document.notes, facts: document.facts, tables: document.tables, to: &lines)
        for group in document.groups {
            lines.append("")
            lines.append(PlainText.neutralised("== \(ReportHeadings.group(group, by: document.groupedBy)) =="))
            appendBlock(notes: group.notes, facts: group.facts, tables: group.tables, to: &lines)
        }
        return lines.map(trimmedRight).joined(separator: "\n") + "\n"
    }

    private static func appendBlock(notes: [String], facts: [ReportFact], tables: [ReportTable],
                                    to lines: inout [String]) {
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map(PlainText.neutralised)
        }
        if !facts.isEmpty {
            lines.append("")
            lines += factLines(facts)
        }
        for table in tables {
            lines.append("")
            if let title = table.title { lines.append(PlainText.neutralised(title)) }
            lines += tableLines(table)
        }
    }

    /// Headline figures: labels on the left, values right-aligned in one column.
    static func factLines(_ facts: [ReportFact]) -> [String] {
        let labels = facts.map { PlainText.neutralised($0.label) }
        let values = facts.map { ValueText.human($0.value) }
        let labelWidth = labels.map(PlainText.width).max() ?? 0
        let valueWidth = values.map(PlainText.width).max() ?? 0
        return zip(labels, values).map { label, value in
            PlainText.pad(label, to: labelWidth, alignment: .left) + "  "
                + PlainText.pad(value, to: valueWidth, alignment: .right)
        }
    }

    /// A table: header, rule, rows, and the total row under a second rule (one rule without rows).
    static func tableLines(_ table: ReportTable) -> [String] {
        let header = table.columns.map { PlainText.neutralised($0.title) }
        let body = table.rows.map { $0.map { ValueText.human($0) } }
        let total = table.total.map { $0.map { ValueText.human($0) } }
        var widths = header.map(PlainText.width)
        for row in body + (total.map { [$0] } ?? []) {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], PlainText.width(cell)) }
        }
        func line(_ cells: [String]) -> String {
            zip(cells, zip(widths, table.columns)).map { cell, layout in
                PlainText.pad(cell, to: layout.0, alignment: layout.1.alignment)
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        var lines = [line(header), rule] + body.map(line)
        if let total {
            if !body.isEmpty { lines.append(rule) }
            lines.append(line(total))
        }
        return lines
    }

    private static func trimmedRight(_ line: String) -> String {
        var s = Substring(line)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

/// Headings shared by the text and markdown renderers.
enum ReportHeadings {
    /// `Manager: Anna Berg` or `Segment: Retail` for a block of a grouped report.
    static func group(_ group: ReportGroup, by dimension: String?) -> String {
        guard let dimension, let first = dimension.first else { return group.name }
        return first.uppercased() + dimension.dropFirst() + ": " + group.name
    }
}
