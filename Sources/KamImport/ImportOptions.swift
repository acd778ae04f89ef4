/// How to read an order-line file: column mapping, date format, separators, strictness.
public struct ImportOptions: Equatable, Sendable {
    /// Columns given explicitly; every other field is recognised from the header.
    public var columns: ColumnMapping
    /// The date format; nil reads ISO dates, or works the format out from the values
    /// when they are not ISO (see `DateFormatDetection`).
    public var dateFormat: DatePattern?
    /// The decimal separator of amounts; nil works it out from the values.
    public var decimalSeparator: DecimalSeparator?
    /// The field separator; nil takes the one used most in the header line (`,` `;` tab).
    public var delimiter: UnicodeScalar?
    /// Stop at the first row that cannot be used instead of reporting it and going on.
    public var strict: Bool

    public init(columns: ColumnMapping = ColumnMapping(), dateFormat: DatePattern? = nil,
                decimalSeparator: DecimalSeparator? = nil, delimiter: UnicodeScalar? = nil,
                strict: Bool = false) {
        self.columns = columns
        self.dateFormat = dateFormat
        self.decimalSeparator = decimalSeparator
        self.delimiter = delimiter
        self.strict = strict
    }

    /// Options from command-line texts: `--columns` and `--date-format` as typed (nil
    /// when not given). Throws `ImportError` with a message naming the option.
    public init(columns: String?, dateFormat: String?, decimalSeparator: DecimalSeparator? = nil,
                delimiter: UnicodeScalar? = nil, strict: Bool = false) throws {
        self.init(columns: try columns.map(ColumnMapping.init(parsing:)) ?? ColumnMapping(),
                  dateFormat: try dateFormat.map(DatePattern.init),
                  decimalSeparator: decimalSeparator, delimiter: delimiter, strict: strict)
    }
}
