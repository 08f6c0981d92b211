public import Foundation

/// Reads a clip of a device's LED: `ffprobe` for the frame times, `ffmpeg` for frames at a small size,
/// then the LEDs found among the pixels that change and each read as timed on/off transitions per colour.
///
/// Finding an LED: per pixel, how much it changes once exposure drift is undone (``ChangeMap``);
/// patches that change much (``ChangeBlob``), small enough for an LED; each patch's brightness over time
/// (``RegionSignal``, a margin around it for hand shake) in two clusters with hysteresis (``OnOffStates``),
/// which also rejects what does not switch (a steady lamp), fades, or flickers at mains rate; and its
/// colour per frame (``RegionColors``). Patches that switch together are one LED (its glow, a reflection).
public struct VideoReader: Sendable {
    /// What reading may cost.
    public var limits: VideoLimits
    /// The environment the tools are looked up in (`PATH`, `LEDDIAG_FFMPEG_DIR`).
    public var environment: [String: String]

    /// The largest share of the picture one LED may cover.
    static let largestShare = 0.08
    /// The most candidate patches examined.
    static let candidates = 8

    /// Creates a reader.
    public init(
        limits: VideoLimits = VideoLimits(), environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.limits = limits
        self.environment = environment
    }

    /// Reads `file`, looking for LEDs inside `region` when given.
    public func read(_ file: String, region: VideoRegion? = nil) throws(VideoError) -> VideoReading {
        let ffprobe = try ToolLocator.find("ffprobe", environment: environment)
        let ffmpeg = try ToolLocator.find("ffmpeg", environment: environment)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
            FileManager.default.isReadableFile(atPath: file)
        else { throw .unreadable(path: file) }
        let probe = try VideoProbe.probe(file, ffprobe: ffprobe, limits: limits)
        let size = FrameDecoder.analysisSize(width: probe.width, height: probe.height, limits: limits)
        let decoded = try FrameDecoder.decode(
            file, ffmpeg: ffmpeg, width: size.width, height: size.height, limits: limits)
        let frames = decoded.frames
        let times = Self.times(probe.frameTimes, count: frames.count)
        var warnings: [String] = []
        if let damage = decoded.damage {
            warnings.append(
                "the clip is damaged or truncated (ffmpeg: \(damage)); read the \(frames.count) frames before it")
        }
        if decoded.budgetReached {
            warnings.append(
                "the clip is long: read its first \(frames.count) frames (\(Int((times.last ?? 0).rounded())) s)")
        }
        let scale = Double(probe.width) / Double(frames.width)
        let area = try Self.searchArea(region, scale: scale, frames: frames)
        let found = Self.findLEDs(frames: frames, times: times, area: area)
        guard !found.isEmpty else { throw found.nothingChanged ? .nothingChanges : .noLED }
        let step = VideoProbe.medianStep(times) ?? (1.0 / 30)
        let span = (times.last ?? 0) - (times.first ?? 0)
        return VideoReading(
            frames: frames.count, fps: span > 0 ? Double(frames.count - 1) / span : 1 / step,
            duration: span + step, width: probe.width, height: probe.height,
            leds: found.leds.map { $0.led(scale: scale, width: probe.width, height: probe.height) },
            transitions: found.transitions, warnings: warnings, brightestFrame: found.brightest,
            brightestTime: times.indices.contains(found.brightest) ? times[found.brightest] : 0)
    }

    /// Frame times from 0, one per decoded frame: the probe's, extended at the median step when the
    /// decoder gave more frames than there were packet times.
    static func times(_ probed: [Double], count: Int) -> [Double] {
        let origin = probed.first ?? 0
        var times = probed.prefix(count).map { $0 - origin }
        let step = VideoProbe.medianStep(times) ?? (1.0 / 30)
        while times.count < count { times.append((times.last ?? -step) + step) }
        return times
    }

    /// The box searched, at the analysis size: `region` scaled, or the whole picture.
    static func searchArea(
        _ region: VideoRegion?, scale: Double, frames: FrameStack
    ) throws(VideoError) -> (x: Int, y: Int, w: Int, h: Int) {
        guard let region else { return (0, 0, frames.width, frames.height) }
        let x = Int(Double(region.x) / scale)
        let y = Int(Double(region.y) / scale)
        let right = min(frames.width, Int((Double(region.x + region.width) / scale).rounded(.up)))
        let bottom = min(frames.height, Int((Double(region.y + region.height) / scale).rounded(.up)))
        guard x < frames.width, y < frames.height, right > x, bottom > y else {
            let width = Int((Double(frames.width) * scale).rounded())
            let height = Int((Double(frames.height) * scale).rounded())
            throw .badRegion(
                "\(region.x),\(region.y),\(region.width),\(region.height) is outside the \(width)×\(height) picture")
        }
        return (x, y, right - x, bottom - y)
    }
}
