import LEDCore
import Testing

@testable import LEDInput

/// An episode keeps at most `TimelineTuning.maximumEpisodePulses` pulses (#16, items 8 and 12): a device
/// that never goes dark for the gap is cut into episodes, each marked, and no count it writes is more
/// than the canonical reader accepts.
@Suite("Timeline: the per-episode pulse limit")
struct TimelinePulseLimitTests {
    /// `pulses` red pulses 0.3 s on, 0.3 s off (never a gap); while `greenSolid`, a green LED is on
    /// throughout. Returns the episodes and the most pulses the builder ever kept.
    static func run(pulses: Int, limit: Int, greenSolid: Bool = false) -> (episodes: [TimelineEpisode], kept: Int) {
        var builder = TimelineBuilder(vocabulary: .default, tuning: TimelineTuning(maximumEpisodePulses: limit))
        var episodes: [TimelineEpisode] = []
        var kept = 0
        var line = 1
        func add(_ time: Double, _ color: LEDColor, _ isOn: Bool) {
            if let episode = builder.add(LEDTransition(time: time, color: color, isOn: isOn, line: line)) {
                episodes.append(episode)
            }
            kept = max(kept, builder.pulses.count)
            line += 1
        }
        if greenSolid { add(0, .green, true) }
        for index in 0..<pulses {
            let time = 0.1 + Double(index) * 0.6
            add(time, .red, true)
            add(time + 0.3, .red, false)
        }
        if greenSolid { add(0.1 + Double(pulses) * 0.6, .green, false) }
        if let episode = builder.finish() { episodes.append(episode) }
        return (episodes, kept)
    }

    @Test(
        "a long run is cut at the limit; every cut is marked and the pulses kept stay under it",
        arguments: [(pulses: 1_050, limit: 100, episodes: 11), (pulses: 25_000, limit: 10_000, episodes: 3)])
    func cut(pulses: Int, limit: Int, episodes count: Int) throws {
        let (episodes, kept) = Self.run(pulses: pulses, limit: limit)
        #expect(kept <= limit)
        #expect(episodes.count == count)
        #expect(episodes.dropLast().allSatisfy { $0.isCut })
        #expect(episodes.last?.isCut == false)
        let counts = episodes.map { $0.observation.steps.first?.events.first?.count?.canonical }
        #expect(counts.dropLast().allSatisfy { $0 == String(limit) })
        #expect(counts.last == String(pulses - (count - 1) * limit))
        // Line ranges follow one another: nothing lost or counted twice.
        for (a, b) in zip(episodes, episodes.dropFirst()) { #expect(b.firstLine == a.lastLine + 1) }
    }

    @Test("an LED lit across a cut ends the cut episode as ongoing and is lit in the next one")
    func litAcrossTheCut() throws {
        let (episodes, kept) = Self.run(pulses: 250, limit: 100, greenSolid: true)
        #expect(kept <= 100)
        #expect(episodes.count == 3)
        for episode in episodes {
            let canonical = episode.observation.canonical
            #expect(canonical.contains("green:solid"), "\(canonical)")
            _ = try CanonicalReader.observation(from: canonical)
        }
    }

    @Test("the limit never exceeds the largest count the canonical reader accepts")
    func clamped() {
        #expect(TimelineTuning.default.maximumEpisodePulses <= BlinkCountLimits.maximum)
        let builder = TimelineBuilder(vocabulary: .default, tuning: TimelineTuning(maximumEpisodePulses: .max))
        #expect(builder.pulseLimit == BlinkCountLimits.maximum)
    }

    /// #16, item 12: 1 000 005 pulses in one run gave `red:blink:1000005`, which `diagnose` refuses.
    @Test("a run longer than the reader's count limit gives canonical strings the reader accepts")
    func runPastTheCountLimit() throws {
        var builder = TimelineBuilder()
        var canonicals: [String] = []
        for index in 0..<(BlinkCountLimits.maximum + 5) {
            let time = Double(index) * 0.6
            let on = LEDTransition(time: time, color: .red, isOn: true, line: 2 * index + 1)
            let off = LEDTransition(time: time + 0.3, color: .red, isOn: false, line: 2 * index + 2)
            if let episode = builder.add(on) { canonicals.append(episode.observation.canonical) }
            if let episode = builder.add(off) { canonicals.append(episode.observation.canonical) }
        }
        if let episode = builder.finish() { canonicals.append(episode.observation.canonical) }
        #expect(canonicals.count > 1)
        for canonical in canonicals { _ = try CanonicalReader.observation(from: canonical) }
    }
}
