package import LEDCore
package import LEDInput

/// Writes a transition log the way a rig does: transitions at absolute times, lines numbered in
/// time order.
package struct TimelineScript {
    package private(set) var entries: [(time: Double, color: LEDColor, isOn: Bool)] = []
    /// The cursor for sequential pulses, in seconds.
    package var time: Double

    package init(start: Double = 100) { time = start }

    /// One transition at an absolute time (the cursor does not move).
    package mutating func at(_ time: Double, _ color: LEDColor, _ isOn: Bool) {
        entries.append((time, color, isOn))
    }

    /// `color` on for `on` seconds at the cursor, then dark for `off` seconds.
    package mutating func pulse(_ color: LEDColor, on: Double, off: Double = 0) {
        at(time, color, true)
        at(time + on, color, false)
        time += on + off
    }

    /// Moves the cursor.
    package mutating func wait(_ seconds: Double) { time += seconds }

    /// The transitions, stably sorted by time, lines 1, 2, 3 …
    package var transitions: [LEDTransition] {
        let ordered = entries.enumerated().sorted {
            $0.element.time != $1.element.time ? $0.element.time < $1.element.time : $0.offset < $1.offset
        }
        return ordered.enumerated().map { line, entry in
            LEDTransition(
                time: entry.element.time, color: entry.element.color, isOn: entry.element.isOn, line: line + 1)
        }
    }

    /// The transitions exactly in the order they were written (for logs that are out of order).
    package var transitionsAsWritten: [LEDTransition] {
        entries.enumerated().map {
            LEDTransition(time: $0.element.time, color: $0.element.color, isOn: $0.element.isOn, line: $0.offset + 1)
        }
    }
}

/// The benchmark generator's scenarios (`/work/shared/bench/gen-transitions.py`), in seconds, with
/// what the timeline must recover from each.
package enum TimelineScenario: String, CaseIterable, Sendable {
    case lowBattery, motion, recording, networkOffline, pairingMode, firmwareFrozen, resetInProgress, syncModuleReady

    /// Generated transitions and the number of pulses of the blinking part (0 when none).
    package func generate(seed: UInt64) -> (transitions: [LEDTransition], pulses: Int) {
        var rng = SplitMix64(seed: seed)
        var script = TimelineScript(start: rng.uniform(0, 60))
        var pulses = 0
        switch self {
        case .lowBattery:
            script.pulse(.blue, on: rng.uniform(5, 30), off: rng.uniform(0.1, 0.4))
            pulses = [5, 6, 6, 6][Int(rng.next() % 4)]
            for _ in 0..<pulses { script.pulse(.red, on: rng.uniform(0.15, 0.3), off: rng.uniform(0.15, 0.3)) }
        case .motion:
            pulses = [1, 1, 2][Int(rng.next() % 3)]
            for _ in 0..<pulses { script.pulse(.red, on: rng.uniform(0.1, 0.25), off: rng.uniform(0.2, 0.4)) }
        case .recording:
            script.pulse(.blue, on: rng.uniform(5, 30))
        case .networkOffline:
            let on = rng.uniform(0.3, 0.6)
            let off = rng.uniform(0.3, 0.6)
            pulses = Int(rng.uniform(150, 300) / (on + off))
            for _ in 0..<pulses {
                script.pulse(.red, on: on * rng.uniform(0.85, 1.15), off: off * rng.uniform(0.85, 1.15))
            }
        case .pairingMode:
            let on = rng.uniform(0.7, 1.1)
            let off = rng.uniform(0.7, 1.1)
            pulses = Int(rng.uniform(30, 90) / (on + off))
            for _ in 0..<pulses {
                script.pulse(.blue, on: on * rng.uniform(0.85, 1.15), off: off * rng.uniform(0.85, 1.15))
            }
        case .firmwareFrozen:
            script.pulse(rng.next() % 2 == 0 ? .blue : .green, on: rng.uniform(180, 400))
        case .resetInProgress:
            let cycles = 4 + Int(rng.next() % 5)
            pulses = 2 * cycles
            for _ in 0..<cycles {
                script.pulse(.red, on: rng.uniform(0.15, 0.3), off: rng.uniform(0.1, 0.25))
                script.pulse(.blue, on: rng.uniform(0.15, 0.3), off: rng.uniform(0.1, 0.25))
            }
        case .syncModuleReady:
            let start = script.time
            let duration = rng.uniform(30, 90)
            script.at(start, .green, true)
            var blue = start + rng.uniform(0, 0.3)
            while blue < start + duration {
                let on = rng.uniform(0.4, 0.8)
                let off = rng.uniform(0.4, 0.8)
                script.at(blue, .blue, true)
                script.at(blue + on, .blue, false)
                blue += on + off
                pulses += 1
            }
            script.at(max(blue, start + duration), .green, false)
        }
        return (script.transitions, pulses)
    }
}
