import Foundation
import TestSupport
import Testing

/// README's "Diagnose from a video" example is what `leddiag video` prints today on the sample clip.
/// After a deliberate change, run the command from the repository's root and paste its output.
@Suite(.enabled(if: VideoTools.available, VideoTools.missing))
struct VideoReadmeTests {
    @Test("README's video example is `leddiag video --device sync-module-2 Samples/video/sync-ready.mp4`")
    func readmeExample() throws {
        let readme = try DocumentationOutputTests.text("README.md")
        let marker = "<!-- video-output -->\n```text\n"
        let start = try #require(readme.range(of: marker), "README.md has no video example")
        let rest = readme[start.upperBound...]
        let end = try #require(rest.range(of: "```"))
        let shown = String(rest[..<end.lowerBound])
        let clip = TestPaths.repository.appendingPathComponent("Samples/video/sync-ready.mp4").path
        let run = try LEDDiagCLI.run(["video", "--color", "never", "--device", "sync-module-2", clip])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(shown == run.stdout, "run it and paste its output into README.md")
        #expect(readme.contains("leddiag video --device sync-module-2 Samples/video/sync-ready.mp4\n"))
    }
}
