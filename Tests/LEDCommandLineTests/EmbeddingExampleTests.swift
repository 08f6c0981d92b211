import Foundation
import LEDDiagnostics
import TestSupport
import Testing

/// The embedding example of README.md ("Embed the library") and of the DocC article "Diagnose an
/// observation" lives here, verbatim, between the markers: the test runs it, and checks that both
/// documents show exactly these lines.
@Suite struct EmbeddingExampleTests {
    @Test("the example runs and prints what its comments say")
    func example() throws {
        var printed: [String] = []
        func print(_ text: some StringProtocol) { printed.append(String(text)) }

        // BEGIN EMBEDDING EXAMPLE
        let diagnoser = try Diagnoser.builtin()  // Sendable: share one between threads
        let diagnosis = try diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
        print(diagnosis.topCause?.id ?? "no match")  // low-battery
        print(diagnosis.fixes.first?.id ?? "-")  // replace-batteries
        print(diagnosis.json())  // the documented JSON (docs/json-output.md)

        // When the leading causes are close, one yes/no question separates them.
        var session = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: diagnoser)
        if let question = session.question {
            print(question.text)  // asked from the catalog's contexts
            session.answer(.yes)  // adds its context and ranks again
        }
        print(session.diagnosis.topCause?.id ?? "-")
        // END EMBEDDING EXAMPLE

        try #require(printed.count == 5)
        #expect(printed[0] == "low-battery")
        #expect(printed[1] == "replace-batteries")
        #expect(printed[2].hasPrefix("{\"observation\":\"red x6 after blue\",\"device\":\"outdoor-4\""))
        let question = try #require(GuidedDiagnosis("flashing red", device: "mini", diagnoser: diagnoser).question)
        #expect(printed[3] == question.text)
        #expect(printed[4] != "network-offline", "answering yes re-ranked")
    }

    /// The example's lines as a document shows them: `import LEDDiagnostics`, a blank line, the body.
    static func exampleLines() throws -> [String] {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let begin = try #require(lines.firstIndex { $0.hasSuffix("// BEGIN EMBEDDING EXAMPLE") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// END EMBEDDING EXAMPLE") })
        let body = lines[(begin + 1)..<end].map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : $0 }
        return ["import LEDDiagnostics", ""] + body
    }

    /// The Swift code blocks of a Markdown file.
    static func swiftBlocks(in file: URL) throws -> [[String]] {
        let text = try String(contentsOf: file, encoding: .utf8)
        var blocks: [[String]] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```swift" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current ?? [])
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test(
        "README.md and the DocC article show the example exactly",
        arguments: [
            "README.md", "Sources/LEDDiagnostics/LEDDiagnostics.docc/DiagnoseAnObservation.md",
        ])
    func documentsShowTheExample(_ path: String) throws {
        let expected = try Self.exampleLines()
        #expect(expected.count < 20, "the example stays under 20 lines")
        let blocks = try Self.swiftBlocks(in: TestPaths.repository.appendingPathComponent(path))
        #expect(blocks.contains(expected), "\(path) has no ```swift block equal to the example in \(#fileID)")
    }
}
