import LEDCore
import LEDInput

/// A patch that passed every check: an LED, with its per-frame colours.
struct LEDCandidate {
    /// Its region at the analysis size.
    var box: (x: Int, y: Int, w: Int, h: Int)
    /// Per frame, the colour shown or `nil` when off.
    var colors: [LEDColor?]
    /// How much it changes (the blob's score).
    var score: Float
    /// The distance between its on and off brightness (0 for a steady light).
    var separation: Float = 0

    /// The LED in the clip's own pixels, `scale` clip pixels to one analysis pixel.
    func led(scale: Double, width: Int, height: Int) -> FoundLED {
        var frameCounts: [LEDColor: Int] = [:]
        var order: [LEDColor] = []
        for case let color? in colors {
            if frameCounts[color] == nil { order.append(color) }
            frameCounts[color, default: 0] += 1
        }
        let main = order.max { (frameCounts[$0] ?? 0) < (frameCounts[$1] ?? 0) } ?? .white
        let x = Int((Double(box.x) * scale).rounded())
        let y = Int((Double(box.y) * scale).rounded())
        return FoundLED(
            x: x, y: y, width: min(width - x, Int((Double(box.w) * scale).rounded())),
            height: min(height - y, Int((Double(box.h) * scale).rounded())), color: main, colors: order)
    }

    /// Its switches: at each frame whose colour differs from the one before, the old colour off and the
    /// new one on (line 0; numbered when all LEDs' switches are merged).
    func transitions(times: [Double]) -> [LEDTransition] {
        var result: [LEDTransition] = []
        var current: LEDColor?
        for (frame, color) in colors.enumerated() where color != current {
            if let current { result.append(LEDTransition(time: times[frame], color: current, isOn: false, line: 0)) }
            if let color { result.append(LEDTransition(time: times[frame], color: color, isOn: true, line: 0)) }
            current = color
        }
        return result
    }

    /// Whether `other` shows the same thing: on and off together in nearly every frame, the same colours.
    func repeats(_ other: LEDCandidate) -> Bool {
        guard colors.count == other.colors.count, !colors.isEmpty else { return false }
        var agree = 0
        for (mine, theirs) in zip(colors, other.colors) where mine == theirs { agree += 1 }
        return Double(agree) >= 0.97 * Double(colors.count)
    }
}
