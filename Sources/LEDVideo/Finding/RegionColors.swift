import LEDCore

/// The colour of a region in each frame it is on: the light its pixels gain over their mean when it is
/// off (glow and bloom included), classified by ``HueClass``; a colour seen for one frame only inside a
/// longer run takes its neighbour's.
enum RegionColors {
    /// Per frame, the colour shown, or `nil` when off.
    static func colors(
        of signal: RegionSignal, states: OnOffStates, frames: FrameStack, offsets: [Float]
    ) -> [LEDColor?] {
        let box = signal.box
        var pixels: [Int] = []
        for row in box.y..<(box.y + box.h) {
            for column in box.x..<(box.x + box.w) { pixels.append(row * frames.width + column) }
        }
        var baseline = [Float](repeating: 0, count: pixels.count * 3)
        var offFrames = 0
        for frame in 0..<frames.count where !states.isOn[frame] {
            offFrames += 1
            for (index, pixel) in pixels.enumerated() {
                let offset = frames.offset(frame: frame, pixel: pixel)
                for channel in 0..<3 {
                    baseline[index * 3 + channel] += (Float(frames.bytes[offset + channel]) + offsets[frame])
                }
            }
        }
        if offFrames > 0 {
            for index in baseline.indices { baseline[index] /= Float(offFrames) }
        }
        var result = [LEDColor?](repeating: nil, count: frames.count)
        for frame in 0..<frames.count where states.isOn[frame] {
            var sums: [Float] = [0, 0, 0]
            for (index, pixel) in pixels.enumerated() {
                let offset = frames.offset(frame: frame, pixel: pixel)
                for channel in 0..<3 {
                    sums[channel] += max(
                        0, (Float(frames.bytes[offset + channel]) + offsets[frame]) - baseline[index * 3 + channel])
                }
            }
            result[frame] = HueClass.color(red: sums[0], green: sums[1], blue: sums[2]) ?? .white
        }
        smooth(&result)
        return result
    }

    /// A colour lasting one frame between two frames of another colour (or one of another colour and
    /// dark) takes the neighbouring colour.
    static func smooth(_ colors: inout [LEDColor?]) {
        guard colors.count >= 3 else { return }
        for index in 1..<(colors.count - 1) {
            guard let color = colors[index] else { continue }
            let before = colors[index - 1]
            let after = colors[index + 1]
            if let before, before != color, after != color {
                colors[index] = before
            } else if before == nil, let after, after != color {
                colors[index] = after
            }
        }
    }
}
