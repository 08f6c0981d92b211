import LEDVideo

extension ErrorText {
    /// How to get ffmpeg, where a message needs it.
    static let ffmpegHint = "install it with `make video-deps`, or: sudo apt-get install -y ffmpeg"

    /// The message for a clip that could not be read or held no LED.
    static func message(for error: VideoError) -> String {
        switch error {
        case .toolMissing(let name):
            return "error: leddiag video needs ffmpeg and ffprobe, and \(name) is not on the PATH; \(ffmpegHint)"
        case .unreadable(let path):
            return "error: cannot open \"\(path)\""
        case .notAVideo(let path, let detail):
            return "error: \"\(path)\" is not a video ffmpeg can read, or it is truncated (\(detail))"
        case .noVideoStream(let path):
            return "error: \"\(path)\" holds no video stream"
        case .noFrames(let path):
            return "error: \"\(path)\" holds no frames"
        case .tooLarge(let width, let height):
            return "error: the picture is \(width)×\(height); leddiag video reads pictures up to 8192 pixels a side"
        case .timedOut(let name):
            return "error: \(name) took too long on this file and was stopped"
        case .toolFailed(let name, let detail):
            return "error: \(name) failed: \(detail)"
        case .badRegion(let detail):
            return "error: --roi \(detail)"
        case .nothingChanges:
            return "error: nothing in the clip switches on or off: an LED that stays on (or off) the whole time "
                + "cannot be told from a lamp. Film it while it blinks or changes, or describe it: "
                + "leddiag diagnose \"solid blue\""
        case .noLED:
            return "error: no LED switching on and off was found (what changes flickers, fades or is too large "
                + "for an LED). Film closer and steadier, or point at it with --roi X,Y,W,H"
        }
    }

    /// The exit status for `error` (`any Error` for the reader's typed error): 1 when the clip was read
    /// but holds no LED to diagnose, 2 for a file that cannot be read and a missing ffmpeg.
    static func exitStatus(for error: any Error) -> Int32 {
        switch error as? VideoError {
        case .nothingChanges, .noLED: return ExitStatus.noMatch
        default: return ExitStatus.usage
        }
    }
}
