import Foundation
import LEDCore
import LEDVideo
import TestSupport
import Testing

/// `leddiag video` end to end: its JSON and log outputs, and every bad input with its message and
/// documented exit status (README, "Exit status": 1 no LED to diagnose, 2 a file that cannot be read).
@Suite(.enabled(if: VideoTools.available, VideoTools.missing))
struct VideoCommandTests {
    static let lowBattery = TestPaths.repository.appendingPathComponent("Samples/video/low-battery.mp4").path

    @Test("--format json is the diagnose object plus \"video\": frames, fps, duration, LEDs, transitions")
    func json() throws {
        let run = try LEDDiagCLI.run([
            "video", "--format", "json", "--transitions", "--device", "outdoor-4", Self.lowBattery,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let causes = try #require(object["causes"] as? [[String: Any]])
        #expect(causes.first?["id"] as? String == "low-battery")
        #expect((object["observation"] as? String)?.hasPrefix("dev=outdoor-4 ctx=- : blue:solid") == true)
        let video = try #require(object["video"] as? [String: Any])
        #expect(video["frames"] as? Int == 240)
        #expect(video["fps"] as? Double == 30)
        #expect(video["duration"] as? Double == 8)
        let leds = try #require(video["leds"] as? [[String: Any]])
        #expect(leds.count == 1)
        let led = try #require(leds.first)
        // The LED is drawn at x 150…158, y 80…88: the region found holds it.
        let x = try #require(led["x"] as? Int)
        let y = try #require(led["y"] as? Int)
        let w = try #require(led["w"] as? Int)
        let h = try #require(led["h"] as? Int)
        #expect(x <= 150 && x + w >= 158 && y <= 80 && y + h >= 88 && w <= 60 && h <= 60)
        #expect(led["color"] as? String == "blue" || led["color"] as? String == "red")
        let transitions = try #require(video["transitions"] as? [[String: Any]])
        #expect(transitions.count == 14)
        #expect(transitions.first?["color"] as? String == "blue" && transitions.first?["state"] as? String == "on")
    }

    @Test("--format log writes plain batch lines, and `leddiag batch` diagnoses them as the clip")
    func logFeedsBatch() throws {
        let log = try LEDDiagCLI.run(["video", "--format", "log", "--device", "outdoor-4", Self.lowBattery])
        #expect(log.status == 0, "\(log.stderr)")
        let lines = log.stdout.split(separator: "\n")
        #expect(lines.count == 14)
        #expect(lines.first == "0.600 video outdoor-4 blue on")
        let batch = try LEDDiagCLI.run(["batch"], input: log.stdout)
        #expect(batch.status == 0, "\(batch.stderr)")
        let direct = try LEDDiagCLI.run(["video", "--format", "json", "--device", "outdoor-4", Self.lowBattery])
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(batch.stdout.split(separator: "\n")[0].utf8)) as? [String: Any])
        let clip = try #require(try JSONSerialization.jsonObject(with: Data(direct.stdout.utf8)) as? [String: Any])
        #expect(record["canonical"] as? String == clip["canonical"] as? String)
    }

    /// A bad input: how to make it, and what `leddiag video` must say and exit with.
    struct BadInput: Sendable, CustomStringConvertible {
        var name: String
        var make: @Sendable (URL) throws -> Void
        var arguments: [String] = []
        var environment: [String: String] = [:]
        var status: Int32
        var message: String
        var description: String { name }
    }

    static func clip(_ filters: String, seconds: Double = 4, format: [String] = []) -> @Sendable (URL) throws -> Void {
        { url in
            try VideoTools.run(
                "ffmpeg",
                ["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=0x383430:s=320x180:r=30:d=\(seconds)" + filters]
                    + format + ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", url.path])
        }
    }

    static let badInputs: [BadInput] = [
        BadInput(
            name: "not a video", make: { try Data("red x6 after blue\n".utf8).write(to: $0) }, status: 2,
            message: "is not a video ffmpeg can read"),
        BadInput(name: "missing file", make: { _ in }, status: 2, message: "cannot open"),
        BadInput(
            name: "truncated before its index",
            make: { url in
                try clip(",drawbox=x=150:y=80:w=8:h=8:color=red:t=fill:enable='lt(mod(t\\,1)\\,0.5)'")(url)
                let data = try Data(contentsOf: url)
                try data.prefix(data.count / 2).write(to: url)
            }, status: 2, message: "or it is truncated"),
        BadInput(
            name: "no frames",
            make: { url in
                try VideoTools.run(
                    "ffmpeg",
                    [
                        "-v", "error", "-y", "-f", "lavfi", "-i", "color=s=64x64:d=1", "-frames:v", "0", "-c:v",
                        "libx264",
                        url.path,
                    ])
            }, status: 2, message: "holds no"),
        BadInput(
            name: "audio only",
            make: { url in
                try VideoTools.run(
                    "ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "sine=d=1", "-f", "mp4", url.path])
            }, status: 2, message: "holds no video stream"),
        BadInput(
            name: "huge resolution",
            make: { url in
                try VideoTools.run(
                    "ffmpeg",
                    [
                        "-v", "error", "-y", "-f", "lavfi", "-i", "color=s=9000x16:d=0.04", "-frames:v", "1", "-c:v",
                        "png",
                        "-f", "image2", url.path,
                    ])
            }, status: 2, message: "the picture is 9000×16"),
        BadInput(
            name: "an LED that never changes",
            make: clip(",drawbox=x=150:y=80:w=8:h=8:color=blue:t=fill"), status: 1,
            message: "nothing in the clip switches on or off"),
        BadInput(
            name: "no LED: only a flickering screen and noise",
            make: clip(
                ",drawbox=x=200:y=100:w=80:h=50:color=0xE0E8FF:t=fill:enable='lt(mod(n\\,3)\\,1)'"
                    + ",noise=alls=10:allf=t"),
            status: 1, message: "no LED switching on and off was found"),
        BadInput(
            name: "no ffmpeg", make: clip(""), environment: ["LEDDIAG_FFMPEG_DIR": "/nonexistent-ffmpeg-folder"],
            status: 2, message: "make video-deps"),
        BadInput(
            name: "--roi outside the picture", make: clip(""), arguments: ["--roi", "400,10,20,20"], status: 2,
            message: "--roi 400,10,20,20 is outside the 320×180 picture"),
        BadInput(
            name: "--roi not four numbers", make: clip(""), arguments: ["--roi", "10,10,20"], status: 2,
            message: "--roi takes X,Y,W,H"),
    ]

    @Test("a bad input gives its message and exit status, never a crash or a hang", arguments: badInputs)
    func badInput(_ input: BadInput) throws {
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-video")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(input.name == "huge resolution" ? "clip.png" : "clip.mp4")
        try input.make(file)
        let run = try LEDDiagCLI.run(["video"] + input.arguments + [file.path], environment: input.environment)
        #expect(run.status == input.status, "\(input): \(run.stderr)")
        #expect(run.stderr.contains(input.message), "\(input): \(run.stderr)")
        #expect(run.stdout.isEmpty, "\(input): \(run.stdout)")
    }

    @Test("--roi keeps the search inside the rectangle: the Sync Module's green LED alone")
    func regionOfInterest() throws {
        let clip = TestPaths.repository.appendingPathComponent("Samples/video/sync-ready.mp4").path
        let run = try LEDDiagCLI.run(["video", "--format", "json", "--roi", "165,65,40,40", clip])
        // Green alone matches no rule of the catalog (exit 1), but the clip was read.
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let leds = try #require((object["video"] as? [String: Any])?["leds"] as? [[String: Any]])
        #expect(leds.map { $0["color"] as? String } == ["green"])
    }
}

/// A child that never finishes is killed at the time limit: the reader does not hang.
@Suite(.enabled(if: VideoTools.available, VideoTools.missing))
struct VideoTimeoutTests {
    @Test("ffprobe blocked on a FIFO nobody writes is killed after the timeout")
    func fifo() throws {
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-video")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("clip.mp4").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var limits = VideoLimits()
        limits.timeout = 1
        let start = Date()
        #expect(throws: VideoError.timedOut("ffprobe")) { try VideoReader(limits: limits).read(fifo) }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}

/// Memory stays bounded: a clip longer than the frame budget is read up to it, and says so.
@Suite(.enabled(if: VideoTools.available, VideoTools.missing))
struct VideoBudgetTests {
    @Test("past the frame budget the reader stops, keeps what it read, and warns")
    func budget() throws {
        let clip = VideoCommandTests.lowBattery
        var limits = VideoLimits()
        // 150 frames of 160×90 RGB: the first 5 s of the 8-s clip (the blue light, then the first red flashes).
        limits.frameBudget = 150 * 160 * 90 * 3
        let reading = try VideoReader(limits: limits).read(clip)
        #expect(reading.frames == 150)
        #expect(reading.warnings.contains { $0.hasPrefix("the clip is long: read its first 150 frames") })
        #expect(reading.transitions.filter { $0.color == .red && $0.isOn }.count == 3)
        let whole = try VideoReader().read(clip)
        #expect(whole.frames == 240 && whole.warnings.isEmpty)
    }
}

/// The search's fallback: a bright flickering screen changes far more than a dim LED beside it.
@Suite(.enabled(if: VideoTools.available, VideoTools.missing))
struct VideoDimLEDTests {
    @Test("a dim LED beside a bright screen flickering at mains rate is still found, the screen not")
    func dimLED() throws {
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-video")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("dim.mp4")
        try VideoCommandTests.clip(
            ",drawbox=x=200:y=100:w=80:h=50:color=0xFFFFFF:t=fill:enable='lt(mod(n\\,3)\\,1)'"
                + ",drawbox=x=80:y=60:w=8:h=8:color=0x682020:t=fill:enable='lt(mod(t\\,1.8)\\,0.9)'",
            seconds: 8)(file)
        let reading = try VideoReader().read(file.path)
        #expect(reading.leds.map(\.color) == [.red])
        let led = try #require(reading.leds.first)
        #expect(led.x <= 80 && led.x + led.width >= 88 && led.y <= 60 && led.y + led.height >= 68)
        let ons = reading.transitions.filter(\.isOn).map(\.time)
        #expect(ons.count == 5)
        for (time, made) in zip(ons, [0, 1.8, 3.6, 5.4, 7.2]) { #expect(abs(time - made) <= 1.0 / 30 + 0.002) }
    }
}

/// An ffmpeg older than 5.1 (Ubuntu 22.04's 4.4) has no `-fps_mode`: the decoder asks with `-vsync`.
@Suite(.enabled(if: VideoTools.available, VideoTools.missing))
struct VideoOldFFmpegTests {
    @Test("an ffmpeg that refuses -fps_mode is asked again with -vsync passthrough")
    func vsyncFallback() throws {
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-video")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tools = try #require(VideoTools.folder)
        let wrapper = """
            #!/bin/sh
            for a in "$@"; do
                if [ "$a" = "-fps_mode" ]; then
                    echo "Unrecognized option 'fps_mode'." >&2
                    echo "Error splitting the argument list: Option not found" >&2
                    exit 1
                fi
            done
            exec '\(tools)/ffmpeg' "$@"

            """
        let ffmpeg = folder.appendingPathComponent("ffmpeg")
        try wrapper.write(to: ffmpeg, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ffmpeg.path)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("ffprobe"), withDestinationURL: URL(fileURLWithPath: tools + "/ffprobe"))
        let clip = TestPaths.repository.appendingPathComponent("Samples/video/low-battery.mp4").path
        let reading = try VideoReader(environment: ["LEDDIAG_FFMPEG_DIR": folder.path]).read(clip)
        #expect(reading.frames == 240)
        #expect(reading.transitions.count == 14)
    }
}
