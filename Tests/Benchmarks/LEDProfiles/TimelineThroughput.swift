import LEDInput
import TestSupport

/// A throughput measurement, not a check: `make bench` runs it (`LEDProfiles timeline`, release).
/// It prints transitions per second and asserts nothing.
enum TimelineThroughput {
    /// Transitions per second on one core.
    static func oneDevice() {
        // The benchmark's scenario mix for one device, episodes 60–180 s apart.
        var rng = SplitMix64(seed: 42)
        var transitions: [LEDTransition] = []
        transitions.reserveCapacity(2_100_000)
        var clock = 0.0
        var seed: UInt64 = 1
        while transitions.count < 2_000_000 {
            let scenario = TimelineScenario.allCases[Int(rng.next() % UInt64(TimelineScenario.allCases.count))]
            let generated = scenario.generate(seed: seed).transitions
            seed += 1
            let offset = clock - (generated.first?.time ?? 0)
            for transition in generated {
                transitions.append(
                    LEDTransition(
                        time: transition.time + offset, color: transition.color, isOn: transition.isOn,
                        line: transitions.count + 1))
            }
            clock = (transitions.last?.time ?? clock) + rng.uniform(60, 180)
        }
        var best = Double.infinity
        var bestCPU = Double.infinity
        var episodes = 0
        var events = 0
        for _ in 0..<5 {
            var builder = TimelineBuilder()
            episodes = 0
            events = 0
            let start = ContinuousClock.now
            let startCPU = TimelineBenchEnvironment.threadCPUTime()
            for transition in transitions {
                if let episode = builder.add(transition) {
                    episodes += 1
                    events += episode.observation.steps.count
                }
            }
            if let episode = builder.finish() {
                episodes += 1
                events += episode.observation.steps.count
            }
            let elapsed = ContinuousClock.now - start
            bestCPU = min(bestCPU, TimelineBenchEnvironment.threadCPUTime() - startCPU)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds)
        }
        let rate = Double(transitions.count) / best
        print(
            "timeline throughput: \(transitions.count) transitions, \(episodes) episodes, \(events) steps, "
                + "best of 5: \(Int(best * 1000)) ms wall = \(Int(rate)) transitions/s; "
                + "\(Int(bestCPU * 1000)) ms thread CPU = \(Int(Double(transitions.count) / bestCPU)) transitions/s")
    }

    /// Transitions per second with 5,000 devices interleaved.
    static func interleaved() {
        // Each device gets its own scenario sequence; transitions are dealt round-robin across devices,
        // as a batch over a mixed log feeds one builder per device.
        let devices = 5_000
        var streams: [[LEDTransition]] = []
        var rng = SplitMix64(seed: 7)
        var seed: UInt64 = 1
        for _ in 0..<devices {
            var stream: [LEDTransition] = []
            var clock = rng.uniform(0, 60)
            while stream.count < 400 {
                let scenario = TimelineScenario.allCases[Int(rng.next() % UInt64(TimelineScenario.allCases.count))]
                let generated = scenario.generate(seed: seed).transitions
                seed += 1
                let offset = clock - (generated.first?.time ?? 0)
                for transition in generated {
                    stream.append(
                        LEDTransition(
                            time: transition.time + offset, color: transition.color, isOn: transition.isOn, line: 0))
                }
                clock = (stream.last?.time ?? clock) + rng.uniform(60, 180)
            }
            streams.append(stream)
        }
        var feed: [(device: Int, transition: LEDTransition)] = []
        let longest = streams.map(\.count).max() ?? 0
        for position in 0..<longest {
            for device in 0..<devices where position < streams[device].count {
                var transition = streams[device][position]
                transition.line = feed.count + 1
                feed.append((device, transition))
            }
        }
        var bestCPU = Double.infinity
        var episodes = 0
        for _ in 0..<3 {
            var builders = [TimelineBuilder](repeating: TimelineBuilder(), count: devices)
            episodes = 0
            let start = TimelineBenchEnvironment.threadCPUTime()
            for (device, transition) in feed {
                if builders[device].add(transition) != nil { episodes += 1 }
            }
            for device in 0..<devices where builders[device].finish() != nil { episodes += 1 }
            bestCPU = min(bestCPU, TimelineBenchEnvironment.threadCPUTime() - start)
        }
        print(
            "timeline throughput, \(devices) devices interleaved: \(feed.count) transitions, \(episodes) episodes, "
                + "\(Int(bestCPU * 1000)) ms thread CPU = \(Int(Double(feed.count) / bestCPU)) transitions/s")
    }
}

private enum TimelineBenchEnvironment {
    /// CPU time of the calling thread, in seconds (not wall time: the machine is shared).
    static func threadCPUTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
