/// Decoded frames of one clip at the analysis size: RGB, 3 bytes a pixel, row by row, frame after frame,
/// in one buffer.
struct FrameStack {
    /// The frame width and height, in pixels.
    let width: Int
    let height: Int
    /// The frames' bytes.
    var bytes: [UInt8] = []

    /// Pixels in a frame.
    var pixelCount: Int { width * height }
    /// Bytes in a frame.
    var frameBytes: Int { width * height * 3 }
    /// Whole frames held.
    var count: Int { frameBytes == 0 ? 0 : bytes.count / frameBytes }

    /// An empty stack of `width` × `height` frames.
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The byte offset of pixel `pixel` of frame `frame`.
    @inline(__always)
    func offset(frame: Int, pixel: Int) -> Int { frame * frameBytes + pixel * 3 }

    /// The value (brightest channel) of pixel `pixel` of frame `frame`.
    @inline(__always)
    func value(frame: Int, pixel: Int) -> UInt8 {
        let i = offset(frame: frame, pixel: pixel)
        let high = bytes[i] > bytes[i + 1] ? bytes[i] : bytes[i + 1]
        return high > bytes[i + 2] ? high : bytes[i + 2]
    }
}
