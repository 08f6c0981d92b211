import Foundation
import LEDCore
import TestSupport

/// What a generated clip shows: one LED's pulses, each a colour lit from `on` to `off` seconds.
struct ClipPulse: Sendable {
    var color: LEDColor
    var on: Double
    var off: Double
}

/// One LED of a generated clip: where (top-left, in pixels of the clip) and its pulses.
struct ClipLED: Sendable {
    var x: Int
    var y: Int
    var pulses: [ClipPulse]
}

/// What makes a clip hard, one or several at once (issue #18, "Finding the LED").
struct ClipDifficulty: OptionSet, Sendable, Hashable {
    let rawValue: Int
    static let glow = ClipDifficulty(rawValue: 1 << 0)
    static let exposureDrift = ClipDifficulty(rawValue: 1 << 1)
    static let noise = ClipDifficulty(rawValue: 1 << 2)
    static let shake = ClipDifficulty(rawValue: 1 << 3)
    static let steadyLamp = ClipDifficulty(rawValue: 1 << 4)
    static let flickerScreen = ClipDifficulty(rawValue: 1 << 5)
    static let variableRate = ClipDifficulty(rawValue: 1 << 6)
    /// A textured wall instead of a plain one (static noise, blurred): with shake, every edge changes.
    static let texture = ClipDifficulty(rawValue: 1 << 7)
}

/// A clip to generate with ffmpeg's lavfi sources (`color`, `drawbox` with `enable='between(t,a,b)'`,
/// `noise`, `eq`, `crop`), seeded: the same script gives the same clip.
struct ClipScript: Sendable, CustomStringConvertible {
    var name: String
    var width = 320
    var height = 180
    var fps = 30
    var duration: Double
    var leds: [ClipLED]
    var difficulties: ClipDifficulty = []
    var seed: UInt64 = 1
    /// The LED's side, in pixels.
    var ledSize = 8

    var description: String { name }

    /// ffmpeg's colour for an LED colour: the light, and (with glow) the near-white core of a bloomed LED.
    static func hex(_ color: LEDColor, core: Bool = false) -> String {
        switch (color, core) {
        case (.red, false): return "0xFF2020"
        case (.red, true): return "0xFFD0C8"
        case (.blue, false): return "0x2848FF"
        case (.blue, true): return "0xD0D8FF"
        case (.green, false): return "0x20E040"
        case (.green, true): return "0xD0FFD8"
        default: return "0xFFFFFF"
        }
    }

    /// `between(t,a,b)+…` for the pulses of `color`, or `nil` when it has none.
    static func enable(_ pulses: [ClipPulse], color: LEDColor) -> String? {
        let terms = pulses.filter { $0.color == color }.map {
            "between(t\\,\(String(format: "%.4f", $0.on))\\,\(String(format: "%.4f", $0.off - 0.0001)))"
        }
        return terms.isEmpty ? nil : terms.joined(separator: "+")
    }

    /// The filter graph.
    var filterGraph: String {
        var random = SplitMix64(seed: seed)
        let pad = difficulties.contains(.shake) ? 8 : 0
        var filters = ["color=c=0x383430:s=\(width + 2 * pad)x\(height + 2 * pad):r=\(fps):d=\(duration)"]
        if difficulties.contains(.texture) { filters.append("noise=alls=40:all_seed=\(seed % 1000),gblur=sigma=1.5") }
        if difficulties.contains(.steadyLamp) {
            filters.append("drawbox=x=\(16 + pad):y=\(16 + pad):w=28:h=28:color=0xFFF4D0:t=fill")
        }
        if difficulties.contains(.flickerScreen) {
            // A screen refreshed against mains light: bright on one frame in three (100 Hz seen at 30 fps).
            filters.append(
                "drawbox=x=\(width - 90 + pad):y=\(height - 64 + pad):w=70:h=48:color=0xE0E8FF:t=fill"
                    + ":enable='lt(mod(n\\,3)\\,1)'")
        }
        for led in leds {
            for color in LEDColor.allCases {
                guard let expression = Self.enable(led.pulses, color: color) else { continue }
                let x = led.x + pad
                let y = led.y + pad
                if difficulties.contains(.glow) {
                    let halo = ledSize * 3
                    filters.append(
                        "drawbox=x=\(x - ledSize):y=\(y - ledSize):w=\(halo):h=\(halo):color=\(Self.hex(color))@0.35"
                            + ":t=fill:enable='\(expression)'")
                    filters.append(
                        "drawbox=x=\(x):y=\(y):w=\(ledSize):h=\(ledSize):color=\(Self.hex(color, core: true))"
                            + ":t=fill:enable='\(expression)'")
                } else {
                    filters.append(
                        "drawbox=x=\(x):y=\(y):w=\(ledSize):h=\(ledSize):color=\(Self.hex(color)):t=fill"
                            + ":enable='\(expression)'")
                }
            }
        }
        if difficulties.contains(.shake) {
            let phase = random.uniform(0, 6.28)
            filters.append(
                "crop=\(width):\(height):x='\(pad)+3*sin(7.3*t+\(String(format: "%.3f", phase)))'"
                    + ":y='\(pad)+3*sin(5.1*t+\(String(format: "%.3f", phase * 0.7)))'")
        }
        if difficulties.contains(.exposureDrift) {
            filters.append("eq=brightness='0.09*sin(2*PI*t/5)':contrast='1+0.15*sin(2*PI*t/7)':eval=frame")
        }
        if difficulties.contains(.noise) {
            filters.append("noise=alls=18:allf=t:all_seed=\(seed % 100_000)")
        }
        if difficulties.contains(.variableRate) {
            // Drops one frame in five and one more at random: the timestamps keep the gaps.
            filters.append("select='not(eq(mod(n\\,5)\\,2))*not(eq(mod(n\\,17)\\,\(seed % 17)))'")
        }
        return filters.joined(separator: ",")
    }

    /// Writes the clip to `url` with ffmpeg (H.264 in MP4; `crf` higher with noise).
    func write(to url: URL) throws {
        let crf = difficulties.contains(.noise) ? 32 : 23
        var arguments = ["-v", "error", "-y", "-f", "lavfi", "-i", filterGraph]
        if difficulties.contains(.variableRate) { arguments += ["-fps_mode", "vfr"] }
        arguments += ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "\(crf)", "-pix_fmt", "yuv420p", url.path]
        try VideoTools.run("ffmpeg", arguments)
    }

    /// The pulses of every LED, by colour: what the reader must find.
    var expectedPulses: [LEDColor: [ClipPulse]] {
        Dictionary(grouping: leds.flatMap(\.pulses), by: \.color).mapValues { $0.sorted { $0.on < $1.on } }
    }
}
