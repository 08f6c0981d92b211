/// One candidate region's brightness over time: per frame, the mean of its brightest pixels (exposure
/// drift undone), so that the LED counts wherever a small hand shake puts it inside the region.
struct RegionSignal {
    /// The region at the analysis size: x, y, width, height.
    var box: (x: Int, y: Int, w: Int, h: Int)
    /// Per frame, the brightness.
    var values: [Float]

    /// The signal of `blob` grown by `margin` pixels, over `frames`.
    init(blob: ChangeBlob, margin: Int, frames: FrameStack, offsets: [Float]) {
        let x = max(0, blob.minX - margin)
        let y = max(0, blob.minY - margin)
        let w = min(frames.width, blob.maxX + margin) - x
        let h = min(frames.height, blob.maxY + margin) - y
        box = (x, y, w, h)
        let top = max(2, min(blob.pixels.count / 2, 8))
        var scratch = [Float](repeating: 0, count: w * h)
        values = []
        values.reserveCapacity(frames.count)
        for frame in 0..<frames.count {
            var index = 0
            for row in y..<(y + h) {
                for column in x..<(x + w) {
                    scratch[index] = Float(frames.value(frame: frame, pixel: row * frames.width + column))
                    index += 1
                }
            }
            scratch.sort(by: >)
            let count = min(top, scratch.count)
            values.append(scratch.prefix(count).reduce(0, +) / Float(max(1, count)) + offsets[frame])
        }
    }
}
