import Foundation
import TestSupport
import Testing

/// Documentation cannot go stale: the diagnosis and the guided-session transcript in README.md and the
/// JSON example in docs/json-output.md are what the program prints today. After a deliberate change,
/// run the command shown beside each and paste its output.
@Suite struct DocumentationOutputTests {
    static func text(_ file: String) throws -> String {
        try String(contentsOf: TestPaths.repository.appendingPathComponent(file), encoding: .utf8)
    }

    /// The first fenced block of `language` whose text starts with `prefix`.
    static func block(in text: String, language: String, startingWith prefix: String) -> String? {
        let fence = "```\(language)\n"
        var rest = text[...]
        while let open = rest.range(of: fence) {
            let body = rest[open.upperBound...]
            guard let close = body.range(of: "```") else { return nil }
            let content = String(body[..<close.lowerBound])
            if content.hasPrefix(prefix) { return content }
            rest = body[close.upperBound...]
        }
        return nil
    }

    @Test("README's diagnosis is `leddiag diagnose --device outdoor-4 \"red x6 after blue\"`")
    func diagnoseOutput() throws {
        let readme = try Self.text("README.md")
        let shown = try #require(Self.block(in: readme, language: "text", startingWith: "You saw: red x6 after blue"))
        #expect(readme.contains("<!-- diagnose-output -->\n```text\n" + shown))
        let run = try LEDDiagCLI.run(["diagnose", "--device", "outdoor-4", "red x6 after blue"])
        #expect(run.status == 0)
        #expect(shown == run.stdout)
    }

    @Test("README's guided session is `printf 'mini\\nflashing red\\nn\\ny\\n2\\nn\\n' | leddiag interactive`")
    func guidedSessionTranscript() throws {
        let readme = try Self.text("README.md")
        let shown = try #require(Self.block(in: readme, language: "text", startingWith: "leddiag — what is your"))
        let run = try LEDDiagCLI.run(["interactive"], input: "mini\nflashing red\nn\ny\n2\nn\n")
        #expect(run.status == 0)
        #expect(shown == run.stdout)
    }

    @Test("docs/json-output.md's example is `leddiag diagnose --format json --device outdoor-4 \"red x6 after blue\"`")
    func jsonExample() throws {
        let doc = try Self.text("docs/json-output.md")
        let shown = try #require(Self.block(in: doc, language: "json", startingWith: "{"))
        let run = try LEDDiagCLI.run(["diagnose", "--format", "json", "--device", "outdoor-4", "red x6 after blue"])
        #expect(run.status == 0)
        let documented = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? NSDictionary
        let printed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? NSDictionary
        #expect(documented != nil && documented == printed)
    }
}
