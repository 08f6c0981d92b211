public import LEDInput

/// What a clip showed: its frames, the LEDs found, and their transitions, ready for the timeline builder
/// (``TimelineBuilder``) as a log's would be.
public struct VideoReading: Sendable {
    /// Frames analysed.
    public var frames: Int
    /// Frames a second (frames less one over the time from the first to the last).
    public var fps: Double
    /// Seconds from the first frame to the last, plus one frame.
    public var duration: Double
    /// The picture's size, in pixels.
    public var width: Int
    public var height: Int
    /// The LEDs found, left to right.
    public var leds: [FoundLED]
    /// Every LED's switches, in time order from 0 at the first frame; `line` numbers them from 1.
    public var transitions: [LEDTransition]
    /// What the reader noticed and worked around (a truncated file, a clip longer than the budget).
    public var warnings: [String]
    /// The frame where the LEDs shine brightest (the most of them on, then the brightest), counted from
    /// 0 in decoding order, and its time: the one ``VideoReader/snapshot(_:frame:maximumWidth:)`` shows.
    public var brightestFrame: Int
    public var brightestTime: Double

    /// Creates a reading.
    public init(
        frames: Int, fps: Double, duration: Double, width: Int, height: Int, leds: [FoundLED],
        transitions: [LEDTransition], warnings: [String], brightestFrame: Int = 0, brightestTime: Double = 0
    ) {
        self.frames = frames
        self.fps = fps
        self.duration = duration
        self.width = width
        self.height = height
        self.leds = leds
        self.transitions = transitions
        self.warnings = warnings
        self.brightestFrame = brightestFrame
        self.brightestTime = brightestTime
    }
}
