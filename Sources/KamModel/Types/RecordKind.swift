/// The four kinds of record, in the order of their sections, and each one's columns.
@usableFromInline enum RecordKind: Int, CaseIterable {
    case contact, activity, opportunity, objective

    /// A day or quarter column's value for "none".
    @usableFromInline static let absent = Int32.min

    /// The widths of the columns, in bytes:
    /// - contact: since (day), flags (role, attitude, coverage, senior), name, title (text numbers);
    /// - activity: date (day), kind (code), text (text number);
    /// - opportunity: value (Double), last changed (day), expected close (quarter), stage (code), name;
    /// - objective: completed on (day), due (quarter), status (code), title.
    static let widths: [[Int]] = [[4, 1, 4, 4], [4, 1, 4], [8, 4, 4, 1, 4], [4, 4, 1, 4]]

    /// Where column `column` starts, per record in the section (multiply by the record
    /// count): the widths before it added up (a switch: no array in the hot reads).
    @inlinable @inline(__always)
    func columnOffset(_ column: Int) -> Int {
        switch self {
        case .contact: column == 0 ? 0 : column == 1 ? 4 : column == 2 ? 5 : 9
        case .activity: column == 0 ? 0 : column == 1 ? 4 : 5
        case .opportunity: column == 0 ? 0 : column == 1 ? 8 : column == 2 ? 12 : column == 3 ? 16 : 17
        case .objective: column == 0 ? 0 : column == 1 ? 4 : column == 2 ? 8 : 9
        }
    }

    /// The bytes of one record's columns.
    var rowWidth: Int {
        switch self {
        case .contact: 13
        case .activity: 9
        case .opportunity: 21
        case .objective: 13
        }
    }

    /// How many variable texts each record has after the columns (an activity: id, contact).
    var textsPerRecord: Int { self == .activity ? 2 : 1 }
}
