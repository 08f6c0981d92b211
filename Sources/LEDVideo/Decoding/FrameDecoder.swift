import Foundation

/// Decodes a clip with `ffmpeg` to raw RGB frames at the analysis size, over a pipe, into a
/// ``FrameStack`` of at most ``VideoLimits/frameBudget`` bytes.
struct FrameDecoder {
    /// What decoding gave.
    struct Result {
        var frames: FrameStack
        /// Whether decoding stopped at the frame budget.
        var budgetReached: Bool
        /// `ffmpeg`'s message when it failed after some frames (a truncated file), else `nil`.
        var damage: String?
    }

    /// The analysis size for a `width` × `height` picture: at most `limits.analysisWidth` wide, the
    /// aspect kept, both sides even.
    static func analysisSize(width: Int, height: Int, limits: VideoLimits) -> (width: Int, height: Int) {
        let target = min(width, limits.analysisWidth)
        let scaledHeight = Int((Double(height) * Double(target) / Double(width)).rounded())
        return (max(2, target & ~1), max(2, scaledHeight & ~1))
    }

    /// Decodes `file`: each decoded frame once, at its own time (`-fps_mode passthrough`; an ffmpeg
    /// older than 5.1 does not know that option, and is asked with `-vsync passthrough` instead).
    static func decode(
        _ file: String, ffmpeg: URL, width: Int, height: Int, limits: VideoLimits
    ) throws(VideoError) -> Result {
        do {
            return try decode(
                file, ffmpeg: ffmpeg, width: width, height: height, limits: limits, frameMode: "-fps_mode")
        } catch .notAVideo(_, let detail) where detail.contains("fps_mode") {
            return try decode(file, ffmpeg: ffmpeg, width: width, height: height, limits: limits, frameMode: "-vsync")
        }
    }

    /// Decodes `file` with `frameMode` (`-fps_mode` or `-vsync`) set to passthrough.
    static func decode(
        _ file: String, ffmpeg: URL, width: Int, height: Int, limits: VideoLimits, frameMode: String
    ) throws(VideoError) -> Result {
        var frames = FrameStack(width: width, height: height)
        let budget = max(frames.frameBytes, limits.frameBudget - limits.frameBudget % max(1, frames.frameBytes))
        frames.bytes.reserveCapacity(min(budget, 8 << 20))
        let arguments = [
            "-nostdin", "-v", "error", "-skip_loop_filter", "all", "-flags2", "+fast", "-i", file, "-map", "0:v:0",
            "-an", "-sn", "-dn", frameMode, "passthrough",
            "-vf", "scale=\(width):\(height):flags=area", "-pix_fmt", "rgb24", "-f", "rawvideo", "pipe:1",
        ]
        var reachedBudget = false
        let outcome = try ChildProcess.run(ffmpeg, arguments, timeout: limits.timeout) { chunk in
            let room = budget - frames.bytes.count
            if chunk.count >= room {
                frames.bytes.append(contentsOf: chunk.prefix(room))
                reachedBudget = true
                return false
            }
            frames.bytes.append(contentsOf: chunk)
            return true
        }
        frames.bytes.removeLast(frames.bytes.count - frames.count * frames.frameBytes)
        var damage: String?
        if outcome.status != 0 && !outcome.stoppedEarly {
            let lines = outcome.message.split(separator: "\n")
            // An option this ffmpeg does not know is named on the first line, not the last.
            let line = lines.first { $0.hasPrefix("Unrecognized option") } ?? lines.last
            let detail = line.map(String.init) ?? "ffmpeg failed"
            guard frames.count > 0 else { throw .notAVideo(path: file, detail: detail) }
            damage = detail
        }
        guard frames.count > 0 else { throw .noFrames(path: file) }
        return Result(frames: frames, budgetReached: reachedBudget, damage: damage)
    }
}
