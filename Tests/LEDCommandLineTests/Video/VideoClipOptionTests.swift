import Foundation
import TestSupport
import Testing

/// `explain --video` and `interactive --video` end to end: a clip read through the same path as
/// `leddiag video` (the same observation, the same messages and exit statuses for every bad clip), and
/// `--video` beside a typed description refused as usage.
@Suite(.enabled(if: VideoTools.available, VideoTools.missing))
struct VideoClipOptionTests {
    static let lowBattery = VideoCommandTests.lowBattery

    /// The canonical string `leddiag video` reads from `clip` on `device`.
    static func canonical(of clip: String, device: String) throws -> String {
        let run = try LEDDiagCLI.run(["video", "--format", "json", "--device", device, clip])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(object["canonical"] as? String)
    }

    @Test("explain --video explains the clip's observation: the clip above, the same canonical as `video`")
    func explainText() throws {
        let run = try LEDDiagCLI.run([
            "explain", "--color", "never", "--device", "outdoor-4", "--video", Self.lowBattery,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Clip: 320×180, 240 frames, 30.0 fps, 8.0 s\nLED: blue, red at x="))
        #expect(run.stdout.contains(try Self.canonical(of: Self.lowBattery, device: "outdoor-4")))
        #expect(run.stdout.contains("low-battery"))
    }

    @Test("explain --format json --video: the explanation plus the clip's \"video\" member")
    func explainJSON() throws {
        let run = try LEDDiagCLI.run([
            "explain", "--format", "json", "--device", "outdoor-4", "--video", Self.lowBattery,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["canonical"] as? String == (try Self.canonical(of: Self.lowBattery, device: "outdoor-4")))
        let diagnosis = try #require(object["diagnosis"] as? [String: Any])
        #expect((diagnosis["causes"] as? [[String: Any]])?.first?["id"] as? String == "low-battery")
        let video = try #require(object["video"] as? [String: Any])
        #expect(video["frames"] as? Int == 240)
        #expect((video["leds"] as? [[String: Any]])?.count == 1)
        #expect(video["transitions"] == nil)
    }

    @Test("explain --svg - --video draws what the clip's canonical string typed draws")
    func explainSVG() throws {
        let clip = try LEDDiagCLI.run(["explain", "--svg", "-", "--device", "outdoor-4", "--video", Self.lowBattery])
        #expect(clip.status == 0, "\(clip.stderr)")
        #expect(clip.stdout.hasPrefix("<?xml") && clip.stdout.contains("<svg"))
        let typed = try LEDDiagCLI.run([
            "explain", "--svg", "-", try Self.canonical(of: Self.lowBattery, device: "outdoor-4"),
        ])
        #expect(clip.stdout == typed.stdout, "\(typed.stderr)")
    }

    @Test("interactive --video: the device asked first, then the clip's ranking, without an observation typed")
    func guided() throws {
        let run = try LEDDiagCLI.run(
            ["interactive", "--color", "never", "--video", Self.lowBattery], input: "outdoor-4\nn\n")
        #expect(run.status == 0, "\(run.stderr)")
        let device = try #require(run.stdout.range(of: "Which device is it?"))
        let clip = try #require(run.stdout.range(of: "From the clip:\n  Clip: 320×180, 240 frames"))
        #expect(device.upperBound <= clip.lowerBound)
        #expect(run.stdout.contains("  LED: blue, red at x="))
        #expect(run.stdout.contains("  1. The batteries are low"), "\(run.stdout)")
        // The clip is the observation: "What does the LED do?" is not asked before its report.
        #expect(!run.stdout[..<clip.lowerBound].contains("What does the LED do?"))
        #expect(run.stdout.contains("Describe another light, or press Ctrl-D to leave."))
    }

    @Test("interactive --device --video: the session's questions and plan follow the clip as a typed light's do")
    func guidedAsTyped() throws {
        let canonical = try Self.canonical(of: Self.lowBattery, device: "outdoor-4")
        let clip = try LEDDiagCLI.run(
            ["interactive", "--color", "never", "--device", "outdoor-4", "--video", Self.lowBattery], input: "n\nn\n")
        let typed = try LEDDiagCLI.run(
            ["interactive", "--color", "never", "--device", "outdoor-4"], input: canonical + "\nn\nn\n")
        #expect(clip.status == 0 && typed.status == 0, "\(clip.stderr)\(typed.stderr)")
        // From the ranking on, the conversation is the typed one's (the report shows the canonical string
        // where the typed session shows what was typed, the same here).
        let clipPart = try #require(clip.stdout.range(of: "\n\n  [")).lowerBound
        let typedPart = try #require(typed.stdout.range(of: "\n\n  [")).lowerBound
        #expect(clip.stdout[clipPart...] == typed.stdout[typedPart...])
    }

    @Test("interactive --video asks the question worth asking about the clip's light, and ranks on the answer")
    func guidedQuestion() throws {
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-video")
        defer { try? FileManager.default.removeItem(at: folder) }
        // One brief red flash on an Outdoor 4: motion, or a network problem; the question tells them apart.
        let entry = try #require(ClipCatalog.scripts.first { $0.script.name == "motion-clean" })
        let file = folder.appendingPathComponent("motion.mp4")
        try entry.script.write(to: file)
        let run = try LEDDiagCLI.run(
            ["interactive", "--color", "never", "--device", "outdoor-4", "--video", file.path], input: "y\nn\n")
        #expect(run.status == 0, "\(run.stderr)")
        let question = try #require(run.stdout.range(of: "One question could settle it."), "\(run.stdout)")
        #expect(
            run.stdout[question.upperBound...].contains(
                "  Does it happen when something moves in front of the camera?\n"))
        #expect(run.stdout.contains("  Noted: yes. The ranking changes:\n  1. The camera detected motion"))
    }

    /// The commands that take `--video`, as arguments before the clip's.
    static let commands: [[String]] = [["explain"], ["interactive"]]

    @Test(
        "a bad clip gives `leddiag video`'s message and exit status",
        arguments: VideoCommandTests.badInputs, commands)
    func badClip(_ input: VideoCommandTests.BadInput, command: [String]) throws {
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-video")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(input.name == "huge resolution" ? "clip.png" : "clip.mp4")
        try input.make(file)
        let run = try LEDDiagCLI.run(
            command + input.arguments + ["--video", file.path], input: "outdoor-4\n", environment: input.environment)
        let video = try LEDDiagCLI.run(["video"] + input.arguments + [file.path], environment: input.environment)
        #expect(run.status == input.status, "\(input): \(run.stderr)")
        // The same message; a usage error's help after it names the command's own options.
        #expect(run.stderr.prefix { $0 != "\n" } == video.stderr.prefix { $0 != "\n" }, "\(input)")
        #expect(run.stderr.contains(input.message), "\(input): \(run.stderr)")
        #expect(run.stdout.isEmpty, "\(input): \(run.stdout)")
    }

    /// A usage error: the arguments, and what the message must say.
    struct Usage: Sendable, CustomStringConvertible {
        var arguments: [String]
        var message: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let usages: [Usage] = [
        Usage(arguments: ["explain", "--video", lowBattery, "red x6 after blue"], message: "not both"),
        Usage(arguments: ["explain", "--roi", "1,1,8,8", "red x6 after blue"], message: "--roi needs --video FILE"),
        Usage(arguments: ["interactive", "--roi", "1,1,8,8"], message: "--roi needs --video FILE"),
        Usage(arguments: ["explain", "--video", lowBattery, "--roi", "1,1"], message: "--roi takes X,Y,W,H"),
        Usage(arguments: ["explain"], message: "say what the LED does"),
        Usage(arguments: ["diagnose", "--video", lowBattery, "red"], message: "Unknown option '--video'"),
    ]

    @Test("--video beside a description, --roi without --video: usage errors (exit 2)", arguments: usages)
    func usage(_ usage: Usage) throws {
        let run = try LEDDiagCLI.run(usage.arguments)
        #expect(run.status == 2, "\(usage): \(run.stderr)")
        #expect(run.stderr.contains(usage.message), "\(usage): \(run.stderr)")
        #expect(run.stdout.isEmpty, "\(usage): \(run.stdout)")
    }
}
