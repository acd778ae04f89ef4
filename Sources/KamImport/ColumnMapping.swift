import KamModel

/// Which column of the file holds which field, as given with `--columns`.
///
/// Fields left out are recognised from the header names (see `ImportField`); a mapping
/// only needs the columns whose names are not recognised.
public struct ColumnMapping: Equatable, Sendable {
    /// The header name given for each mapped field.
    public var columns: [ImportField: String]

    public init(_ columns: [ImportField: String] = [:]) {
        self.columns = columns
    }

    /// Parses `account=Customer ID,name=Customer Name,date=Order Date,cts.support=Support`.
    ///
    /// Keys are compared without case or punctuation; column names are trimmed and may
    /// contain spaces but not commas.
    public init(parsing text: String) throws {
        var columns: [ImportField: String] = [:]
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let entry = item.trimmingWhitespace()
            if entry.isEmpty { continue }
            guard let equals = entry.firstIndex(of: "=") else {
                throw ImportError.invalidColumnMapping("\"\(entry)\" is not FIELD=COLUMN")
            }
            let key = String(entry[..<equals]).trimmingWhitespace()
            let column = String(entry[entry.index(after: equals)...]).trimmingWhitespace()
            guard let field = ImportField(key: key) else {
                let known = ImportField.all.map(\.key).joined(separator: ", ")
                throw ImportError.invalidColumnMapping("unknown field \"\(key)\"; known fields: \(known)")
            }
            guard !column.isEmpty else {
                throw ImportError.invalidColumnMapping("no column name after \"\(key)=\"")
            }
            guard columns[field] == nil else {
                throw ImportError.invalidColumnMapping("\(field.key) is mapped twice")
            }
            columns[field] = column
        }
        self.init(columns)
    }

    /// Finds the column index of every field: mapped fields by their given name, the
    /// others by the recognised header names. Throws when a mapped column is absent or a
    /// required field has no column.
    func resolve(header: [String]) throws -> [ImportField: Int] {
        let normalizedHeader = header.map(HeaderName.normalized)
        var result: [ImportField: Int] = [:]
        for field in ImportField.all {
            guard let name = columns[field] else { continue }
            let index = header.firstIndex(of: name)
                ?? normalizedHeader.firstIndex(of: HeaderName.normalized(name))
            guard let index else {
                throw ImportError.unknownColumn(field: field.key, column: name, found: header)
            }
            result[field] = index
        }
        var taken = Set(result.values)
        for field in ImportField.all where result[field] == nil {
            for synonym in field.headerSynonyms {
                if let index = normalizedHeader.indices.first(where: {
                    !taken.contains($0) && normalizedHeader[$0] == synonym
                }) {
                    result[field] = index
                    taken.insert(index)
                    break
                }
            }
        }
        let missing = ImportField.required.filter { result[$0] == nil }
        guard missing.isEmpty else {
            throw ImportError.missingColumns(missing: missing.map(\.key), found: header)
        }
        if result[.costToServeTotal] != nil,
           let category = CostCategory.allCases.first(where: { result[.costToServe($0)] != nil }) {
            throw ImportError.invalidColumnMapping(
                "cost to serve is given both as a total (cts) and by category (cts.\(category.rawValue)); use one")
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        // Most cells begin and end with an ASCII letter or digit: then there is nothing to trim.
        let bytes = Substring(self).utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return String(self)
        }
        let scalarView = Substring(self).unicodeScalars
        if let first = scalarView.first, let last = scalarView.last,
           !first.properties.isWhitespace, !last.properties.isWhitespace {
            return String(self)
        }
        var scalars = scalarView[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(Substring(scalars))
    }
}
