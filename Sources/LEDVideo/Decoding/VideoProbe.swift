import Foundation

/// What `ffprobe` says about a clip's first video stream: its size and each frame's time, from the
/// packets' presentation times (sorted; no decoding), so that a variable frame rate keeps its real times.
struct VideoProbe {
    /// The picture's width and height, in pixels.
    var width: Int
    var height: Int
    /// Each frame's presentation time in seconds, ascending.
    var frameTimes: [Double]

    /// Probes `file` with `ffprobe`.
    static func probe(_ file: String, ffprobe: URL, limits: VideoLimits) throws(VideoError) -> VideoProbe {
        let arguments = [
            "-v", "error", "-select_streams", "v:0", "-show_entries",
            "stream=width,height:stream_side_data=rotation:packet=pts_time,dts_time",
            "-of", "csv", file,
        ]
        var text: [UInt8] = []
        var overflow = false
        let outcome = try ChildProcess.run(ffprobe, arguments, timeout: limits.timeout) { chunk in
            // One line a frame, about 30 bytes: 16 MiB is over 500 000 frames.
            guard text.count + chunk.count <= 16 << 20 else {
                overflow = true
                return false
            }
            text.append(contentsOf: chunk)
            return true
        }
        if outcome.status != 0 && !overflow {
            let detail = outcome.message.split(separator: "\n").last.map(String.init) ?? "ffprobe failed"
            throw .notAVideo(path: file, detail: detail)
        }
        return try parse(String(decoding: text, as: UTF8.self), file: file, limits: limits)
    }

    /// Reads `ffprobe -of csv` lines: `stream,W,H[,side_data,ROTATION]` and `packet,PTS,DTS` (`N/A` when
    /// unknown). A picture a phone filmed upright carries a rotation of ±90°: ffmpeg turns the frames, so
    /// its width and height are swapped here.
    static func parse(_ text: String, file: String, limits: VideoLimits) throws(VideoError) -> VideoProbe {
        var width = 0
        var height = 0
        var hasStream = false
        var times: [Double] = []
        var missing = 0
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard let kind = fields.first else { continue }
            if kind == "stream", fields.count >= 3 {
                hasStream = true
                width = Int(fields[1].trimmingCharacters(in: .whitespaces)) ?? 0
                height = Int(fields[2].trimmingCharacters(in: .whitespaces)) ?? 0
                if let side = fields.firstIndex(of: "side_data"), side + 1 < fields.count,
                    let rotation = Double(fields[side + 1]), Int(abs(rotation.rounded())) % 180 == 90
                {
                    swap(&width, &height)
                }
            } else if kind == "packet" {
                let pts = fields.count > 1 ? Double(fields[1]) : nil
                let dts = fields.count > 2 ? Double(fields[2]) : nil
                if let time = pts ?? dts, time.isFinite {
                    times.append(time)
                } else {
                    missing += 1
                }
            }
        }
        guard hasStream else { throw .noVideoStream(path: file) }
        if width > limits.maximumSide || height > limits.maximumSide { throw .tooLarge(width: width, height: height) }
        guard width > 0, height > 0 else {
            throw .notAVideo(path: file, detail: "the video stream has no picture size")
        }
        guard !times.isEmpty || missing > 0 else { throw .noFrames(path: file) }
        times.sort()
        // Packets without a time (a still image, some raw streams) follow at the median spacing.
        if missing > 0 {
            let step = medianStep(times) ?? (1.0 / 30)
            var last = times.last ?? -step
            for _ in 0..<missing {
                last += step
                times.append(last)
            }
        }
        return VideoProbe(width: width, height: height, frameTimes: times)
    }

    /// The median spacing of `times`, or `nil` for fewer than two.
    static func medianStep(_ times: [Double]) -> Double? {
        guard times.count >= 2 else { return nil }
        var steps = zip(times.dropFirst(), times).map { $0 - $1 }.filter { $0 > 0 }
        guard !steps.isEmpty else { return nil }
        steps.sort()
        return steps[steps.count / 2]
    }
}
