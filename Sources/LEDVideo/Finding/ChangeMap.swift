/// How much each pixel changes over the clip, exposure drift taken out: each frame's values scaled by
/// the clip's median brightness over the frame's (``gains``), then per pixel the highest value held for
/// two frames running less the lowest held for two, so that one noisy frame does not count.
struct ChangeMap {
    /// Per frame, the factor its values are multiplied by (the camera's exposure drift undone).
    var gains: [Float]
    /// Per pixel, the change: high less low.
    var range: [Float]

    /// Frames whose median value is below this are not rescaled (dark pictures: the median is noise).
    static let darkMedian = 12

    /// The map of `frames`.
    init(_ frames: FrameStack) {
        let medians = (0..<frames.count).map { Self.median(frames, frame: $0) }
        let sorted = medians.sorted()
        let overall = Float(sorted.isEmpty ? 0 : sorted[sorted.count / 2])
        gains = medians.map { median in
            median < Self.darkMedian || overall < Float(Self.darkMedian)
                ? 1 : min(4, max(0.25, overall / Float(median)))
        }
        let pixels = frames.pixelCount
        var high = [Float](repeating: 0, count: pixels)
        var low = [Float](repeating: .greatestFiniteMagnitude, count: pixels)
        var previous = [Float](repeating: 0, count: pixels)
        for frame in 0..<frames.count {
            let gain = gains[frame]
            for pixel in 0..<pixels {
                let value = Float(frames.value(frame: frame, pixel: pixel)) * gain
                if frame > 0 {
                    high[pixel] = max(high[pixel], min(value, previous[pixel]))
                    low[pixel] = min(low[pixel], max(value, previous[pixel]))
                }
                previous[pixel] = value
            }
        }
        range = frames.count < 2 ? high : zip(high, low).map { max(0, $0 - $1) }
    }

    /// The median value (brightest channel) of one frame, from a histogram.
    static func median(_ frames: FrameStack, frame: Int) -> Int {
        var histogram = [Int](repeating: 0, count: 256)
        for pixel in 0..<frames.pixelCount { histogram[Int(frames.value(frame: frame, pixel: pixel))] += 1 }
        var seen = 0
        for (value, count) in histogram.enumerated() {
            seen += count
            if seen * 2 >= frames.pixelCount { return value }
        }
        return 255
    }
}
