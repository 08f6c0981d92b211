import LEDCore
import TestSupport
import Testing

@testable import LEDInput

/// The benchmark generator's scenarios, many seeds each: the timeline recovers what was generated.
@Suite("Timeline: generator scenarios")
struct TimelineScenarioTests {
    static let seeds: [UInt64] = Array(1...40)

    @Test("each scenario becomes the expected events", arguments: TimelineScenario.allCases, seeds)
    func scenario(_ scenario: TimelineScenario, seed: UInt64) throws {
        let (transitions, pulses) = scenario.generate(seed: seed)
        let episodes = TimelineBuilder.episodes(from: transitions)
        try #require(episodes.count == 1, "\(episodes.map(\.canonical))")
        let episode = episodes[0]
        let steps = episode.observation.steps
        #expect(episode.anomalies == 0)
        #expect(episode.firstLine == 1)
        #expect(episode.lastLine == transitions.count)
        #expect(episode.events.allSatisfy { $0.flags.isEmpty }, "\(episode.canonical)")
        #expect(timelineRoundTrips(episodes))

        func expectBlink(_ event: LEDEvent, _ color: LEDColor, count: Int) {
            #expect(event.colors == [color] && event.kind == .blink, "\(episode.canonical)")
            #expect(event.count == .exactly(count), "\(episode.canonical)")
            if count > 1, let period = event.timing?.period {
                #expect(event.speed == TimingVocabulary.default.speed(forPeriod: period))
            } else {
                #expect(count == 1 && event.speed == nil, "\(episode.canonical)")
            }
        }

        switch scenario {
        case .lowBattery:
            try #require(steps.count == 2, "\(episode.canonical)")
            let solid = try #require(steps[0].events.first)
            #expect(steps[0].events.count == 1 && solid.colors == [.blue] && solid.kind == .solid)
            #expect(solid.duration?.bucket == .seconds)
            try #require(steps[1].events.count == 1)
            expectBlink(steps[1].events[0], .red, count: pulses)
            #expect(steps[1].events[0].speed == .fast)
        case .motion:
            try #require(steps.count == 1 && steps[0].events.count == 1, "\(episode.canonical)")
            expectBlink(steps[0].events[0], .red, count: pulses)
        case .recording, .firmwareFrozen:
            try #require(steps.count == 1 && steps[0].events.count == 1, "\(episode.canonical)")
            let solid = steps[0].events[0]
            #expect(solid.kind == .solid && solid.colors.count == 1)
            #expect(solid.duration?.bucket == (scenario == .recording ? .seconds : .minutes))
        case .networkOffline, .pairingMode:
            try #require(steps.count == 1 && steps[0].events.count == 1, "\(episode.canonical)")
            expectBlink(steps[0].events[0], scenario == .networkOffline ? .red : .blue, count: pulses)
        case .resetInProgress:
            try #require(steps.count == 1 && steps[0].events.count == 1, "\(episode.canonical)")
            let alternating = steps[0].events[0]
            #expect(alternating.kind == .alternating && alternating.colors == [.blue, .red])
            #expect(alternating.count == .exactly(pulses))
            #expect(alternating.speed == .fast)
        case .syncModuleReady:
            try #require(steps.count == 1 && steps[0].events.count == 2, "\(episode.canonical)")
            expectBlink(steps[0].events[0], .blue, count: pulses)
            let green = steps[0].events[1]
            #expect(green.colors == [.green] && green.kind == .solid)
            #expect(green.duration?.bucket == .seconds || green.duration?.bucket == .minute)
        }
    }

    /// Nominal on / off times; each pulse is jittered ±30 % around them.
    static let rhythms: [(on: Double, off: Double)] = [
        (0.15, 0.15), (0.2, 0.6), (0.6, 0.2), (0.3, 0.3), (0.5, 0.5), (1.0, 1.0), (1.4, 0.8), (0.25, 1.5),
    ]

    @Test(
        "blink counts are exact under ±30 % jitter: runs neither split nor merge",
        arguments: rhythms.indices, Array(UInt64(1)...25))
    func jitteredRuns(rhythm: Int, seed: UInt64) throws {
        let (nominalOn, nominalOff) = Self.rhythms[rhythm]
        var rng = SplitMix64(seed: seed &* 7919 &+ UInt64(rhythm))
        var script = TimelineScript()
        // A red run, a pause of six off-times, another red run, then a blue run right after.
        let counts = [2 + Int(rng.next() % 30), 2 + Int(rng.next() % 30), 1 + Int(rng.next() % 30)]
        let colors: [LEDColor] = [.red, .red, .blue]
        for (index, count) in counts.enumerated() {
            for _ in 0..<count {
                script.pulse(colors[index], on: rng.jitter(nominalOn, 0.3), off: rng.jitter(nominalOff, 0.3))
            }
            if index == 0 { script.wait(5 * nominalOff) }
        }
        let episodes = TimelineBuilder.episodes(from: script.transitions)
        try #require(episodes.count == 1)
        let events = episodes[0].events
        let summary = episodes[0].canonical
        try #require(events.count == 3 && episodes[0].observation.steps.count == 3, "\(summary)")
        for (index, event) in events.enumerated() {
            #expect(event.kind == .blink && event.colors == [colors[index]], "\(summary)")
            #expect(event.count == .exactly(counts[index]), "\(summary)")
            if let period = event.timing?.period {
                #expect(event.speed == TimingVocabulary.default.speed(forPeriod: period))
            }
        }
        #expect(timelineRoundTrips(episodes))
    }

    @Test("a single jittered run of any length keeps its exact count", arguments: Array(UInt64(1)...60))
    func singleRun(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let rhythm = Self.rhythms[Int(rng.next() % UInt64(Self.rhythms.count))]
        let count = 1 + Int(rng.next() % 80)
        var script = TimelineScript()
        for _ in 0..<count { script.pulse(.green, on: rng.jitter(rhythm.on, 0.3), off: rng.jitter(rhythm.off, 0.3)) }
        let episodes = TimelineBuilder.episodes(from: script.transitions)
        try #require(episodes.count == 1 && episodes[0].events.count == 1, "\(episodes.map(\.canonical))")
        #expect(episodes[0].events[0].count == .exactly(count))
        #expect(episodes[0].events[0].kind == .blink)
        #expect(timelineRoundTrips(episodes))
    }
}
