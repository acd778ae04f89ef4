/// Writes a report as GitHub-flavoured markdown that pastes into an email or a wiki.
///
/// A `#` heading with the title, workspace and period; the currency line; notes as a list;
/// headline figures as a two-column table; each report table as a markdown table under a
/// `###` heading (numbers right-aligned); blocks of a grouped report under `##` headings.
/// Cells use the same formatting as the text report; `|` and `\` in cells are escaped and
/// control characters become `?`.
enum MarkdownRenderer {
    /// The markdown of `document`.
    static func render(_ document: ReportDocument) -> String {
        var parts: [String] = []
        parts.append("# " + inline("\(document.title) — \(document.workspace) — \(document.period)"))
        parts.append(inline("Amounts in \(document.currency); as of \(document.today)."))
        appendBlock(notes: document.notes, facts: document.facts, tables: document.tables, to: &parts)
        for group in document.groups {
            parts.append("## " + inline(ReportHeadings.group(group, by: document.groupedBy)))
            appendBlock(notes: group.notes, facts: group.facts, tables: group.tables, to: &parts)
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private static func appendBlock(notes: [String], facts: [ReportFact], tables: [ReportTable],
                                    to parts: inout [String]) {
        if !notes.isEmpty { parts.append(notes.map { "- " + inline($0) }.joined(separator: "\n")) }
        if !facts.isEmpty {
            var lines = ["| Figure | Value |", "| --- | ---: |"]
            lines += facts.map { "| \(cell($0.label)) | \(cell(ValueText.human($0.value))) |" }
            parts.append(lines.joined(separator: "\n"))
        }
        for table in tables {
            if let title = table.title { parts.append("### " + inline(title)) }
            parts.append(tableText(table))
        }
    }

    /// A GitHub-flavoured table; the total row comes last with its cells in bold.
    static func tableText(_ table: ReportTable) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var lines = [row(table.columns.map { cell($0.title) })]
        lines.append(row(table.columns.map { $0.alignment == .right ? "---:" : "---" }))
        lines += table.rows.map { row($0.map { cell(ValueText.human($0)) }) }
        if let total = table.total {
            lines.append(row(total.map { value in
                let text = cell(ValueText.human(value))
                return text.isEmpty ? "" : "**" + text + "**"
            }))
        }
        return lines.joined(separator: "\n")
    }

    /// Text for a heading or list item: controls neutralised.
    static func inline(_ text: String) -> String { PlainText.neutralised(text) }

    /// Text for a table cell: controls neutralised, `\` and `|` escaped.
    static func cell(_ text: String) -> String {
        var out = ""
        for ch in PlainText.neutralised(text) {
            if ch == "|" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
