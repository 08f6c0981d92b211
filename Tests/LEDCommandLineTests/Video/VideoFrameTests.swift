import Foundation
import TestSupport
import Testing

/// `leddiag video --frame-svg`: README's picture of a sample clip, `docs/images/video-frame.svg`, is what
/// the command writes today. After a deliberate change, run from the repository's root:
/// `leddiag video --frame-svg docs/images/video-frame.svg --device sync-module-2 Samples/video/sync-ready.mp4`.
///
/// How it is compared: the SVG's text exactly, with the embedded PNG's bytes left out; the PNG itself
/// by what it shows — its size, and its pixels decoded within a small tolerance of today's. The same
/// ffmpeg writes the same bytes (the snapshot asks for bit-exact output, and two runs here are identical),
/// but another build of ffmpeg may deflate the PNG or convert the colours differently (another zlib,
/// other SIMD paths in swscale): the pixels, not the compressed bytes, are what must not go stale.
@Suite(.enabled(if: VideoTools.available, VideoTools.missing))
struct VideoFrameTests {
    static let committed = "docs/images/video-frame.svg"
    static let clip = TestPaths.repository.appendingPathComponent("Samples/video/sync-ready.mp4").path
    static let command = "leddiag video --frame-svg \(committed) --device sync-module-2 Samples/video/sync-ready.mp4"

    /// The SVG's text with the PNG's base64 replaced by `…`, and the PNG's bytes.
    static func split(_ svg: String) throws -> (text: String, png: Data) {
        let start = try #require(svg.range(of: "data:image/png;base64,"))
        let end = try #require(svg[start.upperBound...].firstIndex(of: "\""))
        let png = try #require(Data(base64Encoded: String(svg[start.upperBound..<end])))
        return (String(svg[..<start.upperBound]) + "…" + String(svg[end...]), png)
    }

    /// A PNG's width and height, from its IHDR chunk.
    static func size(_ png: Data) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](png.prefix(24))
        try #require(bytes.count == 24 && bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        try #require(Array(bytes[12..<16]) == Array("IHDR".utf8))
        let number = { (at: Int) in bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    /// A PNG's pixels as RGB, decoded by ffmpeg.
    static func pixels(_ png: Data, in folder: URL) throws -> [UInt8] {
        let file = folder.appendingPathComponent("frame-\(UUID().uuidString).png")
        try png.write(to: file)
        return [UInt8](
            try VideoTools.output(
                "ffmpeg", ["-v", "error", "-i", file.path, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]))
    }

    @Test("docs/images/video-frame.svg is today's --frame-svg of the sample clip (text exact, picture close)")
    func committedFrame() throws {
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-video")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("frame.svg")
        let run = try LEDDiagCLI.run(["video", "--frame-svg", output.path, "--device", "sync-module-2", Self.clip])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("LED: blue at x=124 y=64"), "the report is still printed")
        let fresh = try Self.split(try String(contentsOf: output, encoding: .utf8))
        let committedData = try Data(contentsOf: TestPaths.repository.appendingPathComponent(Self.committed))
        #expect(committedData.count <= 300 << 10)
        let committed = try Self.split(String(decoding: committedData, as: UTF8.self))
        #expect(fresh.text == committed.text, "run `\(Self.command)` and commit the file")
        #expect(try Self.size(committed.png) == (320, 180) && Self.size(fresh.png) == (320, 180))
        let old = try Self.pixels(committed.png, in: folder)
        let new = try Self.pixels(fresh.png, in: folder)
        try #require(old.count == 320 * 180 * 3 && new.count == old.count)
        var total = 0
        var largest = 0
        for (a, b) in zip(old, new) {
            let difference = abs(Int(a) - Int(b))
            total += difference
            largest = max(largest, difference)
        }
        #expect(Double(total) / Double(old.count) <= 1 && largest <= 24, "run `\(Self.command)`")
        // The frame shown is one where both LEDs are lit: each box's centre (the LED's core) is bright.
        for (x, y) in [(144, 84), (184, 84)] {
            let at = (y * 320 + x) * 3
            #expect(old[at..<(at + 3)].max() ?? 0 >= 200, "the LED at \(x),\(y) is dark in the frame shown")
        }
    }

    @Test("the boxes outlined are the LEDs the JSON reports, each named by its colours")
    func boxes() throws {
        let svg = try String(
            contentsOf: TestPaths.repository.appendingPathComponent(Self.committed), encoding: .utf8)
        let json = try LEDDiagCLI.run(["video", "--format", "json", "--device", "sync-module-2", Self.clip])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let leds = try #require((object["video"] as? [String: Any])?["leds"] as? [[String: Any]])
        #expect(leds.count == 2)
        for led in leds {
            let x = try #require(led["x"] as? Int)
            let y = try #require(led["y"] as? Int)
            let w = try #require(led["w"] as? Int)
            let h = try #require(led["h"] as? Int)
            let colors = try #require(led["colors"] as? [String])
            #expect(svg.contains("<rect x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"\(h)\" fill=\"none\""))
            #expect(svg.contains(">\(colors.joined(separator: ", "))</text>"))
        }
        #expect(svg.components(separatedBy: "<rect ").count - 1 == leds.count)
    }

    @Test("--frame-svg - prints the picture alone, the same as the file; a bad clip writes nothing")
    func standardOutput() throws {
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-video")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("frame.svg")
        let file = try LEDDiagCLI.run(["video", "--frame-svg", output.path, Self.clip])
        let piped = try LEDDiagCLI.run(["video", "--frame-svg", "-", Self.clip])
        #expect(file.status == 0 && piped.status == 0, "\(file.stderr)\(piped.stderr)")
        #expect(piped.stdout == (try String(contentsOf: output, encoding: .utf8)))
        #expect(piped.stdout.hasPrefix("<svg ") && piped.stdout.hasSuffix("</svg>\n"))
        let text = folder.appendingPathComponent("clip.mp4")
        try Data("red x6 after blue\n".utf8).write(to: text)
        let other = folder.appendingPathComponent("other.svg")
        let bad = try LEDDiagCLI.run(["video", "--frame-svg", other.path, text.path])
        #expect(bad.status == 2 && bad.stderr.contains("is not a video ffmpeg can read"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: other.path))
    }

    @Test("README shows the committed frame and the command that writes it")
    func readme() throws {
        let readme = try DocumentationOutputTests.text("README.md")
        #expect(readme.contains("](\(Self.committed))"))
        #expect(readme.contains(Self.command))
    }
}
