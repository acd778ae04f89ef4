import Testing
import KamModel
@testable import KamAnalytics

@Suite("KPI scoring and status")
struct KPIScoringTests {
    @Test("higher is better: attainment actual / target, capped at 100, never below 0")
    func higherIsBetter() {
        #expect(KPIScoring.score(actual: 24, target: 30, direction: .higherIsBetter) == 80)
        #expect(KPIScoring.score(actual: 45, target: 30, direction: .higherIsBetter) == 100)
        #expect(KPIScoring.score(actual: -10, target: 5, direction: .higherIsBetter) == 0)
        #expect(KPIScoring.score(actual: nil, target: 5, direction: .higherIsBetter) == nil)
    }

    @Test("lower is better: target / actual; an actual of zero meets the target")
    func lowerIsBetter() {
        #expect(KPIScoring.score(actual: 4, target: 3, direction: .lowerIsBetter) == 75)   // 3 / 4
        #expect(KPIScoring.score(actual: 2, target: 3, direction: .lowerIsBetter) == 100)
        #expect(KPIScoring.score(actual: 0, target: 3, direction: .lowerIsBetter) == 100)
        #expect(KPIScoring.status(actual: 0, target: 3, direction: .lowerIsBetter, tolerance: 0.2) == .green)
        #expect(KPIScoring.score(actual: 0, target: 0, direction: .lowerIsBetter) == 100)
    }

    @Test("negative targets score the shortfall against the size of the target")
    func negativeTarget() {
        // Target NPS -10, actual -15: shortfall 5 of 10 -> 50.
        #expect(close(KPIScoring.score(actual: -15, target: -10, direction: .higherIsBetter), 50))
        #expect(KPIScoring.score(actual: -25, target: -10, direction: .higherIsBetter) == 0)
        #expect(KPIScoring.score(actual: -5, target: -10, direction: .higherIsBetter) == 100)
        // Tolerance 0.5 of |-10| = 5: -15 is amber, -15.1 red.
        #expect(KPIScoring.status(actual: -15, target: -10, direction: .higherIsBetter, tolerance: 0.5) == .amber)
        #expect(KPIScoring.status(actual: -15.1, target: -10, direction: .higherIsBetter, tolerance: 0.5) == .red)
    }

    @Test("a target of zero: met is 100 and green, missed is 0 and red")
    func zeroTarget() {
        #expect(KPIScoring.score(actual: 0, target: 0, direction: .higherIsBetter) == 100)
        #expect(KPIScoring.score(actual: -1, target: 0, direction: .higherIsBetter) == 0)
        #expect(KPIScoring.status(actual: -1, target: 0, direction: .higherIsBetter, tolerance: 0.5) == .red)
    }

    @Test("status: green when met, amber within tolerance of |target|, red beyond")
    func status() {
        // Target 30, tolerance 0.1 -> amber down to 27.
        #expect(KPIScoring.status(actual: 30, target: 30, direction: .higherIsBetter, tolerance: 0.1) == .green)
        #expect(KPIScoring.status(actual: 27, target: 30, direction: .higherIsBetter, tolerance: 0.1) == .amber)
        #expect(KPIScoring.status(actual: 26.9, target: 30, direction: .higherIsBetter, tolerance: 0.1) == .red)
        // Lower is better, target 5, tolerance 0.2 -> amber up to 6.
        #expect(KPIScoring.status(actual: 6, target: 5, direction: .lowerIsBetter, tolerance: 0.2) == .amber)
        #expect(KPIScoring.status(actual: 6.1, target: 5, direction: .lowerIsBetter, tolerance: 0.2) == .red)
        #expect(KPIScoring.status(actual: nil, target: 5, direction: .lowerIsBetter, tolerance: 0.2) == nil)
        // Rounding noise does not turn a met target amber.
        #expect(KPIScoring.status(actual: 0.1 + 0.2, target: 0.3, direction: .higherIsBetter, tolerance: 0) == .green)
    }

    @Test("weighted score skips KPIs without data instead of counting them as 0")
    func weighted() {
        // (80 x 2 + 50 x 1) / 3 = 70; the n/a KPI with weight 5 drops out.
        #expect(close(KPIScoring.weightedScore([(80, 2), (50, 1), (nil, 5)]), 70))
        #expect(KPIScoring.weightedScore([(nil, 1)]) == nil)
        #expect(KPIScoring.status(score: 90) == .green && KPIScoring.status(score: 89.9) == .amber)
        #expect(KPIScoring.status(score: 69.9) == .red && KPIScoring.status(score: nil) == nil)
    }

    @Test("trend: up or down, better or worse given the direction")
    func trend() {
        let up = Trend(current: 5, previous: 3, direction: .lowerIsBetter)
        #expect(up?.movement == .up && up?.judgement == .worse && up?.change == 2)
        let down = Trend(current: 3, previous: 5, direction: .lowerIsBetter)
        #expect(down?.movement == .down && down?.judgement == .better)
        #expect(Trend(current: 4, previous: 4, direction: .higherIsBetter)?.movement == .flat)
        #expect(Trend(current: 4, previous: nil, direction: .higherIsBetter) == nil)
    }
}
