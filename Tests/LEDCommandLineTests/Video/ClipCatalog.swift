import LEDCore
import TestSupport

/// The generated clips of the video tests: six LED patterns of the catalog, each under every difficulty
/// of issue #18 (one at a time, and some together), at 24, 30 and 60 fps and two picture sizes; seeded.
enum ClipCatalog {
    /// A pattern: its device, what its LED (or LEDs) do from `start` seconds, and the cause expected first.
    struct Pattern: Sendable {
        var name: String
        var device: String
        var cause: String
        var duration: Double
        /// The LEDs' pulses, given a generator for jitter; one array per LED.
        var pulses: @Sendable (inout SplitMix64) -> [[ClipPulse]]
    }

    /// `count` pulses of `color` from `start`, each `on` seconds lit and `off` dark (jittered by 3 %).
    static func blinks(
        _ color: LEDColor, count: Int, start: Double, on: Double, off: Double, random: inout SplitMix64
    ) -> [ClipPulse] {
        var time = start
        var pulses: [ClipPulse] = []
        for _ in 0..<count {
            let lit = random.jitter(on, 0.03)
            pulses.append(ClipPulse(color: color, on: time, off: time + lit))
            time += lit + random.jitter(off, 0.03)
        }
        return pulses
    }

    static let patterns: [Pattern] = [
        Pattern(name: "low-battery", device: "outdoor-4", cause: "low-battery", duration: 7.5) { random in
            let blue = ClipPulse(color: .blue, on: 0.6, off: 3.6)
            return [[blue] + blinks(.red, count: 6, start: 4.1, on: 0.22, off: 0.2, random: &random)]
        },
        Pattern(name: "network-offline", device: "mini", cause: "network-offline", duration: 11) { random in
            [blinks(.red, count: 10, start: 0.5, on: 0.5, off: 0.5, random: &random)]
        },
        Pattern(name: "pairing-mode", device: "mini", cause: "pairing-mode", duration: 12) { random in
            [blinks(.blue, count: 6, start: 0.5, on: 0.93, off: 0.92, random: &random)]
        },
        Pattern(name: "sync-module-ready", device: "sync-module-2", cause: "sync-module-ready", duration: 10) {
            random in
            [
                blinks(.blue, count: 8, start: 0.8, on: 0.55, off: 0.55, random: &random),
                [ClipPulse(color: .green, on: 0.4, off: 9.5)],
            ]
        },
        Pattern(name: "sync-module-steady", device: "sync-module-2", cause: "sync-module-ready", duration: 9) {
            random in
            // Filmed in the middle of it: the green LED is lit from the first frame to the last.
            [
                blinks(.blue, count: 7, start: 0.6, on: 0.55, off: 0.55, random: &random),
                [ClipPulse(color: .green, on: 0, off: 10)],
            ]
        },
        Pattern(name: "recording", device: "xt2", cause: "recording", duration: 7) { _ in
            [[ClipPulse(color: .blue, on: 1.0, off: 6.0)]]
        },
        Pattern(name: "motion", device: "outdoor-4", cause: "motion-detected", duration: 4) { _ in
            [[ClipPulse(color: .red, on: 1.5, off: 1.68)]]
        },
    ]

    /// The conditions each pattern is filmed under: a name, difficulties, fps, size.
    static let conditions: [(name: String, difficulties: ClipDifficulty, fps: Int, width: Int, height: Int)] = [
        ("clean", [], 30, 320, 180),
        ("glow", [.glow], 30, 320, 180),
        ("drift", [.exposureDrift], 30, 320, 180),
        ("noise", [.noise], 30, 320, 180),
        ("shake", [.shake, .texture], 30, 320, 180),
        ("lamp", [.steadyLamp], 30, 320, 180),
        ("screen", [.flickerScreen], 30, 320, 180),
        ("24fps", [.glow, .noise], 24, 320, 180),
        ("60fps", [.shake, .texture, .exposureDrift], 60, 320, 180),
        ("vfr", [.variableRate, .noise], 30, 320, 180),
        ("640", [.glow, .shake, .steadyLamp, .flickerScreen], 25, 640, 360),
    ]

    /// Every clip: each pattern under each condition, the LEDs placed by the seed away from the lamp
    /// (top left) and the screen (bottom right), the Sync Module's two LEDs side by side.
    static let scripts: [(script: ClipScript, pattern: Pattern)] = {
        var result: [(ClipScript, Pattern)] = []
        for (p, pattern) in patterns.enumerated() {
            for (c, condition) in conditions.enumerated() {
                let seed = UInt64(1000 + p * 100 + c)
                var random = SplitMix64(seed: seed)
                let scale = condition.width / 320
                let x = Int(random.uniform(90, 190)) * scale
                let y = Int(random.uniform(40, 100)) * scale
                let leds = pattern.pulses(&random).enumerated().map { index, pulses in
                    ClipLED(x: x + index * 40 * scale, y: y, pulses: pulses)
                }
                let script = ClipScript(
                    name: "\(pattern.name)-\(condition.name)", width: condition.width, height: condition.height,
                    fps: condition.fps, duration: pattern.duration, leds: leds, difficulties: condition.difficulties,
                    seed: seed, ledSize: 8 * scale)
                result.append((script, pattern))
            }
        }
        return result
    }()
}
