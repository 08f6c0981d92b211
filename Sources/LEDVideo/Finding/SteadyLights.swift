import LEDCore

/// LEDs lit the whole clip beside one that switches — the Sync Module's solid green while its blue
/// blinks: bright, saturated, compact patches of the mean picture that do not change, close to a
/// switching LED. A white lamp is not saturated; a coloured one far from the LED is not taken.
enum SteadyLights {
    /// The least saturation of a steady LED's mean colour.
    static let minimumSaturation: Float = 0.35
    /// How much brighter than the picture's median a steady LED is, in 8-bit levels.
    static let minimumLift: Float = 70

    /// The steady LEDs near `switching` (which must not be empty) inside `area`, each lit in every frame.
    static func find(
        frames: FrameStack, map: ChangeMap, switching: [LEDCandidate], area: (x: Int, y: Int, w: Int, h: Int)
    ) -> [LEDCandidate] {
        guard frames.count > 0, !switching.isEmpty else { return [] }
        let pixels = frames.pixelCount
        var mean = [Float](repeating: 0, count: pixels * 3)
        mean.withUnsafeMutableBufferPointer { mean in
            frames.bytes.withUnsafeBufferPointer { bytes in
                var index = 0
                for _ in 0..<frames.count {
                    for channel in 0..<(pixels * 3) {
                        mean[channel] += Float(bytes[index])
                        index += 1
                    }
                }
            }
        }
        let scale = 1 / Float(frames.count)
        for index in mean.indices { mean[index] *= scale }
        var values = (0..<pixels).map { max(mean[$0 * 3], mean[$0 * 3 + 1], mean[$0 * 3 + 2]) }
        let median = values.sorted()[pixels / 2]
        let covered = Set(
            switching.flatMap { led in
                let x = max(0, led.box.x - 2)
                let y = max(0, led.box.y - 2)
                let box = (
                    x, y, min(frames.width, led.box.x + led.box.w + 2) - x,
                    min(frames.height, led.box.y + led.box.h + 2) - y
                )
                return pixelsIn(box, width: frames.width)
            })
        for pixel in 0..<pixels {
            let red = mean[pixel * 3]
            let green = mean[pixel * 3 + 1]
            let blue = mean[pixel * 3 + 2]
            let high = values[pixel]
            let low = min(red, green, blue)
            let lit =
                high >= median + minimumLift && high > 0 && (high - low) / high >= minimumSaturation
                && !covered.contains(pixel)
            values[pixel] = lit ? 1 : 0
        }
        let blobs = VideoReader.merge(
            ChangeBlob.find(in: values, width: frames.width, height: frames.height, threshold: 0.5, area: area),
            margin: 2)
        let side = switching.map { max($0.box.w, $0.box.h) }.max() ?? 1
        var found: [LEDCandidate] = []
        for blob in blobs where blob.maxX - blob.minX <= side && blob.maxY - blob.minY <= side {
            let centerX = Double(blob.minX + blob.maxX) / 2
            let centerY = Double(blob.minY + blob.maxY) / 2
            let near = switching.contains { led in
                let dx = centerX - (Double(led.box.x) + Double(led.box.w) / 2)
                let dy = centerY - (Double(led.box.y) + Double(led.box.h) / 2)
                return (dx * dx + dy * dy).squareRoot() <= 3 * Double(side)
            }
            guard near, isLitThroughout(blob, frames: frames, offsets: map.offsets, level: median + minimumLift / 2)
            else { continue }
            var sums: [Float] = [0, 0, 0]
            for pixel in blob.pixels {
                for channel in 0..<3 { sums[channel] += max(0, mean[pixel * 3 + channel] - median) }
            }
            // White is a lamp; a switching LED's own colour beside it is its spill, not another LED.
            guard let color = HueClass.color(red: sums[0], green: sums[1], blue: sums[2]), color != .white,
                !switching.contains(where: { $0.colors.contains(color) }),
                !found.contains(where: { $0.colors.first == color })
            else { continue }
            let box = (blob.minX, blob.minY, blob.maxX - blob.minX, blob.maxY - blob.minY)
            found.append(
                LEDCandidate(box: box, colors: [LEDColor?](repeating: color, count: frames.count), score: blob.score))
        }
        return found
    }

    /// Whether the mean value of `blob`'s pixels is at least `level` in all but 3 % of the frames.
    static func isLitThroughout(_ blob: ChangeBlob, frames: FrameStack, offsets: [Float], level: Float) -> Bool {
        var dark = 0
        for frame in 0..<frames.count {
            var sum: Float = 0
            for pixel in blob.pixels { sum += Float(frames.value(frame: frame, pixel: pixel)) }
            if sum / Float(max(1, blob.pixels.count)) + offsets[frame] < level { dark += 1 }
        }
        return Double(dark) <= 0.03 * Double(frames.count)
    }

    /// The frame pixels inside `box`.
    static func pixelsIn(_ box: (x: Int, y: Int, w: Int, h: Int), width: Int) -> [Int] {
        var result: [Int] = []
        for row in box.y..<(box.y + box.h) {
            for column in box.x..<(box.x + box.w) { result.append(row * width + column) }
        }
        return result
    }
}
