import TestSupport
import Testing

@testable import LEDInput

/// The adaptive thresholds and the selection-based median, on their own.
@Suite("Timeline: clustering")
struct TimelineClusterTests {
    struct ThresholdCase: Sendable, CustomTestStringConvertible {
        let name: String
        let ons: [Double]
        let expected: Double
        var testDescription: String { name }
    }

    static let glitchCases: [ThresholdCase] = [
        ThresholdCase(name: "nothing known", ons: [], expected: 0),
        ThresholdCase(name: "one pulse length: half of the shortest", ons: [0.07, 0.08, 0.09], expected: 0.035),
        ThresholdCase(name: "capped by the glitch ceiling", ons: [0.2, 0.25, 5], expected: 0.05),
        ThresholdCase(name: "5 ms glitches below 150 ms pulses", ons: [0.005, 0.006, 0.15, 0.3], expected: 0.05),
        ThresholdCase(name: "tiny pulses only: half of the top cluster", ons: [0.004, 0.03, 0.035], expected: 0.015),
        ThresholdCase(name: "a 100 ms flash is real, not a glitch", ons: [0.1, 0.9, 1.1], expected: 0.05),
        ThresholdCase(name: "zero-length alone", ons: [0], expected: 0),
    ]

    @Test("glitch threshold: half the smallest real pulse, at most the ceiling", arguments: glitchCases)
    func glitchThreshold(_ testCase: ThresholdCase) {
        let threshold = TimelineClusters.glitchThreshold(sortedOns: testCase.ons.sorted(), tuning: .default)
        #expect(abs(threshold - testCase.expected) < 1e-12)
    }

    static let solidCases: [ThresholdCase] = [
        ThresholdCase(name: "no gap near 2 s: the vocabulary's value", ons: [0.2, 0.25, 0.3], expected: 2),
        ThresholdCase(
            name: "blinks and a solid: the gap between them", ons: [0.2, 0.3, 5], expected: (0.3 * 5).squareRoot()),
        ThresholdCase(name: "a gap far from 2 s is not used", ons: [0.01, 0.2], expected: 2),
        ThresholdCase(
            name: "slow 1.8–2.3 s pulses straddling 2 s stay together (median below)", ons: [1.6, 1.8, 1.9, 2.1],
            expected: 2.1.nextUp),
        ThresholdCase(
            name: "a tight cluster with its median above 2 s is solid", ons: [1.9, 2.2, 2.4, 2.5], expected: 1.9),
    ]

    @Test("solid threshold: longestBlinkOn, moved into a nearby gap between clusters", arguments: solidCases)
    func solidThreshold(_ testCase: ThresholdCase) {
        let threshold = TimelineClusters.solidThreshold(
            sortedOns: testCase.ons.sorted(), longestBlinkOn: 2, tuning: .default)
        #expect(abs(threshold - testCase.expected) < 1e-12)
    }

    static let breakCases: [ThresholdCase] = [
        ThresholdCase(name: "one cluster: no break", ons: [0.15, 0.2, 0.3], expected: .infinity),
        ThresholdCase(
            name: "a pause 3× the usual gap breaks", ons: [0.2, 0.2, 0.6], expected: (0.2 * 0.6).squareRoot()),
        ThresholdCase(name: "uniform 0.4–0.8 s gaps are one cluster", ons: [0.4, 0.5, 0.8], expected: .infinity),
    ]

    @Test("run break: between the usual-gap cluster and the next", arguments: breakCases)
    func runBreak(_ testCase: ThresholdCase) {
        let sorted = testCase.ons.sorted()
        let threshold = TimelineClusters.runBreak(sortedGaps: sorted[...], ratio: TimelineTuning.default.clusterRatio)
        #expect(threshold == testCase.expected || abs(threshold - testCase.expected) < 1e-12)
    }

    @Test("the selection median equals the sorted median", arguments: Array(UInt64(1)...50))
    func median(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let count = Int(rng.next() % 300)
        var values = (0..<count).map { _ in (rng.uniform(0, 10) * 8).rounded() / 8 }  // many ties
        let sorted = values.sorted()
        let expected = TimelineSelection.median(sorted: sorted[...])
        #expect(TimelineSelection.median(selecting: &values) == expected)
        var copy = sorted.shuffled(using: &rng)
        TimelineSelection.sort(&copy)
        #expect(copy == sorted)
    }
}
