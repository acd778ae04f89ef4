/// Reads workspace bytes straight into a `Workspace` in one pass, with no JSON tree, no
/// field paths and keys matched on bytes: the loader's fast path.
///
/// It only handles the plain case: a current-version file whose every field has the
/// right shape. At the first thing it does not expect (a syntax error, a wrong type, a
/// missing required field, a repeated key, an unknown enum value, an older version) it
/// gives up and returns nil, and `WorkspaceReader` reads the file with the reference
/// decoder, which reports every problem with its path, line and column. So it never has
/// to build a path or an error message, and its result must equal the reference's.
///
/// The workspace's small parts (settings, managers, scorecard) go through the reference
/// decoders; accounts, which are nearly all of a file, are read here.
enum FastWorkspaceDecoder {
    /// The workspace in `buffer`, or nil when the file needs the reference reader. The
    /// accounts are read in `parts` parts on all cores when the file is large (see
    /// `readAccountsInParts`); tests pass a small `splitBytes` to split small files.
    /// `progress`, when given, counts the accounts' bytes as they are decoded.
    static func decode(_ buffer: UnsafeRawBufferPointer, parts: Int = BothCores.parts,
                       splitBytes: Int = 1 << 20, progress: LoadProgress? = nil) -> Workspace? {
        var scanner = JSONScanner(buffer)
        scanner.split = (parts, splitBytes)
        scanner.progress = progress
        do throws(JSONScanError) {
            scanner.skipByteOrderMark()
            scanner.skipWhitespace()
            let workspace = try scanner.readWorkspace()
            scanner.skipWhitespace()
            return scanner.pos == scanner.count ? workspace : nil
        } catch {
            return nil
        }
    }
}

extension JSONScanner {
    /// The workspace object (depth 1).
    mutating func readWorkspace() throws(JSONScanError) -> Workspace {
        var members = WorkspaceMembers()
        var accounts: [Account] = []
        guard try enterObject() else { throw Self.giveUp }
        repeat {
            let key = try readKey()
            if self.key(key, is: "accounts") {
                try members.seen.mark(WorkspaceMembers.accountsBit)
                accounts = try readAccounts()
            } else {
                try readWorkspaceMember(key, into: &members)
            }
        } while try next(close: UInt8(ascii: "}"))
        return try members.workspace(accounts: accounts)
    }

    /// Reads one member of the workspace object other than `accounts` into `members`.
    mutating func readWorkspaceMember(_ key: KeySpan, into members: inout WorkspaceMembers) throws(JSONScanError) {
        if self.key(key, is: "schemaVersion") {
            try members.seen.mark(1)
            guard try readNumber() == Double(Workspace.currentSchemaVersion) else { throw Self.giveUp }
        } else if self.key(key, is: "name") {
            try members.seen.mark(2)
            members.name = try readString()
        } else if self.key(key, is: "currency") {
            try members.seen.mark(3)
            members.currency = try readOptionalString() ?? "EUR"
        } else if self.key(key, is: "settings") {
            try members.seen.mark(4)
            members.settings = try referenceDecoded(parseValue(depth: 1), WorkspaceDecoder.decodeSettings) ?? Settings()
        } else if self.key(key, is: "managers") {
            try members.seen.mark(5)
            members.managers = try referenceDecodedList(parseValue(depth: 1), WorkspaceDecoder.decodeManager)
        } else if self.key(key, is: "scorecard") {
            try members.seen.mark(6)
            members.scorecard = try referenceDecoded(parseValue(depth: 1), ScorecardDecoder.decode) ?? .standard
        } else {
            try readExtra(key, depth: 1, into: &members.extra)
        }
    }

    /// `value` decoded by a reference decoder; nil for null; gives up on any problem.
    private func referenceDecoded<T>(_ value: JSONValue, _ decode: (ObjectReader) -> T) throws(JSONScanError) -> T? {
        if value == .null { return nil }
        let sink = ProblemSink()
        guard let reader = ObjectReader(value, at: .root, sink: sink) else { throw Self.giveUp }
        let result = decode(reader)
        guard sink.problems.isEmpty else { throw Self.giveUp }
        return result
    }

    /// The elements of an array of objects decoded by a reference decoder; empty for null.
    private func referenceDecodedList<T>(_ value: JSONValue, _ decode: (ObjectReader) -> T) throws(JSONScanError) -> [T] {
        if value == .null { return [] }
        guard case .array(let elements) = value else { throw Self.giveUp }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard let decoded = try referenceDecoded(element, decode) else { throw Self.giveUp }
            result.append(decoded)
        }
        return result
    }

    /// The `accounts` array (depth 2), or empty for null.
    private mutating func readAccounts() throws(JSONScanError) -> [Account] {
        if skipNull() { return [] }
        var accounts: [Account] = []
        guard try enterArray() else { return accounts }
        if let accounts = readAccountsInParts() { return accounts }
        // Reserve by a cheap estimate so the array grows rarely: about 5 KB per account.
        accounts.reserveCapacity(max(16, (count - pos) / 4096))
        var reported = pos
        repeat {
            accounts.append(try readAccount())
            reportProgress(since: &reported)
        } while try next(close: UInt8(ascii: "]"))
        reportProgress(since: &reported, final: true)
        return accounts
    }

    /// One account object (depth 3).
    mutating func readAccount() throws(JSONScanError) -> Account {
        var seen = SeenKeys()
        var account = Account(id: "", name: "", manager: "", segment: "")
        var contacts: [Contact] = [], activities: [Activity] = [], opportunities: [Opportunity] = []
        var objectives: [Objective] = []
        guard try enterObject() else { throw Self.giveUp }
        repeat {
            let key = try readKey()
            if self.key(key, is: "quarters") {
                try seen.mark(0)
                account.quarters = try readQuarters()
            } else if self.key(key, is: "activities") {
                try seen.mark(1)
                activities = try readList { (s: inout JSONScanner) throws(JSONScanError) in try s.readActivity() }
            } else if self.key(key, is: "contacts") {
                try seen.mark(2)
                contacts = try readList { (s: inout JSONScanner) throws(JSONScanError) in try s.readContact() }
            } else if self.key(key, is: "opportunities") {
                try seen.mark(3)
                opportunities = try readList { (s: inout JSONScanner) throws(JSONScanError) in try s.readOpportunity() }
            } else if self.key(key, is: "objectives") {
                try seen.mark(4)
                objectives = try readList { (s: inout JSONScanner) throws(JSONScanError) in try s.readObjective() }
            } else if self.key(key, is: "id") {
                try seen.mark(5)
                account.id = try readString()
            } else if self.key(key, is: "name") {
                try seen.mark(6)
                account.name = try readString()
            } else if self.key(key, is: "manager") {
                try seen.mark(7)
                account.manager = try readString(shared: true)
            } else if self.key(key, is: "segment") {
                try seen.mark(8)
                account.segment = try readString(shared: true)
            } else if self.key(key, is: "industry") {
                try seen.mark(9)
                account.industry = try readOptionalString(shared: true) ?? ""
            } else if self.key(key, is: "tier") {
                try seen.mark(10)
                account.tier = try readOptionalEnumeration(Tier.self) ?? .other
            } else if self.key(key, is: "status") {
                try seen.mark(11)
                account.status = try readOptionalEnumeration(AccountStatus.self) ?? .existing
            } else if self.key(key, is: "attractiveness") {
                try seen.mark(12)
                account.attractiveness = try readOptionalNumber()
            } else if self.key(key, is: "relationshipStrength") {
                try seen.mark(13)
                account.relationshipStrength = try readOptionalNumber()
            } else if self.key(key, is: "notes") {
                try seen.mark(14)
                account.notes = try readOptionalString(shared: true) ?? ""
            } else {
                try readExtra(key, depth: 3, into: &account.extra)
            }
        } while try next(close: UInt8(ascii: "}"))
        guard seen.contains(5), seen.contains(6), seen.contains(7), seen.contains(8) else { throw Self.giveUp }
        account.records = AccountRecords(contacts: contacts, activities: activities, opportunities: opportunities,
                                         objectives: objectives, prefix: account.recordPrefix, texts: &sharing.records)
        return account
    }

    /// An account's list of records (depth 4), each an object (depth 5), to be packed; empty for null.
    private mutating func readList<T>(_ read: (inout JSONScanner) throws(JSONScanError) -> T) throws(JSONScanError) -> [T] {
        if skipNull() { return [] }
        var list: [T] = []
        guard try enterArray() else { return list }
        repeat {
            list.append(try read(&self))
        } while try next(close: UInt8(ascii: "]"))
        return list
    }
}

/// The workspace object's members other than the accounts, as the fast decoder collects
/// them (in any order, each at most once), and the workspace they make.
struct WorkspaceMembers {
    /// The `seen` bit of `accounts`; the other members use 1 to 6.
    static let accountsBit: UInt32 = 0
    var seen = SeenKeys()
    var name = "", currency = "EUR", settings = Settings(), managers: [Manager] = []
    var scorecard = ScorecardDefinition.standard, extra = JSONObject()

    /// The workspace with `accounts`; gives up when `schemaVersion` or `name` (both
    /// required) is missing.
    func workspace(accounts: [Account]) throws(JSONScanError) -> Workspace {
        guard seen.contains(1), seen.contains(2) else { throw JSONScanner.giveUp }
        return Workspace(schemaVersion: Workspace.currentSchemaVersion, name: name, currency: currency,
                         settings: settings, managers: managers, accounts: accounts, scorecard: scorecard, extra: extra)
    }
}

extension JSONScanner {
    /// Tells `progress` (if any) about the bytes read since `reported`, once they pass a
    /// megabyte or when `final`, so that the shared counter is touched rarely.
    @inline(__always)
    func reportProgress(since reported: inout Int, final: Bool = false) {
        guard let progress, final || pos - reported >= 1 << 20 else { return }
        progress.addDecoded(pos - reported)
        reported = pos
    }
}
