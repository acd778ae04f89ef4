/// An account's relationship records (contacts, activities, opportunities, objectives)
/// packed into one block of bytes: 16 to 24 bytes a record instead of 48 to 64, and one
/// heap object per account instead of four lists.
///
/// Each kind of record is a section of fixed-width columns, one value per record (dates as
/// day numbers, kinds and states as one-byte codes, texts as numbers in a `TextPool`),
/// followed by the records' ids (and an activity's contact) as their UTF-8 bytes, without
/// the account id they start with. The hot reads (an activity's date and kind, an
/// opportunity's stage and value) are one load each: `activityDate(_:)`, `opportunityValue(_:)`
/// and the like. The lists (`contacts`, `activities`, …) are unpacked on each read, for
/// showing, editing and saving. A value: packed once, never changed; an edit packs anew.
/// (Sendable unchecked because `ManagedBuffer` is not; a block is never written after
/// it is made, and its pool only grows past the texts it refers to.)
public struct AccountRecords: @unchecked Sendable {
    @usableFromInline let storage: RecordStorage?

    /// No records.
    public init() { storage = nil }

    init(storage: RecordStorage?) { self.storage = storage }

    /// True when the account has no records of any kind.
    @inlinable public var isEmpty: Bool { storage == nil }

    @inlinable public var contactCount: Int { count(.contact) }
    @inlinable public var activityCount: Int { count(.activity) }
    @inlinable public var opportunityCount: Int { count(.opportunity) }
    @inlinable public var objectiveCount: Int { count(.objective) }

    @inlinable @inline(__always)
    func count(_ kind: RecordKind) -> Int {
        storage?.withUnsafeMutablePointerToHeader { Int($0.pointee.counts[kind.rawValue]) } ?? 0
    }

    // MARK: Columns

    /// When contact `i` was first made, if known.
    @inlinable public func contactSince(_ i: Int) -> Day? { day(.contact, column: 0, i) }
    @inlinable public func contactRole(_ i: Int) -> BuyingRole { BuyingRole(code: contactFlags(i) & 3) }
    @inlinable public func contactAttitude(_ i: Int) -> Attitude { Attitude(code: (contactFlags(i) >> 2) & 7) }
    @inlinable public func contactCoverage(_ i: Int) -> Coverage { Coverage(code: (contactFlags(i) >> 5) & 3) }
    @inlinable public func contactIsSenior(_ i: Int) -> Bool { contactFlags(i) & 0x80 != 0 }

    @inlinable public func activityDate(_ i: Int) -> Day { day(.activity, column: 0, i)! }
    @inlinable public func activityKind(_ i: Int) -> ActivityKind { ActivityKind(code: byte(.activity, column: 1, i)) }
    /// Activity `i`'s id (read through the ids before it).
    public func activityID(_ i: Int) -> String { text(.activity, record: i) }

    @inlinable public func opportunityValue(_ i: Int) -> Double { load(.opportunity, column: 0, i, as: Double.self) }
    @inlinable public func opportunityLastChanged(_ i: Int) -> Day { day(.opportunity, column: 1, i)! }
    @inlinable public func opportunityExpectedClose(_ i: Int) -> Quarter { quarter(.opportunity, column: 2, i)! }
    @inlinable public func opportunityStage(_ i: Int) -> OpportunityStage { OpportunityStage(code: byte(.opportunity, column: 3, i)) }
    /// Opportunity `i`'s id (read through the ids before it).
    public func opportunityID(_ i: Int) -> String { text(.opportunity, record: i) }

    @inlinable public func objectiveCompletedOn(_ i: Int) -> Day? { day(.objective, column: 0, i) }
    @inlinable public func objectiveDue(_ i: Int) -> Quarter? { quarter(.objective, column: 1, i) }
    @inlinable public func objectiveStatus(_ i: Int) -> ObjectiveStatus { ObjectiveStatus(code: byte(.objective, column: 2, i)) }

    @inlinable func contactFlags(_ i: Int) -> UInt8 { byte(.contact, column: 1, i) }

    @inline(__always)
    @inlinable func load<T>(_ kind: RecordKind, column: Int, _ i: Int, as: T.Type) -> T {
        // Through the pointers: reading `header` as a property would check exclusivity at
        // run time on every read, which costs more than the read.
        storage!.withUnsafeMutablePointers { header, bytes in
            let n = Int(header.pointee.counts[kind.rawValue])
            precondition(i >= 0 && i < n, "record \(i) of \(n)")
            let at = Int(header.pointee.starts[kind.rawValue]) + n * kind.columnOffset(column) + i * MemoryLayout<T>.size
            return UnsafeRawPointer(bytes).loadUnaligned(fromByteOffset: at, as: T.self)
        }
    }

    @inline(__always)
    @inlinable func byte(_ kind: RecordKind, column: Int, _ i: Int) -> UInt8 { load(kind, column: column, i, as: UInt8.self) }

    @inline(__always)
    @inlinable func day(_ kind: RecordKind, column: Int, _ i: Int) -> Day? {
        let n = load(kind, column: column, i, as: Int32.self)
        return n == RecordKind.absent ? nil : Day(daysSinceEpoch: Int(n))
    }

    @inline(__always)
    @inlinable func quarter(_ kind: RecordKind, column: Int, _ i: Int) -> Quarter? {
        let n = load(kind, column: column, i, as: Int32.self)
        return n == RecordKind.absent ? nil : Quarter(index: Int(n))
    }

    /// The first variable text (the id) of record `i` of `kind`.
    private func text(_ kind: RecordKind, record i: Int) -> String {
        let storage = storage!
        precondition(i >= 0 && i < count(kind), "record \(i) of \(count(kind))")
        return storage.withUnsafeMutablePointerToElements { bytes in
            var reader = RecordReader(storage: storage, bytes: UnsafeRawPointer(bytes), kind: kind)
            reader.skipTexts(records: i)
            return reader.text()!
        }
    }

    // MARK: Ids

    /// The contacts' ids, in order (without unpacking the rest).
    public var contactIDs: [String] { texts(.contact, field: 0).map { $0! } }
    public var activityIDs: [String] { texts(.activity, field: 0).map { $0! } }
    /// Each activity's contact, if any.
    public var activityContacts: [String?] { texts(.activity, field: 1) }
    public var opportunityIDs: [String] { texts(.opportunity, field: 0).map { $0! } }
    public var objectiveIDs: [String] { texts(.objective, field: 0).map { $0! } }

    /// Variable text `field` of each record of `kind`.
    private func texts(_ kind: RecordKind, field: Int) -> [String?] {
        guard let storage, count(kind) > 0 else { return [] }
        return storage.withUnsafeMutablePointerToElements { bytes in
            var reader = RecordReader(storage: storage, bytes: UnsafeRawPointer(bytes), kind: kind)
            var list: [String?] = []
            list.reserveCapacity(reader.count)
            for _ in 0..<reader.count {
                for f in 0..<kind.textsPerRecord {
                    if f == field { list.append(reader.text()) } else { reader.skipText() }
                }
            }
            return list
        }
    }

    // MARK: Lists

    /// The contacts, unpacked.
    public var contacts: [Contact] { unpack(.contact, Self.contact) }
    /// The activities, unpacked.
    public var activities: [Activity] { unpack(.activity, Self.activity) }
    /// The opportunities, unpacked.
    public var opportunities: [Opportunity] { unpack(.opportunity, Self.opportunity) }
    /// The objectives, unpacked.
    public var objectives: [Objective] { unpack(.objective, Self.objective) }

    /// Contact `i`, unpacked alone.
    public func contact(_ i: Int) -> Contact { unpack(.contact, record: i, Self.contact) }
    /// Activity `i`, unpacked alone.
    public func activity(_ i: Int) -> Activity { unpack(.activity, record: i, Self.activity) }
    /// Opportunity `i`, unpacked alone.
    public func opportunity(_ i: Int) -> Opportunity { unpack(.opportunity, record: i, Self.opportunity) }
    /// Objective `i`, unpacked alone.
    public func objective(_ i: Int) -> Objective { unpack(.objective, record: i, Self.objective) }

    // Each reads record `i`'s columns and its variable texts, which come next in `r`.

    private static func contact(_ r: inout RecordReader, _ i: Int) -> Contact {
        let flags = r.byte(column: 1, i)
        return Contact(id: r.text()!, name: r.pooled(column: 2, i), title: r.pooled(column: 3, i),
                       role: BuyingRole(code: flags & 3), attitude: Attitude(code: (flags >> 2) & 7),
                       coverage: Coverage(code: (flags >> 5) & 3), senior: flags & 0x80 != 0,
                       since: r.day(column: 0, i), extra: r.extra(i))
    }

    private static func activity(_ r: inout RecordReader, _ i: Int) -> Activity {
        let id = r.text()!
        return Activity(id: id, date: r.day(column: 0, i)!, kind: ActivityKind(code: r.byte(column: 1, i)),
                        text: r.pooled(column: 2, i), contact: r.text(), extra: r.extra(i))
    }

    private static func opportunity(_ r: inout RecordReader, _ i: Int) -> Opportunity {
        Opportunity(id: r.text()!, name: r.pooled(column: 4, i), stage: OpportunityStage(code: r.byte(column: 3, i)),
                    value: r.load(column: 0, i, as: Double.self), expectedClose: r.quarter(column: 2, i)!,
                    lastChanged: r.day(column: 1, i)!, extra: r.extra(i))
    }

    private static func objective(_ r: inout RecordReader, _ i: Int) -> Objective {
        Objective(id: r.text()!, title: r.pooled(column: 3, i), status: ObjectiveStatus(code: r.byte(column: 2, i)),
                  due: r.quarter(column: 1, i), completedOn: r.day(column: 0, i), extra: r.extra(i))
    }

    private func unpack<Record>(_ kind: RecordKind, record i: Int, _ make: (inout RecordReader, Int) -> Record) -> Record {
        let storage = storage!
        precondition(i >= 0 && i < count(kind), "record \(i) of \(count(kind))")
        return storage.withUnsafeMutablePointerToElements { bytes in
            var reader = RecordReader(storage: storage, bytes: UnsafeRawPointer(bytes), kind: kind)
            reader.skipTexts(records: i)
            return make(&reader, i)
        }
    }

    private func unpack<Record>(_ kind: RecordKind, _ make: (inout RecordReader, Int) -> Record) -> [Record] {
        guard let storage else { return [] }
        let n = count(kind)
        guard n > 0 else { return [] }
        return storage.withUnsafeMutablePointerToElements { bytes in
            var reader = RecordReader(storage: storage, bytes: UnsafeRawPointer(bytes), kind: kind)
            var list: [Record] = []
            list.reserveCapacity(n)
            for i in 0..<n { list.append(make(&reader, i)) }
            return list
        }
    }
}

extension AccountRecords: Equatable {
    /// Equal when the records are: the same block, or lists equal record by record.
    public static func == (lhs: AccountRecords, rhs: AccountRecords) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.contactCount == rhs.contactCount && lhs.activityCount == rhs.activityCount
            && lhs.opportunityCount == rhs.opportunityCount && lhs.objectiveCount == rhs.objectiveCount
            && lhs.contacts == rhs.contacts && lhs.activities == rhs.activities
            && lhs.opportunities == rhs.opportunities && lhs.objectives == rhs.objectives
    }
}

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

/// What a packed block holds besides its bytes.
@usableFromInline struct RecordHeader {
    /// The pool the text numbers refer to.
    @usableFromInline var pool: TextPool
    /// What the ids were shortened by (the account id and a hyphen when packed).
    @usableFromInline var prefix: String
    /// The members records have that this version does not know, by kind and position.
    @usableFromInline var extras: [RecordExtra]
    @usableFromInline var counts: SIMD4<UInt32>
    /// Where each kind's section starts in the bytes.
    @usableFromInline var starts: SIMD4<UInt32>
}

/// A record's unknown members, kept to be written back.
@usableFromInline struct RecordExtra {
    var kind: RecordKind
    var index: Int
    var object: JSONObject
}

/// The heap object behind `AccountRecords`: the header and the packed bytes in one allocation.
@usableFromInline final class RecordStorage: ManagedBuffer<RecordHeader, UInt8> {}

/// Reads one section of a packed block: its columns by record, its variable texts in order.
struct RecordReader {
    let storage: RecordStorage
    let bytes: UnsafeRawPointer
    let kind: RecordKind
    let count: Int
    let start: Int
    // The header's parts, read once.
    private let pool: TextPool
    private let prefix: String
    private let extras: [RecordExtra]
    /// The next variable text.
    private var cursor: Int
    /// Where the next variable text starts in the block.
    var position: Int { cursor }

    init(storage: RecordStorage, bytes: UnsafeRawPointer, kind: RecordKind) {
        self.storage = storage
        self.bytes = bytes
        self.kind = kind
        let header = storage.header
        count = Int(header.counts[kind.rawValue])
        start = Int(header.starts[kind.rawValue])
        pool = header.pool
        prefix = header.prefix
        extras = header.extras
        cursor = start + count * kind.rowWidth
    }

    @inline(__always)
    func load<T>(column: Int, _ i: Int, as: T.Type) -> T {
        bytes.loadUnaligned(fromByteOffset: start + count * kind.columnOffset(column) + i * MemoryLayout<T>.size, as: T.self)
    }

    func byte(column: Int, _ i: Int) -> UInt8 { load(column: column, i, as: UInt8.self) }

    func day(column: Int, _ i: Int) -> Day? {
        let n = load(column: column, i, as: Int32.self)
        return n == RecordKind.absent ? nil : Day(daysSinceEpoch: Int(n))
    }

    func quarter(column: Int, _ i: Int) -> Quarter? {
        let n = load(column: column, i, as: Int32.self)
        return n == RecordKind.absent ? nil : Quarter(index: Int(n))
    }

    /// The pooled text whose number is in `column`.
    func pooled(column: Int, _ i: Int) -> String { pool[load(column: column, i, as: UInt32.self)] }

    /// Record `i`'s unknown members.
    func extra(_ i: Int) -> JSONObject {
        guard !extras.isEmpty else { return JSONObject() }
        return extras.first { $0.kind == kind && $0.index == i }?.object ?? JSONObject()
    }

    /// The next variable text, moving past it; nil where none was stored.
    mutating func text() -> String? {
        let tag = bytes.load(fromByteOffset: cursor, as: UInt8.self)
        cursor += 1
        switch tag {
        case RecordTextTag.none:
            return nil
        case RecordTextTag.pooled:
            let number = bytes.loadUnaligned(fromByteOffset: cursor, as: UInt32.self)
            cursor += 4
            return pool[number]
        default:
            let length = Int(tag & RecordTextTag.lengthMask)
            let start = bytes + cursor
            cursor += length
            guard tag & RecordTextTag.shortened != 0 else {
                return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
            }
            // The prefix and the bytes made into one string at once.
            var prefix = self.prefix
            return prefix.withUTF8 { p in
                String(unsafeUninitializedCapacity: p.count + length) { room in
                    _ = UnsafeMutableRawBufferPointer(room).copyBytes(from: UnsafeRawBufferPointer(p))
                    UnsafeMutableRawPointer(room.baseAddress! + p.count).copyMemory(from: start, byteCount: length)
                    return p.count + length
                }
            }
        }
    }

    /// Moves past the variable texts of `records` records.
    mutating func skipTexts(records: Int) {
        for _ in 0..<(records * kind.textsPerRecord) { skipText() }
    }

    /// Moves past the next variable text.
    mutating func skipText() {
        let tag = bytes.load(fromByteOffset: cursor, as: UInt8.self)
        cursor += 1
        switch tag {
        case RecordTextTag.none: break
        case RecordTextTag.pooled: cursor += 4
        default: cursor += Int(tag & RecordTextTag.lengthMask)
        }
    }
}

/// The first byte of a packed id or contact reference.
enum RecordTextTag {
    /// No text (an activity without a contact).
    static let none: UInt8 = 0xFF
    /// A text too long to keep inline: its pool number follows.
    static let pooled: UInt8 = 0x7F
    /// Set when the text is the block's prefix followed by the bytes.
    static let shortened: UInt8 = 0x80
    /// The inline byte count (0 to 126).
    static let lengthMask: UInt8 = 0x7F
    static let longestInline = 126
}
