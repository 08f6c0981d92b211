import ArgumentParser
import LEDDiagnostics
import LEDVideo

/// `--video FILE` and `--roi X,Y,W,H` of `explain` and `interactive`: start from what a clip of the LED
/// showed rather than from a description. The clip is read as `leddiag video` reads it (``VideoClip``).
struct VideoOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Start from a clip of the LED instead of a description (needs ffmpeg).", valueName: "file"))
    var video: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --video: look for the LED only in this rectangle of the picture.", valueName: "x,y,w,h")
    )
    var roi: String?

    func validate() throws {
        if roi != nil, video == nil { throw ValidationError("--roi needs --video FILE: it says where to look in it") }
        try VideoClip.validate(roi: roi)
    }

    /// The clip's observation on `device` (an id or a name), or `nil` without `--video`; exits as
    /// `leddiag video` does when the device is unknown, or the clip cannot be read or holds no LED.
    func observation(with diagnoser: Diagnoser, device: String?) throws -> VideoClip.Observed? {
        guard let video else { return nil }
        let model = try Console.exitOnError {
            try device.map { name throws(DiagnoseError) in try diagnoser.deviceID(for: name) }
        }
        return try VideoClip.observe(video, roi: roi, with: diagnoser, model: model)
    }
}

/// The one path from a clip to what the commands use: read (``VideoReader``) with the command line's
/// messages and exit statuses for what goes wrong, then the timeline's observation (``VideoReport``).
enum VideoClip {
    /// What a clip gave: the reading and the observation of its longest episode, with the reader's
    /// warnings and the episodes' (`VideoReport.observation`).
    struct Observed {
        var reading: VideoReading
        var observation: Observation
        var warnings: [String]
    }

    /// Refuses an `--roi` that is not four whole numbers.
    static func validate(roi: String?) throws {
        if let roi, VideoRegion(parsing: roi) == nil {
            throw ValidationError("--roi takes X,Y,W,H in pixels (whole numbers, W and H above 0), not \"\(roi)\"")
        }
    }

    /// Reads `clip`; on failure prints `leddiag video`'s message and exits with its status.
    static func read(_ clip: String, roi: String?) throws -> VideoReading {
        do {
            return try VideoReader().read(clip, region: roi.flatMap(VideoRegion.init(parsing:)))
        } catch {
            Console.error(ErrorText.message(for: error))
            throw ExitCode(ErrorText.exitStatus(for: error))
        }
    }

    /// Reads `clip` and makes its observation on `model`; a clip whose transitions make no episode is
    /// `leddiag video`'s "no LED" (exit 1).
    static func observe(_ clip: String, roi: String?, with diagnoser: Diagnoser, model: String?) throws -> Observed {
        let reading = try read(clip, roi: roi)
        guard let (observation, warnings) = VideoReport.observation(reading, with: diagnoser, model: model) else {
            throw noEpisode()
        }
        return Observed(reading: reading, observation: observation, warnings: warnings)
    }

    /// Prints the message of a clip whose switches make no episode; the exit to throw.
    static func noEpisode() -> ExitCode {
        Console.error(ErrorText.message(for: VideoError.noLED))
        return ExitCode(ExitStatus.noMatch)
    }
}
