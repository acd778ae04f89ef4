import Testing
@testable import KamModel

/// The fast writer against the reference writer: the same bytes for every workspace.
@Suite struct FastWriterTests {
    /// `workspace` with an unknown member (of every JSON kind) on every record.
    static func withUnknownMembers(_ workspace: Workspace) -> Workspace {
        let extra = JSONObject([
            ("zNote", .string("kept \"as\" found\n\u{2028}é")), ("zCount", .number(3)), ("zRatio", .number(0.125)),
            ("zFlag", .bool(false)), ("zNothing", .null),
            ("zList", .array([.number(1), .string("a"), .object(JSONObject([("b", .array([]))]))])),
        ])
        var workspace = workspace
        workspace.extra = extra
        workspace.settings.extra = extra
        for i in workspace.managers.indices { workspace.managers[i].extra = extra }
        for i in workspace.accounts.indices {
            var account = workspace.accounts[i]
            account.extra = extra
            for q in account.quarters.keys {
                account.quarters[q]?.extra = extra
                account.quarters[q]?.custom = ["zeta": 2.5, "alpha": -1, "mid\"quote": 1e-7]
                account.quarters[q]?.costToServe?.extra = extra
                account.quarters[q]?.nps?.extra = extra
                account.quarters[q]?.csat?.extra = extra
            }
            for j in account.contacts.indices { account.contacts[j].extra = extra }
            for j in account.activities.indices { account.activities[j].extra = extra }
            for j in account.opportunities.indices { account.opportunities[j].extra = extra }
            for j in account.objectives.indices { account.objectives[j].extra = extra }
            workspace.accounts[i] = account
        }
        return workspace
    }

    /// Many copies of the sample's accounts, so that the writer splits them between cores.
    static var large: Workspace { Samples.withManyAccounts(copies: 100) }

    @Test("the fast writer writes the sample workspace byte for byte as the reference writer")
    func sampleEqualsReference() {
        let workspace = Samples.workspace
        #expect(FastWorkspaceWriter.write(workspace, parts: 1) == WorkspaceFile.encodeReference(workspace))
    }

    @Test("unknown members, custom measures and escapes are written as the reference writes them")
    func unknownMembersEqualReference() {
        let workspace = Self.withUnknownMembers(Samples.workspace)
        let reference = WorkspaceFile.encodeReference(workspace)
        #expect(FastWorkspaceWriter.write(workspace, parts: 1) == reference)
        #expect(String(decoding: reference, as: UTF8.self).contains("zList"))
    }

    @Test("written in 1, 2, 3 or 8 parts, a large workspace gives the reference bytes")
    func partsEqualReference() {
        for workspace in [Self.large, Self.withUnknownMembers(Self.large)] {
            let reference = WorkspaceFile.encodeReference(workspace)
            for parts in [1, 2, 3, 8] {
                #expect(FastWorkspaceWriter.write(workspace, parts: parts) == reference, "\(parts) parts")
            }
        }
    }

    @Test("handed on in batches of any size, the pieces make the reference bytes")
    func batchesEqualReference() throws {
        let workspace = Self.large
        let reference = WorkspaceFile.encodeReference(workspace)
        for (batch, parts) in [(1, 1), (7, 2), (300, 3), (100_000, 2)] {
            var text: [UInt8] = []
            var pieces = 0
            try FastWorkspaceWriter.write(workspace, parts: parts, batch: batch) { piece in
                text.append(contentsOf: piece)
                pieces += 1
            }
            #expect(text == reference, "batches of \(batch)")
            #expect(pieces > 2, "the head, the accounts and the tail are handed on separately")
        }
    }

    @Test("asked to stop, the writer hands on nothing more after the current batch")
    func stopsBetweenBatches() throws {
        let workspace = Self.large
        var asked = 0
        var text: [UInt8] = []
        try FastWorkspaceWriter.write(workspace, parts: 2, batch: 10, shouldStop: {
            asked += 1
            return asked > 2
        }, to: { text.append(contentsOf: $0) })
        let reference = WorkspaceFile.encodeReference(workspace)
        #expect(asked == 3)
        #expect(text.count < reference.count && Array(reference.prefix(text.count)) == text)
    }

    @Test("empty workspaces, accounts without records and odd numbers match the reference")
    func edgeCasesEqualReference() {
        var workspace = Workspace(name: "Empty")
        #expect(FastWorkspaceWriter.write(workspace) == WorkspaceFile.encodeReference(workspace))
        workspace.accounts = [
            Account(id: "a", name: "Bare", manager: "m", segment: ""),
            Account(id: "b", name: "Odd numbers", manager: "m", segment: "s", attractiveness: 2.5,
                    relationshipStrength: -0.0,
                    quarters: [Quarter(year: 2026, quarter: 1): QuarterFigures(revenue: 1e21, grossProfit: -12.75,
                                                                               retention: .nan),
                               Quarter(year: 999, quarter: 4): QuarterFigures()],
                    activities: [Activity(id: "x", date: Day(daysSinceEpoch: -800_000), kind: .note, text: "")]),
        ]
        #expect(FastWorkspaceWriter.write(workspace) == WorkspaceFile.encodeReference(workspace))
    }
}

/// The fast writer's pieces against the reference: numbers and the plain-string check.
@Suite struct FastWriterPiecesTests {
    /// The reference writer's text for a number.
    private func reference(_ number: Double) -> String {
        var out: [UInt8] = []
        JSONWriter.appendNumber(number, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("numbers: the fast path writes what the reference writer writes, for edge and random values")
    func numbersEqualReference() {
        var edges: [Double] = [0, -0.0, 0.1, 0.2, 0.1 + 0.2, .leastNonzeroMagnitude, .leastNormalMagnitude,
                               .greatestFiniteMagnitude, .infinity, .nan, 1e15, 1e15 + 0.5, 1e16, 1e17, 1e21, 1e22,
                               1e-5, 1e-4, 0.001, 0.005, 0.015, 1.005, 2.675, 123_456.789, 9_007_199_254_740_992,
                               9_007_199_254_740_992.0.nextUp, 8_589_934_591.999, 8_589_934_592.5, 4_294_967_295.125, 1e-7,
                               1e300, 1e-300, 0.5, 12.75, -1_234_567.25]
        edges += edges.map { -$0 }
        for x in edges { #expect(FastNumberText.text(x) == reference(x), "\(x.bitPattern)") }
        var generator = SplitMix(seed: 42)
        let scales: [Double] = [1, 10, 100, 1000, 10_000]
        let magnitudes: [Double] = [1, 100, 1e4, 1e6, 1e9, 8.5e9, 1e12, 1e15]
        var fast = 0
        for _ in 0..<200_000 {
            let scale = scales[Int(generator.next() % 5)], magnitude = magnitudes[Int(generator.next() % 8)]
            let decimal = (Double.random(in: -magnitude...magnitude, using: &generator) * scale).rounded() / scale
            let bits = Double(bitPattern: generator.next())
            let uniform = Double.random(in: -1e10...1e10, using: &generator)
            for x in [decimal, bits, uniform] {
                let text = FastNumberText.text(x)
                if text != reference(x) { Issue.record("\(x) (bits \(x.bitPattern)): \(text) ≠ \(reference(x))"); return }
                if abs(x) < FastNumberText.decimalLimit, FastNumberText.shortDecimal(x) != nil { fast += 1 }
            }
        }
        #expect(fast > 100_000, "the random values exercise the fast path")
    }

    @Test("the eight-bytes-at-a-time check never calls a string plain that needs escaping")
    func plainCheckIsSafe() {
        var generator = SplitMix(seed: 5)
        func slow(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy { $0 >= 0x20 && $0 <= 0x7E && $0 != 0x22 && $0 != 0x5C } }
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xFE, 0xFF, 0x41]
        var plainCount = 0
        for _ in 0..<100_000 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ in
                generator.next() % 4 == 0 ? interesting[Int(generator.next() % UInt64(interesting.count))]
                    : UInt8(0x20 + generator.next() % 95)
            }
            let fast = bytes.withUnsafeBytes { ByteSink.isPlain($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: length) }
            if fast && !slow(bytes) { Issue.record("called plain: \(bytes)"); return }
            if fast { plainCount += 1 }
            if slow(bytes) { #expect(fast, "\(bytes)") }
        }
        #expect(plainCount > 10_000)
        for text in ["", "Acme", "say \"hi\"", "back\\slash", "tab\there", "é", "\u{7F}", String(repeating: "x", count: 33) + "\""] {
            var sink = ByteSink(capacity: 8)
            sink.string(text)
            var reference: [UInt8] = []
            JSONWriter.appendString(text, to: &reference)
            #expect(Array(UnsafeBufferPointer(start: sink.base, count: sink.count)) == reference, "\(text)")
            sink.free()
        }
    }

    @Test("every case's raw value is copied from its table as the reference writes the raw value")
    func rawValuesFromTables() {
        func check<E: QuotedRawValue>(_ type: E.Type) {
            #expect(!E.allCases.isEmpty)
            for value in E.allCases {
                var sink = ByteSink(capacity: 4)
                sink.bytes([0x2C])
                sink.rawValue(value)
                var reference: [UInt8] = [0x2C]
                JSONWriter.appendString(value.rawValue, to: &reference)
                #expect(Array(UnsafeBufferPointer(start: sink.base, count: sink.count)) == reference, "\(value)")
                sink.free()
            }
        }
        check(Tier.self)
        check(AccountStatus.self)
        check(BuyingRole.self)
        check(Attitude.self)
        check(Coverage.self)
        check(ActivityKind.self)
        check(OpportunityStage.self)
        check(ObjectiveStatus.self)
    }

    @Test("bytes of every length up to 80, from any offset, are appended exactly, after any other bytes")
    func shortCopiesAreExact() {
        var generator = SplitMix(seed: 5)
        let source = (0..<96).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        for length in 0...80 {
            for offset in 0..<8 {
                var sink = ByteSink(capacity: 1)
                sink.bytes([0xAA, 0xBB, 0xCC][..<(offset % 4)].map { $0 })
                let before = Array(UnsafeBufferPointer(start: sink.base, count: sink.count))
                source.withUnsafeBytes { sink.bytes(UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + length)])) }
                #expect(Array(UnsafeBufferPointer(start: sink.base, count: sink.count)) == before + source[offset..<(offset + length)],
                        "\(length) bytes from \(offset)")
                sink.free()
            }
        }
    }
}

extension FastWriterTests {
    @Test("records written from their packed columns are the reference bytes, pooled or not, whatever their ids and texts")
    func packedRecordsEqualReference() {
        var g = SplitMix(seed: 77)
        var shared = TextPoolBuilder(poolCapacity: 64, slotBits: 3)
        var accounts: [Account] = []
        for n in 0..<400 {
            let r = AccountRecordsTests.random(&g)
            var account = Samples.workspace.accounts[n % Samples.workspace.accounts.count]
            account.id = "ACC-7"
            if n % 2 == 0 {
                account.records = AccountRecords(contacts: r.contacts, activities: r.activities,
                                                 opportunities: r.opportunities, objectives: r.objectives,
                                                 prefix: "ACC-7-", texts: &shared)
            } else {
                account.contacts = r.contacts
                account.activities = r.activities
                account.opportunities = r.opportunities
                account.objectives = r.objectives
            }
            accounts.append(account)
        }
        var workspace = Samples.workspace
        workspace.accounts = accounts
        let reference = WorkspaceFile.encodeReference(workspace)
        #expect(FastWorkspaceWriter.write(workspace, parts: 1) == reference)
        #expect(FastWorkspaceWriter.write(workspace, parts: 3) == reference)
    }

    @Test("pooled texts that recur, written again from each part's memo as the pools change, are the reference bytes")
    func recurringPooledTextsEqualReference() throws {
        let wordings = ["Call about the renewal", "Said \"no\" to the price", "Café visit ✓", "tab\there", "",
                        "back\\slash", String(repeating: "a long wording ", count: 12)]
        var shared = TextPoolBuilder(poolCapacity: 16, slotBits: 2)
        let day = try #require(Day("2026-05-04"))
        var accounts: [Account] = []
        for n in 0..<300 {
            var account = Samples.workspace.accounts[n % Samples.workspace.accounts.count]
            account.id = "ACC-\(n)"
            let activities = (0..<6).map { k in
                Activity(id: "ACC-\(n)-A\(k)", date: day, kind: .call, text: wordings[(n + k) % wordings.count])
            }
            account.records = AccountRecords(contacts: [], activities: activities, opportunities: [], objectives: [],
                                             prefix: "ACC-\(n)-", texts: &shared)
            accounts.append(account)
        }
        var workspace = Samples.workspace
        workspace.accounts = accounts
        workspace.scorecard.overrides = []
        let reference = WorkspaceFile.encodeReference(workspace)
        for parts in [1, 2, 3] {
            #expect(FastWorkspaceWriter.write(workspace, parts: parts) == reference, "\(parts) parts")
        }
    }
}
