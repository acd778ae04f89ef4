#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension AccountRecords {
    /// The records packed against a pool of their own; `prefix` (the account id and a
    /// hyphen) is left out of the ids that start with it.
    public init(contacts: [Contact] = [], activities: [Activity] = [], opportunities: [Opportunity] = [],
                objectives: [Objective] = [], prefix: String = "") {
        let texts = Self.mostTexts(contacts.count, activities.count, opportunities.count, objectives.count)
        guard texts > 0 else { self.init(); return }
        var builder = TextPoolBuilder(poolCapacity: texts, slotBits: 4)
        self.init(contacts: contacts, activities: activities, opportunities: opportunities, objectives: objectives,
                  prefix: prefix, texts: &builder)
        builder.pool.trim()
    }

    /// The records packed against `texts`'s pool (the loader's: texts that recur across
    /// accounts are kept once); `prefix` as above.
    public init(contacts: [Contact], activities: [Activity], opportunities: [Opportunity], objectives: [Objective],
                prefix: String, texts: inout TextPoolBuilder) {
        guard !(contacts.isEmpty && activities.isEmpty && opportunities.isEmpty && objectives.isEmpty) else {
            self.init()
            return
        }
        // Every text of a block goes to one pool.
        texts.reserve(Self.mostTexts(contacts.count, activities.count, opportunities.count, objectives.count))
        // The most bytes the block takes, so that the packer never grows its buffer.
        var most = contacts.count * RecordKind.contact.rowWidth + activities.count * RecordKind.activity.rowWidth
            + opportunities.count * RecordKind.opportunity.rowWidth + objectives.count * RecordKind.objective.rowWidth
        func add(_ id: String?) { most += 5 + (id?.utf8.count ?? 0) }
        for c in contacts { add(c.id) }
        for a in activities { add(a.id); add(a.contact) }
        for o in opportunities { add(o.id) }
        for o in objectives { add(o.id) }
        var packer = RecordPacker(prefix: prefix, capacity: most)
        var starts = SIMD4<UInt32>()

        starts[0] = packer.mark()
        for c in contacts { packer.day(c.since) }
        for c in contacts { packer.byte(c.role.code | c.attitude.code << 2 | c.coverage.code << 5 | (c.senior ? 0x80 : 0)) }
        for c in contacts { packer.number(texts.number(of: c.name)) }
        for c in contacts { packer.number(texts.number(of: c.title)) }
        for c in contacts { packer.text(c.id, texts: &texts) }

        starts[1] = packer.mark()
        for a in activities { packer.day(a.date) }
        for a in activities { packer.byte(a.kind.code) }
        for a in activities { packer.number(texts.number(of: a.text)) }
        for a in activities {
            packer.text(a.id, texts: &texts)
            packer.text(a.contact, texts: &texts)
        }

        starts[2] = packer.mark()
        for o in opportunities { packer.value(o.value) }
        for o in opportunities { packer.day(o.lastChanged) }
        for o in opportunities { packer.quarter(o.expectedClose) }
        for o in opportunities { packer.byte(o.stage.code) }
        for o in opportunities { packer.number(texts.number(of: o.name)) }
        for o in opportunities { packer.text(o.id, texts: &texts) }

        starts[3] = packer.mark()
        for o in objectives { packer.day(o.completedOn) }
        for o in objectives { packer.quarter(o.due) }
        for o in objectives { packer.byte(o.status.code) }
        for o in objectives { packer.number(texts.number(of: o.title)) }
        for o in objectives { packer.text(o.id, texts: &texts) }

        var extras: [RecordExtra] = []
        func keep(_ kind: RecordKind, _ list: some Sequence<JSONObject>) {
            for (i, extra) in list.enumerated() where !extra.isEmpty {
                extras.append(RecordExtra(kind: kind, index: i, object: extra))
            }
        }
        keep(.contact, contacts.lazy.map(\.extra))
        keep(.activity, activities.lazy.map(\.extra))
        keep(.opportunity, opportunities.lazy.map(\.extra))
        keep(.objective, objectives.lazy.map(\.extra))

        let counts = SIMD4<UInt32>(UInt32(contacts.count), UInt32(activities.count), UInt32(opportunities.count),
                                   UInt32(objectives.count))
        let header = RecordHeader(pool: texts.pool, prefix: prefix, extras: extras, counts: counts, starts: starts)
        let bytes = packer.bytes
        let storage = RecordStorage.create(minimumCapacity: bytes.count) { _ in header } as! RecordStorage
        storage.withUnsafeMutablePointerToElements { target in
            bytes.withUnsafeBufferPointer { target.update(from: $0.baseAddress!, count: bytes.count) }
        }
        self.init(storage: storage)
    }

    /// The most pool texts a block of these records takes: the pooled fields, and every id
    /// and contact reference, which is pooled when too long to keep inline.
    static func mostTexts(_ contacts: Int, _ activities: Int, _ opportunities: Int, _ objectives: Int) -> Int {
        3 * contacts + 3 * activities + 2 * opportunities + 2 * objectives
    }

    /// These records with the lists given replaced (an edit packs the whole block anew,
    /// against a pool of its own).
    public func replacing(contacts: [Contact]? = nil, activities: [Activity]? = nil, opportunities: [Opportunity]? = nil,
                          objectives: [Objective]? = nil, prefix: String) -> AccountRecords {
        AccountRecords(contacts: contacts ?? self.contacts, activities: activities ?? self.activities,
                       opportunities: opportunities ?? self.opportunities, objectives: objectives ?? self.objectives,
                       prefix: prefix)
    }
}

/// Writes the bytes of a packed block (see `AccountRecords`), little-endian, unaligned.
struct RecordPacker {
    private(set) var bytes: [UInt8] = []
    /// The UTF-8 of the prefix left out of ids.
    private let prefixBytes: [UInt8]

    init(prefix: String, capacity: Int) {
        prefixBytes = Array(prefix.utf8)
        bytes.reserveCapacity(capacity)
    }

    /// Where the next byte goes.
    func mark() -> UInt32 { UInt32(bytes.count) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func number(_ n: UInt32) { append(n) }

    mutating func value(_ x: Double) { append(x) }

    mutating func day(_ d: Day?) { append(d.map { Int32($0.daysSinceEpoch) } ?? RecordKind.absent) }

    mutating func quarter(_ q: Quarter?) { append(q.map { Int32($0.index) } ?? RecordKind.absent) }

    /// An id or contact reference: its bytes without the prefix when it starts with it;
    /// in the pool when too long to keep inline.
    mutating func text(_ text: String?, texts: inout TextPoolBuilder) {
        guard var utf8 = text else { return bytes.append(RecordTextTag.none) }
        let prefixBytes = self.prefixBytes
        let pooled = utf8.withUTF8 { (utf8: UnsafeBufferPointer<UInt8>) -> Bool in
            let p = prefixBytes.count
            if p > 0, utf8.count >= p, utf8.count - p <= RecordTextTag.longestInline,
               prefixBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, utf8.baseAddress!, p) == 0 }) {
                bytes.append(RecordTextTag.shortened | UInt8(utf8.count - p))
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[p...]))
                return false
            }
            guard utf8.count <= RecordTextTag.longestInline else { return true }
            bytes.append(UInt8(utf8.count))
            bytes.append(contentsOf: utf8)
            return false
        }
        if pooled {
            bytes.append(RecordTextTag.pooled)
            append(texts.number(of: text!))
        }
    }

    private mutating func append<T>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }
}
