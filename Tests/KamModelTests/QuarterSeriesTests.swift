import Testing
@testable import KamModel

/// `QuarterSeries` behaves as the `[Quarter: QuarterFigures]` it replaces, in quarter order.
@Suite struct QuarterSeriesTests {
    /// A small deterministic random source (a 64-bit linear congruential generator).
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Checks that `series` reads exactly as `reference` does.
    func expectSame(_ series: QuarterSeries, _ reference: [Quarter: QuarterFigures], probes: ClosedRange<Int>,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        let sorted = reference.sorted { $0.key < $1.key }
        #expect(series.count == reference.count, sourceLocation: sourceLocation)
        #expect(series.isEmpty == reference.isEmpty, sourceLocation: sourceLocation)
        #expect(Array(series.keys) == sorted.map(\.key), sourceLocation: sourceLocation)
        #expect(series.values == sorted.map(\.value), sourceLocation: sourceLocation)
        #expect(series.map(\.key) == sorted.map(\.key), sourceLocation: sourceLocation)
        #expect(series.map(\.value) == sorted.map(\.value), sourceLocation: sourceLocation)
        #expect(series.firstQuarter == sorted.first?.key && series.lastQuarter == sorted.last?.key,
                sourceLocation: sourceLocation)
        for index in probes {
            let quarter = Quarter(index: index)
            #expect(series[quarter] == reference[quarter], sourceLocation: sourceLocation)
            #expect(series[quarterIndex: index] == reference[quarter], sourceLocation: sourceLocation)
            #expect(series.revenue(quarterIndex: index) == reference[quarter]?.revenue, sourceLocation: sourceLocation)
            #expect(series.contains(quarter) == (reference[quarter] != nil), sourceLocation: sourceLocation)
        }
        // Built from the dictionary, it is equal: one form for one content.
        #expect(QuarterSeries(reference) == series, sourceLocation: sourceLocation)
    }

    @Test func randomInsertRemoveUpdateSequencesMatchADictionary() {
        let base = Quarter(year: 2024, quarter: 1).index
        for seed in UInt64(1)...40 {
            var random = Random(state: seed)
            var series = QuarterSeries()
            var reference: [Quarter: QuarterFigures] = [:]
            // Narrow windows give runs without gaps (index arithmetic), wide ones gaps (search).
            let width = seed % 2 == 0 ? 6 : 14
            for step in 0..<120 {
                let quarter = Quarter(index: base + random.next(width))
                switch random.next(6) {
                case 0, 1, 2:
                    let figures = QuarterFigures(revenue: Double(step), custom: step % 3 == 0 ? ["x": Double(seed)] : [:])
                    series[quarter] = figures
                    reference[quarter] = figures
                case 3:
                    series[quarter] = nil
                    reference[quarter] = nil
                case 4:
                    series[quarter]?.nps = NPSSurvey(promoters: step, passives: 1, detractors: 2)
                    reference[quarter]?.nps = NPSSurvey(promoters: step, passives: 1, detractors: 2)
                default:
                    series[quarter]?.revenue = nil
                    reference[quarter]?.revenue = nil
                }
                expectSame(series, reference, probes: base - 2...base + width + 1)
            }
        }
    }

    @Test func iteratesInQuarterOrderWhateverTheInsertionOrder() {
        let q = (1...4).map { Quarter(year: 2025, quarter: $0) }
        var series = QuarterSeries()
        for quarter in [q[2], q[0], q[3], q[1]] { series[quarter] = QuarterFigures(revenue: Double(quarter.quarter)) }
        var seen: [Quarter] = []
        for (quarter, figures) in series {
            #expect(figures.revenue == Double(quarter.quarter))
            seen.append(quarter)
        }
        #expect(seen == q)
    }

    @Test func aDictionaryLiteralBuildsTheSeries() {
        let q1 = Quarter(year: 2025, quarter: 1), q3 = Quarter(year: 2025, quarter: 3)
        let series: QuarterSeries = [q3: QuarterFigures(revenue: 3), q1: QuarterFigures(revenue: 1)]
        #expect(Array(series.keys) == [q1, q3])
        #expect(series[q1]?.revenue == 1 && series[q3]?.revenue == 3)
        #expect(series[Quarter(year: 2025, quarter: 2)] == nil)
        let empty: QuarterSeries = [:]
        #expect(empty.isEmpty && empty == QuarterSeries())
    }

    @Test func equalityIsTheDictionarys() {
        let q1 = Quarter(year: 2025, quarter: 1), q2 = Quarter(year: 2025, quarter: 2)
        var a: QuarterSeries = [q1: QuarterFigures(revenue: 1), q2: QuarterFigures(revenue: 2)]
        var b = QuarterSeries()
        b[q2] = QuarterFigures(revenue: 2)
        b[q1] = QuarterFigures(revenue: 1)
        #expect(a == b)
        b[q2]?.revenue = 3
        #expect(a != b)
        a[q2] = nil
        b[q2] = nil
        #expect(a == b)
        b[q1] = nil
        #expect(a != b && b == QuarterSeries())
    }
}
