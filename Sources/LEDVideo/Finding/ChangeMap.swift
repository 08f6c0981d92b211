/// How much each pixel changes over the clip, exposure drift taken out: each frame's values shifted by
/// the clip's median brightness less the frame's (``offsets``), then per pixel the highest value held
/// for two frames running less the lowest held for two, so that one noisy frame does not count.
struct ChangeMap {
    /// Per frame, what is added to its values (the camera's exposure drift undone).
    var offsets: [Float]
    /// Per pixel, the change: high less low.
    var range: [Float]

    /// The map of `frames`.
    init(_ frames: FrameStack) {
        let pixels = frames.pixelCount
        // Each pixel's brightest channel, once: the medians and the change both read it.
        var plane = [UInt8](repeating: 0, count: frames.count * pixels)
        plane.withUnsafeMutableBufferPointer { plane in
            frames.bytes.withUnsafeBufferPointer { bytes in
                var index = 0
                for value in 0..<plane.count {
                    plane[value] = Self.brightest(bytes, at: index)
                    index += 3
                }
            }
        }
        let medians = (0..<frames.count).map { Self.median(plane, frame: $0, pixels: pixels) }
        let sorted = medians.sorted()
        let overall = Float(sorted.isEmpty ? 0 : sorted[sorted.count / 2])
        let offsets = medians.map { overall - Float($0) }
        self.offsets = offsets
        var high = [Float](repeating: -.greatestFiniteMagnitude, count: pixels)
        var low = [Float](repeating: .greatestFiniteMagnitude, count: pixels)
        var previous = [Float](repeating: 0, count: pixels)
        high.withUnsafeMutableBufferPointer { high in
            low.withUnsafeMutableBufferPointer { low in
                previous.withUnsafeMutableBufferPointer { previous in
                    plane.withUnsafeBufferPointer { plane in
                        var index = 0
                        for frame in 0..<frames.count {
                            let offset = offsets[frame]
                            for pixel in 0..<pixels {
                                let value = Float(plane[index]) + offset
                                index += 1
                                let before = previous[pixel]
                                previous[pixel] = value
                                guard frame > 0 else { continue }
                                let held = value < before ? value : before
                                let floor = value < before ? before : value
                                if held > high[pixel] { high[pixel] = held }
                                if floor < low[pixel] { low[pixel] = floor }
                            }
                        }
                    }
                }
            }
        }
        range = frames.count < 2 ? [Float](repeating: 0, count: pixels) : zip(high, low).map { max(0, $0 - $1) }
    }

    /// The brightest channel of the pixel at byte `index` (no variadic `max`: it allocates in debug builds).
    @inline(__always)
    static func brightest(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
        let red = bytes[index]
        let green = bytes[index + 1]
        let blue = bytes[index + 2]
        let high = red > green ? red : green
        return high > blue ? high : blue
    }

    /// The median of one frame's values in `plane`, from a histogram.
    static func median(_ plane: [UInt8], frame: Int, pixels: Int) -> Int {
        var histogram = [Int](repeating: 0, count: 256)
        histogram.withUnsafeMutableBufferPointer { histogram in
            plane.withUnsafeBufferPointer { plane in
                for index in (frame * pixels)..<((frame + 1) * pixels) { histogram[Int(plane[index])] += 1 }
            }
        }
        var seen = 0
        for (value, count) in histogram.enumerated() {
            seen += count
            if seen * 2 >= pixels { return value }
        }
        return 255
    }
}
