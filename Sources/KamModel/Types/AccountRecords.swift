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
        unpack(kind, record: i) { r, _ in r.text()! }
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
        unpack(kind) { r, _ in
            var text: String?
            for f in 0..<kind.textsPerRecord {
                if f == field { text = r.text() } else { r.skipText() }
            }
            return text
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

    /// `body` given a reader of the section of `kind`; nil when there are no records at all.
    func read<Result>(_ kind: RecordKind, _ body: (inout RecordReader) -> Result) -> Result? {
        guard let storage else { return nil }
        return storage.withUnsafeMutablePointerToElements { bytes in
            var reader = RecordReader(storage: storage, bytes: UnsafeRawPointer(bytes), kind: kind)
            return body(&reader)
        }
    }

    private func unpack<Record>(_ kind: RecordKind, record i: Int, _ make: (inout RecordReader, Int) -> Record) -> Record {
        precondition(i >= 0 && i < count(kind), "record \(i) of \(count(kind))")
        return read(kind) { r in
            r.skipTexts(records: i)
            return make(&r, i)
        }!
    }

    private func unpack<Record>(_ kind: RecordKind, _ make: (inout RecordReader, Int) -> Record) -> [Record] {
        read(kind) { r in
            var list: [Record] = []
            list.reserveCapacity(r.count)
            for i in 0..<r.count { list.append(make(&r, i)) }
            return list
        } ?? []
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
