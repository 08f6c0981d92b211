/// Why a clip could not be read or held no LED to read; the command line words each and picks its exit
/// status (`README.md`, "Diagnose from a video").
public enum VideoError: Error, Sendable, Equatable {
    /// `ffmpeg` or `ffprobe` is not on the `PATH`: the name of the missing program.
    case toolMissing(String)
    /// The file does not exist or cannot be opened.
    case unreadable(path: String)
    /// `ffprobe` cannot read the file as media (not a video, or truncated before its index): its message.
    case notAVideo(path: String, detail: String)
    /// The file has no video stream (audio only, a subtitle file).
    case noVideoStream(path: String)
    /// The video stream holds no frame.
    case noFrames(path: String)
    /// The picture is larger than ``VideoLimits/maximumSide`` on a side.
    case tooLarge(width: Int, height: Int)
    /// A child process ran past its time limit and was killed: the program.
    case timedOut(String)
    /// A child process could not be started or failed: the program and its message.
    case toolFailed(String, detail: String)
    /// `--roi` lies outside the picture or is empty.
    case badRegion(String)
    /// Nothing in the picture changes: an LED that stays on (or off) cannot be told from a lamp.
    case nothingChanges
    /// Things change, but none of them is an LED switching on and off (flicker, noise, motion).
    case noLED
}
