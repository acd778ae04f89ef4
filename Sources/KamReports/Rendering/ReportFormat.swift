/// The output format of a report: `text`, `markdown`, `csv` or `json`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case text
    /// GitHub-flavoured markdown for an email or a wiki.
    case markdown
    /// RFC 4180 csv of the main table, exact numbers.
    case csv
    /// Pretty-printed json for scripts, exact numbers.
    case json
}

extension ReportDocument {
    /// The document written in `format`.
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .text: TextRenderer.render(self)
        case .markdown: MarkdownRenderer.render(self)
        case .csv: CSVRenderer.render(self)
        case .json: JSONRenderer.render(self)
        }
    }
}
