import Foundation
import Testing
@testable import KamModel

/// `QuarterFigures` keeps every figure as given, through its compact storage and a file.
@Suite struct QuarterFiguresTests {
    static let extra = JSONObject([("flag", .bool(true)), ("note", .string("kept"))])

    /// Figures with every field set, some of them to 0 and some to their rare form.
    static let full = QuarterFigures(
        revenue: 0, grossProfit: -12.5,
        costToServe: CostToServe(sales: 1, accountTeam: 0, support: 3, logistics: 4.25, other: 5, extra: extra),
        categorySpend: 1e9,
        nps: NPSSurvey(promoters: 5, passives: 0, detractors: 1, extra: extra),
        csat: CSATSurvey(satisfied: 3_000_000_000, responses: 4_000_000_000),
        issueResolutionDays: 0.5, turnaroundDays: 0, retention: 1,
        custom: ["zeta": 2.5, "alpha": 0, "solutionsCoDeveloped": -1],
        extra: extra)

    @Test func everyFieldReadsBackAsGiven() {
        let f = Self.full
        #expect(f.revenue == 0 && f.grossProfit == -12.5 && f.categorySpend == 1e9)
        #expect(f.issueResolutionDays == 0.5 && f.turnaroundDays == 0 && f.retention == 1)
        #expect(f.costToServe == CostToServe(sales: 1, accountTeam: 0, support: 3, logistics: 4.25, other: 5, extra: Self.extra))
        #expect(f.costToServeTotal == 13.25)
        #expect(f.nps == NPSSurvey(promoters: 5, passives: 0, detractors: 1, extra: Self.extra))
        #expect(f.csat == CSATSurvey(satisfied: 3_000_000_000, responses: 4_000_000_000))
        #expect(f.custom == ["zeta": 2.5, "alpha": 0, "solutionsCoDeveloped": -1])
        #expect(f.customFigures.map(\.name) == ["alpha", "solutionsCoDeveloped", "zeta"])
        #expect(f.extra == Self.extra)
    }

    @Test func nilIsNotZero() {
        var f = QuarterFigures(revenue: 0, costToServe: CostToServe(), nps: NPSSurvey(promoters: 0, passives: 0, detractors: 0))
        #expect(f.revenue == 0 && f.grossProfit == nil)
        #expect(f.costToServe == CostToServe() && f.costToServeTotal == 0)
        #expect(f.nps?.responses == 0 && f.csat == nil)
        #expect(f != QuarterFigures())
        f.revenue = nil
        f.costToServe = nil
        f.nps = nil
        #expect(f.revenue == nil && f.costToServe == nil && f.costToServeTotal == nil && f.nps == nil)
        #expect(f == QuarterFigures())
    }

    @Test func settingEachFieldBackToNothingGivesEmptyFigures() {
        var f = Self.full
        f.revenue = nil; f.grossProfit = nil; f.costToServe = nil; f.categorySpend = nil
        f.nps = nil; f.csat = nil; f.issueResolutionDays = nil; f.turnaroundDays = nil; f.retention = nil
        f.custom = [:]
        #expect(f != QuarterFigures())
        f.extra = JSONObject()
        #expect(f == QuarterFigures())
        #expect(f.extras == nil)
    }

    @Test func partsChangeInPlaceThroughOptionalChaining() {
        var f = QuarterFigures(costToServe: CostToServe(sales: 1), nps: NPSSurvey(promoters: 1, passives: 2, detractors: 3))
        f.costToServe?.support = 7
        f.costToServe?.extra = Self.extra
        f.nps?.detractors = 0
        f.csat?.responses = 9  // no survey: nothing happens
        f.custom["hours"] = 4
        f.custom["hours"]? += 1
        #expect(f.costToServe == CostToServe(sales: 1, support: 7, extra: Self.extra))
        #expect(f.nps == NPSSurvey(promoters: 1, passives: 2, detractors: 0))
        #expect(f.csat == nil)
        #expect(f.custom == ["hours": 5])
        f.costToServe?.extra = JSONObject()
        #expect(f.costToServe == CostToServe(sales: 1, support: 7))
        #expect(f.extras == nil)
    }

    @Test func equalityIsFieldByField() {
        #expect(Self.full == Self.full)
        var other = Self.full
        other.custom["alpha"] = -0.0
        #expect(other == Self.full)  // -0 == 0, as for Double? and [String: Double]
        other.custom["beta"] = 1
        #expect(other != Self.full)
        other = Self.full
        other.nps?.extra = JSONObject()
        #expect(other != Self.full)
        other = Self.full
        other.retention = .nan
        #expect(other != other)  // NaN is never equal, as for Double?
        other = Self.full
        other.csat = CSATSurvey(satisfied: 3, responses: 4)
        #expect(other != Self.full)
    }

    @Test func aFileRoundTripKeepsEveryField() throws {
        var workspace = Samples.workspace
        let quarter = Quarter(year: 2031, quarter: 2)
        workspace.accounts[0].quarters[quarter] = Self.full
        workspace.accounts[0].quarters[quarter.next] = QuarterFigures(revenue: 0, custom: ["alpha": 0])
        let bytes = WorkspaceFile.encode(workspace)
        let decoded = try WorkspaceFile.decode(bytes: bytes, fileName: "ws.json")
        #expect(decoded.accounts[0].quarters[quarter] == Self.full)
        #expect(decoded.accounts[0].quarters[quarter.next] == QuarterFigures(revenue: 0, custom: ["alpha": 0]))
        #expect(decoded == workspace)
        #expect(WorkspaceFile.encode(decoded) == bytes)
    }

    @Test func theDecoderSharesCustomNamesBetweenQuarters() throws {
        var workspace = Samples.workspace
        for i in workspace.accounts.indices {
            workspace.accounts[i].quarters[Quarter(year: 2030, quarter: 1)] = QuarterFigures(custom: ["solutionsCoDeveloped": Double(i)])
        }
        let decoded = try WorkspaceFile.decode(bytes: WorkspaceFile.encode(workspace), fileName: "ws.json")
        let names = decoded.accounts.flatMap(\.quarters.values).flatMap(\.customFigures).map(\.name)
            .filter { $0 == "solutionsCoDeveloped" }
        #expect(names.count == workspace.accounts.count + 1)
        let storages = Set(names.map { name in name.utf8.withContiguousStorageIfAvailable { Int(bitPattern: $0.baseAddress) } })
        #expect(storages.count == 1)
    }

    @Test func theDecoderSharesRepeatedCustomListsButKeepsTheirBits() throws {
        var workspace = Samples.workspace
        let q1 = Quarter(year: 2030, quarter: 1), q2 = q1.next
        for i in workspace.accounts.indices {
            workspace.accounts[i].quarters[q1] = QuarterFigures(custom: ["hours": 6, "solutions": 2])
            workspace.accounts[i].quarters[q2] = QuarterFigures(custom: ["hours": 0])
        }
        // The writer writes -0 as 0; a file may still say -0, and the decoder keeps its sign.
        var text = String(decoding: WorkspaceFile.encode(workspace), as: UTF8.self)
        let zero = try #require(text.range(of: #""custom": {"hours": 0}"#, options: .backwards))
        text.replaceSubrange(zero, with: #""custom": {"hours": -0}"#)
        let decoded = try WorkspaceFile.decode(bytes: Array(text.utf8), fileName: "ws.json")
        #expect(decoded == workspace)
        func storage(_ account: Account, _ quarter: Quarter) -> Int? {
            account.quarters[quarter]?.customFigures.figures.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
        }
        #expect(Set(decoded.accounts.map { storage($0, q1) }).count == 1)
        // 0 and -0 are equal figures but not the same bits: not shared.
        #expect(decoded.accounts[0].quarters[q2]?.custom["hours"]?.sign == .plus)
        #expect(decoded.accounts[decoded.accounts.count - 1].quarters[q2]?.custom["hours"]?.sign == .minus)
    }

    @Test func manyDifferentRepeatedListsAreSharedToo() throws {
        var workspace = Samples.workspace
        let template = workspace.accounts[1]
        let quarters = Quarter.range(Quarter(year: 2024, quarter: 1), Quarter(year: 2025, quarter: 4))
        workspace.accounts = (0..<300).map { i in
            var account = template
            account.id = i == 0 ? "acme" : "a\(i)"
            for (k, quarter) in quarters.enumerated() {
                let n = i * quarters.count + k
                account.quarters[quarter] = QuarterFigures(revenue: 1, custom: ["hours": Double(n % 21), "solutions": Double(n % 4)])
            }
            return account
        }
        let decoded = try WorkspaceFile.decode(bytes: WorkspaceFile.encode(workspace), fileName: "ws.json")
        #expect(decoded == workspace)
        let storages = Set(decoded.accounts.flatMap(\.quarters.values).map { f in
            f.customFigures.figures.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
        })
        // 84 different lists in 2,400 quarters: one array each.
        #expect(storages.count == 84)
    }

    @Test func aTypicalQuarterIsCompact() {
        #expect(MemoryLayout<QuarterFigures>.stride == 72)
        let f = QuarterFigures(revenue: 98284, grossProfit: 40498,
                               costToServe: CostToServe(sales: 5300, accountTeam: 1565, support: 17698, logistics: 4075, other: 11204),
                               categorySpend: 151000, nps: NPSSurvey(promoters: 5, passives: 1, detractors: 4),
                               csat: CSATSurvey(satisfied: 14, responses: 21), issueResolutionDays: 3.8, turnaroundDays: 4.3,
                               retention: 0.63, custom: ["trainingHours": 5])
        #expect(f.extras == nil)
    }

    /// Numbers on and off the compact path (`ShortDecimal`), NaN aside.
    static func awkwardNumbers() -> [Double] {
        var numbers: [Double] = [
            0, -0.0, 1, 98284, 4.3, 0.63, 14000, 1565, 0.1 + 0.2, 1.0 / 3, .infinity, .leastNonzeroMagnitude,
            .leastNormalMagnitude, .greatestFiniteMagnitude, 9_007_199_254_740_992, 268_435_455, 268_435_456,
            12_345_678.91, 1e-7, 1e-8, 0.63.nextUp, 1e300,
        ]
        numbers += numbers.map { -$0 }
        var generator = SplitMix(seed: 8)
        for _ in 0..<300 {
            let scale = Double([1, 10, 100, 1000, 1e6][Int(generator.next() % 5)])
            numbers.append((Double.random(in: -1e9...1e9, using: &generator) * scale).rounded() / scale)
            let bits = Double(bitPattern: generator.next())
            if !bits.isNaN { numbers.append(bits) }
        }
        return numbers
    }

    @Test func everyNumberReadsBackWithTheSameBits() {
        let numbers: [WritableKeyPath<QuarterFigures, Double?>] = [
            \.revenue, \.grossProfit, \.categorySpend, \.issueResolutionDays, \.turnaroundDays, \.retention,
        ]
        let neighbours = QuarterFigures(revenue: 7, grossProfit: 1e300, retention: 0.5)
        var outOfLine = 0
        for path in numbers {
            for x in Self.awkwardNumbers() {
                var f = neighbours
                f[keyPath: path] = x
                #expect(f[keyPath: path]?.bitPattern == x.bitPattern, "\(path) = \(x)")
                for other in numbers where other != path { #expect(f[keyPath: other] == neighbours[keyPath: other]) }
                if ShortDecimal(exactly: x) == nil { outOfLine += 1 }
                f[keyPath: path] = neighbours[keyPath: path]
                #expect(f == neighbours)
                #expect(f.extras?.lowerHalves == neighbours.extras?.lowerHalves && f.extras?.rare == nil)
            }
        }
        #expect(outOfLine > 6 * 300)
        var f = neighbours
        f.retention = .nan
        #expect(f.retention?.isNaN == true && f.revenue == 7)
    }

    @Test func everyCostReadsBackWithTheSameBits() {
        for category in CostCategory.allCases {
            for x in Self.awkwardNumbers() {
                var cost = CostToServe(sales: 1, accountTeam: 2.5, support: 0, logistics: 4, other: 5)
                cost[category] = x
                var f = QuarterFigures(revenue: 3, costToServe: cost)
                #expect(f.costToServe?[category].bitPattern == x.bitPattern, "\(category) = \(x)")
                #expect(f.costToServe == cost)
                #expect(f.costToServeTotal?.bitPattern == cost.total.bitPattern || cost.total.isNaN)
                #expect((f.extras == nil) == (ShortDecimal(exactly: x) != nil))
                f.costToServe = CostToServe(sales: 1)
                #expect(f.extras == nil && f.costToServe == CostToServe(sales: 1) && f.revenue == 3)
            }
        }
    }

    @Test func theInitializerStoresAsTheSettersDo() {
        let numbers = Self.awkwardNumbers()
        var generator = SplitMix(seed: 12)
        func any() -> Double? { generator.next() % 4 == 0 ? nil : numbers[Int(generator.next() % UInt64(numbers.count))] }
        for k in 0..<2000 {
            let revenue = any(), grossProfit = any(), categorySpend = any(), issue = any(), turnaround = any(), retention = any()
            let cost = generator.next() % 3 == 0 ? nil
                : CostToServe(sales: any() ?? 0, accountTeam: 1, support: any() ?? 2, logistics: 0.5, other: any() ?? 0,
                              extra: k % 5 == 0 ? Self.extra : JSONObject())
            let nps = k % 3 == 0 ? nil : NPSSurvey(promoters: k % 7 == 0 ? 70_000 : 3, passives: 1, detractors: 2)
            let csat = k % 4 == 0 ? nil : CSATSurvey(satisfied: 4, responses: 5, extra: k % 11 == 0 ? Self.extra : JSONObject())
            let extra = k % 13 == 0 ? Self.extra : JSONObject()
            let made = QuarterFigures(revenue: revenue, grossProfit: grossProfit, costToServe: cost, categorySpend: categorySpend,
                                      nps: nps, csat: csat, issueResolutionDays: issue, turnaroundDays: turnaround,
                                      retention: retention, extra: extra)
            var set = QuarterFigures()
            set.extra = extra
            set.csat = csat
            set.nps = nps
            set.costToServe = cost
            (set.revenue, set.grossProfit, set.categorySpend) = (revenue, grossProfit, categorySpend)
            (set.issueResolutionDays, set.turnaroundDays, set.retention) = (issue, turnaround, retention)
            #expect(made == set)
            #expect(made.present == set.present)
            #expect(made.extras?.lowerHalves == set.extras?.lowerHalves && made.extras?.rare?.parts == set.extras?.rare?.parts)
            #expect(made.revenue?.bitPattern == revenue?.bitPattern && made.costToServe?.other.bitPattern == cost?.other.bitPattern)
        }
    }

    @Test func equalityDoesNotDependOnTheStorage() {
        // -0 is kept out of line and 0 inline: still equal figures, as for Double?.
        #expect(QuarterFigures(revenue: -0.0) == QuarterFigures(revenue: 0))
        #expect(QuarterFigures(revenue: -0.0).revenue?.sign == .minus)
        #expect(QuarterFigures(costToServe: CostToServe(other: -0.0)) == QuarterFigures(costToServe: CostToServe()))
        #expect(QuarterFigures(revenue: 1e300) == QuarterFigures(revenue: 1e300))
        #expect(QuarterFigures(revenue: 1e300) != QuarterFigures(grossProfit: 1e300))
        #expect(QuarterFigures(revenue: 0.1 + 0.2) != QuarterFigures(revenue: 0.3))
        // A number that goes out of line and back leaves nothing behind.
        var f = QuarterFigures(revenue: 1, grossProfit: 0.1 + 0.2, extra: Self.extra)
        f.grossProfit = 0.3
        #expect(f == QuarterFigures(revenue: 1, grossProfit: 0.3, extra: Self.extra))
        f.revenue = .infinity
        #expect(f.revenue == .infinity && f.extra == Self.extra)
        f.extra = JSONObject()
        #expect(f.revenue == .infinity)
        f.revenue = nil
        #expect(f == QuarterFigures(grossProfit: 0.3) && f.extras == nil)
    }

    @Test func numbersStoredEitherWayAreWrittenAndReadBackExactly() throws {
        var workspace = Samples.workspace
        let finite = Self.awkwardNumbers().filter { $0.isFinite && !($0 == 0 && $0.sign == .minus) }
        var quarter = Quarter(year: 2020, quarter: 1)
        for (k, x) in finite.enumerated() {
            let y = finite[(k * 7 + 3) % finite.count]
            // Signed where validation allows it.
            workspace.accounts[k % workspace.accounts.count].quarters[quarter] = QuarterFigures(
                revenue: abs(x), grossProfit: y,
                costToServe: CostToServe(sales: abs(y), accountTeam: 1, support: abs(x), logistics: 0.5, other: 2),
                categorySpend: 14000, issueResolutionDays: 4.3, turnaroundDays: abs(x), retention: 0.63)
            quarter = quarter.next
        }
        let bytes = FastWorkspaceWriter.write(workspace, parts: 1)
        #expect(bytes == WorkspaceFile.encodeReference(workspace))
        let decoded = try WorkspaceFile.decode(bytes: bytes, fileName: "ws.json")
        #expect(decoded == workspace)
        for (read, written) in zip(decoded.accounts, workspace.accounts) {
            for ((_, a), (_, b)) in zip(read.quarters, written.quarters) {
                let numbers = [\QuarterFigures.revenue, \.grossProfit, \.turnaroundDays, \.costToServe?.sales, \.costToServe?.support]
                for path in numbers { #expect(a[keyPath: path]?.bitPattern == b[keyPath: path]?.bitPattern) }
            }
        }
    }

    @Test func surveyCountsBeyond16BitsGoOutOfLine() {
        for n in [0, 1, 65535, 65536, -1, 3_000_000_000, .max, .min] {
            let nps = NPSSurvey(promoters: 2, passives: n, detractors: 1), csat = CSATSurvey(satisfied: n, responses: 9)
            var f = QuarterFigures(nps: nps, csat: csat)
            #expect(f.nps == nps && f.csat == csat)
            #expect((f.extras == nil) == (0...65535).contains(n), "\(n)")
            f.nps = NPSSurvey(promoters: 1, passives: 1, detractors: 1)
            f.csat = CSATSurvey(satisfied: 1, responses: 1)
            #expect(f.extras == nil)
        }
    }
}
