/// What reading one clip may cost: the largest picture, the decoded size, memory and time.
public struct VideoLimits: Sendable, Hashable {
    /// The largest width or height accepted, in pixels (8K).
    public var maximumSide = 8192
    /// The width frames are decoded at (smaller pictures are kept as they are), in pixels.
    public var analysisWidth = 160
    /// The bytes of decoded frames kept; frames past it are not read (the clip is analysed up to there).
    public var frameBudget = 64 << 20
    /// Seconds `ffprobe` or `ffmpeg` may run before it is killed.
    public var timeout = 120.0

    /// The default limits.
    public init() {}
}
