import ArgumentParser
import Foundation
import LEDDiagnostics
import LEDSupport
import LEDVideo

/// `leddiag video CLIP`: the LED filmed, read as timed transitions and diagnosed as a log's would be.
struct VideoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "video",
        abstract: "Diagnose from a clip of the LED (needs ffmpeg).",
        discussion: """
            Film the LED steadily and close, for 10 to 20 seconds, the whole
            sequence. leddiag decodes the clip with ffmpeg, finds the LED (or the
            Sync Module's two), reads when each colour goes on and off, and
            diagnoses that as `leddiag batch` diagnoses a log.

            Examples:
              leddiag video --device outdoor-4 clip.mp4
              leddiag video --format json --transitions clip.mp4
              leddiag video --format log --device mini clip.mp4 | leddiag batch -
              leddiag video --roi 600,300,200,200 clip.mp4    (x,y,width,height)
              leddiag video --frame-svg frame.svg clip.mp4

            --roi looks for the LED only in that rectangle, in pixels of the clip.
            --frame-svg FILE also writes the frame where the LED is brightest as an
            SVG picture (- for standard output, instead of the report): the frame
            as an embedded PNG, each LED found outlined and its colours named.
            Needs ffmpeg and ffprobe: make video-deps, or apt-get install ffmpeg.

            Exit status: 0 a diagnosis; 1 no rule matched, or no LED switching on
            and off in the clip; 2 bad input (not a video, truncated, no frames,
            too large, no ffmpeg) or usage.
            """
    )

    /// `--format`: the diagnosis as text or JSON, or the transitions in the plain batch log format.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, log
    }

    @Option(
        name: .long,
        help: ArgumentHelp("The device model: an id or a name (mini, \"Outdoor 4\", xt2, …).", valueName: "model"))
    var device: String?

    @Option(name: .long, help: "Output format: text, json, or log (the transitions as plain batch log lines).")
    var format: Format = .text

    @Option(
        name: .long, help: ArgumentHelp("Look for the LED only in this rectangle of the picture.", valueName: "x,y,w,h")
    )
    var roi: String?

    @Flag(name: .long, help: "Add the transitions read from the clip to the JSON (text: list them).")
    var transitions = false

    @Option(
        name: .customLong("frame-svg"),
        help: ArgumentHelp(
            "Also write the frame where the LED is brightest, the LEDs outlined, as an SVG picture (- for standard "
                + "output).", valueName: "file"))
    var frameSVG: String?

    @OptionGroup var color: ColorOption
    @OptionGroup var catalog: CatalogOptions

    @Argument(help: "The video file (anything ffmpeg reads: mp4, mov, mkv, webm, …).")
    var clip: String

    func validate() throws {
        try VideoClip.validate(roi: roi)
    }

    func run() throws {
        let diagnoser = try Console.exitOnError { try catalog.diagnoser() }
        let model = try Console.exitOnError {
            try device.map { name throws(DiagnoseError) in try diagnoser.deviceID(for: name) }
        }
        let reading = try VideoClip.read(clip, roi: roi)
        if let frameSVG {
            try writeFrame(of: reading, to: frameSVG)
            if frameSVG == "-" {
                // The picture alone on standard output; the exit status still says whether a rule matched.
                guard let diagnosis = VideoReport.diagnose(reading, with: diagnoser, model: model) else {
                    throw VideoClip.noEpisode()
                }
                if diagnosis.causes.isEmpty { throw ExitCode(ExitStatus.noMatch) }
                return
            }
        }
        if format == .log {
            print(VideoReport.logLines(reading, device: "video", model: model), terminator: "")
            return
        }
        guard let diagnosis = VideoReport.diagnose(reading, with: diagnoser, model: model) else {
            throw VideoClip.noEpisode()
        }
        switch format {
        case .json:
            print(diagnosis.json { writer in VideoReport.writeJSON(reading, transitions: transitions, to: &writer) })
        case .text, .log:
            print(VideoReport.text(reading, transitions: transitions), terminator: "")
            print(OwnerReportRenderer(catalog: diagnoser.catalog, color: color.useColor).render(diagnosis))
        }
        if diagnosis.causes.isEmpty { throw ExitCode(ExitStatus.noMatch) }
    }

    /// Writes the frame where the LEDs shine brightest as an SVG to `path` (`-`: standard output); a frame
    /// that cannot be taken exits as a clip that cannot be read does.
    private func writeFrame(of reading: VideoReading, to path: String) throws {
        let png: Data
        do {
            png = try VideoReader().snapshot(clip, frame: reading.brightestFrame, of: reading)
        } catch {
            Console.error(ErrorText.message(for: error))
            throw ExitCode(ErrorText.exitStatus(for: error))
        }
        let picture = VideoFrameSVG.render(reading, png: png, name: URL(fileURLWithPath: clip).lastPathComponent)
        if path == "-" {
            print(picture, terminator: "")
        } else {
            try Console.exitOnError { try TextFile.write(picture, to: path) }
            Console.error("leddiag: frame drawn in \(path)")
        }
    }
}
