import Foundation
import LEDEngine
import TestSupport
import Testing

@testable import LEDInput

/// Long, polite messages put the LED facts among greetings and thanks. Chatter before and after a
/// description must not change how it reads: every labelled description of the development corpus
/// (`../shared/corpus/observations.tsv`, when present) and of the project's own voice sets reads to the
/// same canonical string with chatter around it.
@Suite struct TextParserChatterTests {
    static let before = [
        "Hi there, hope you are well. ", "Hello support team! I bought this last year and I have a question. ",
        "Good morning, sorry to bother you. ", "Quick question: ", "So here's the thing. ",
    ]
    static let after = [
        " Thanks in advance for any help.", " Any ideas? Cheers.", " Please advise, thank you!", " Many thanks, Sam",
        " What should I do?",
    ]

    /// The descriptions: the corpus's when it is there, and the voice sets under Accuracy/.
    static func descriptions() -> [(device: String?, text: String)] {
        let files = [
            TestPaths.corpus,
            TestPaths.accuracy.appendingPathComponent("voices-tuning.tsv"),
        ]
        var out: [(String?, String)] = []
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 2 else { continue }
                out.append((fields[0] == "-" ? nil : String(fields[0]), String(fields[1])))
            }
        }
        return out
    }

    static func reading(_ diagnoser: Diagnoser, _ text: String, _ device: String?) -> String {
        do {
            return try diagnoser.read(text, device: device).canonical
        } catch .text(let error) {
            return "error: \(error.message)"
        } catch {
            return "error: \(error)"
        }
    }

    @Test func chatterAroundADescriptionChangesNothing() throws {
        let diagnoser = try Diagnoser.builtin()
        let descriptions = Self.descriptions()
        #expect(descriptions.count >= 100, "the voice sets are part of the repository")
        var generator = SplitMix64(seed: 0x1ED_D1A6)
        for (device, text) in descriptions {
            let plain = Self.reading(diagnoser, text, device)
            let wrapped =
                (Self.before.randomElement(using: &generator) ?? "") + text
                + (Self.after.randomElement(using: &generator) ?? "")
            #expect(Self.reading(diagnoser, wrapped, device) == plain, "\(wrapped)")
        }
    }
}
