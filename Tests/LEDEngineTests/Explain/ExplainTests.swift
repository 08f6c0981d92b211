import Foundation
import LEDSupport
import TestSupport
import Testing

@testable import LEDEngine

/// `leddiag explain`: readings under the input, matches with their spans and scores, near misses,
/// and the confidence arithmetic — through the library.
@Suite struct ExplainTests {
    static let diagnoser: Diagnoser = {
        do { return try Diagnoser.builtin() } catch { preconditionFailure("the built-in catalog loads: \(error)") }
    }()

    /// An input and where the carets must stand: the caret line, relative to the input's first column.
    struct CaretCase: Sendable, CustomTestStringConvertible {
        var input: String
        var carets: String
        var testDescription: String { input }
    }

    static let caretCases = [
        CaretCase(input: "red x6 after blue", carets: "^^^ ^^ ^^^^^ ^^^^"),
        CaretCase(input: "red ×6 after blue", carets: "^^^ ^^ ^^^^^ ^^^^"),
        // The emoji is two columns wide: everything after it moves one column further than its character count.
        CaretCase(input: "🔴 red ×6 after blue", carets: "   ^^^ ^^ ^^^^^ ^^^^"),
        CaretCase(input: "café — blinking blue", carets: "     ^ ^^^^^^^^ ^^^^"),
        CaretCase(input: "naïve me: solid blue, no blink", carets: "        ^ ^^^^^ ^^^^^ ^^^^^^^^"),
        CaretCase(input: "ＭＹ solid blue", carets: "     ^^^^^ ^^^^"),
    ]

    @Test("carets stand under the words, counted in terminal columns", arguments: caretCases)
    func caretColumns(_ testCase: CaretCase) throws {
        let explanation = try Self.diagnoser.explain(testCase.input)
        let lines = ExplanationTextRenderer().inputLines(explanation)
        let margin = 12
        #expect(lines[0] == "Input       " + testCase.input)
        #expect(String(lines[1].dropFirst(margin)) == testCase.carets)
        // Every caret run starts where its reading starts, in columns of the input as a terminal shows it.
        for reading in explanation.readings {
            let column = DisplayWidth.column(ofCharacter: reading.start, in: testCase.input)
            let caretLine = Array(lines[1].dropFirst(margin))
            #expect(
                caretLine.indices.contains(column) && caretLine[column] == "^", "\(reading.text) at column \(column)")
        }
    }

    @Test("display widths: ASCII, ×, accents, combining marks, emoji, full-width")
    func displayWidths() {
        let cases: [(String, Int)] = [
            ("red", 3), ("×6", 2), ("réd", 3), ("re\u{301}d", 3), ("🔴", 2), ("❤️", 2), ("ＭＹ", 4), ("\u{200B}", 0),
            ("👍🏽", 2),
        ]
        for (text, width) in cases { #expect(DisplayWidth.of(text) == width, "\(text)") }
    }

    @Test("each reading gets a label line, rightmost first, with bars for the readings to its left")
    func labelLines() throws {
        let explanation = try Self.diagnoser.explain("red ×6 after blue", device: "outdoor-4")
        let lines = ExplanationTextRenderer().inputLines(explanation).map { String($0.dropFirst(12)) }
        #expect(
            lines[2...] == [
                "│   │  │     └─ color blue", "│   │  └─ order: after", "│   └─ count 6", "└─ color red",
            ])
    }

    @Test("a matched rule is underlined at its span of the canonical string, with its score as a product")
    func matchSpanAndScore() throws {
        let explanation = try Self.diagnoser.explain("red ×6 after blue", device: "outdoor-4")
        let top = try #require(explanation.matches.first)
        #expect(top.rule == "low-battery-red-after-recording-light")
        #expect(explanation.canonical == "dev=outdoor-4 ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_")
        #expect(top.span == 22..<62)
        let product = top.factors.reduce(1) { $0 * $1.value }
        #expect(abs(product - top.evidence.score) < 0.0001)
        #expect(top.factors.map(\.name) == ["weight", "tier", "specificity", "device", "context", "status"])
        let text = ExplanationTextRenderer().render(explanation)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let ruleLine = try #require(lines.firstIndex { $0.contains("1. low-battery-red-after-recording-light") })
        let underline = lines[ruleLine + 2]
        let indent = 5
        #expect(
            underline.firstIndex(of: "^").map { underline.distance(from: underline.startIndex, to: $0) } == indent + 22)
        #expect(underline.filter { $0 == "^" }.count == 40)
        #expect(lines[ruleLine + 3].contains("= 0.765"))
    }

    @Test("rules filtered out by device or context, and partial matches, are listed as near misses")
    func nearMisses() throws {
        let onMini = try Self.diagnoser.explain("red x6 after blue", device: "mini")
        let battery = try #require(onMini.nearMisses.first { $0.rule == "low-battery-red-after-recording-light" })
        guard case .device(let devices) = battery.reason else {
            Issue.record("expected a device miss, got \(battery.reason)")
            return
        }
        #expect(devices.contains("outdoor-4") && !devices.contains("mini"))
        #expect(battery.span != nil)

        let setup = try Self.diagnoser.explain("flashing red", device: "mini")
        #expect(
            setup.nearMisses.contains { miss in
                if case .context(let missing, _) = miss.reason {
                    return miss.rule == "setup-red-flashing-normal" && missing == [.setup]
                }
                return false
            })

        let purple = try Self.diagnoser.explain("purple blinking")
        #expect(purple.matches.isEmpty)
        let partial = purple.nearMisses.compactMap { miss -> Int? in
            if case .partial(let reached) = miss.reason { return reached }
            return nil
        }
        #expect(!partial.isEmpty)
        #expect(
            partial.allSatisfy {
                $0 > CanonicalTokens.eventStart(of: purple.canonical) && $0 <= purple.canonical.utf8.count
            })
    }

    @Test("the arithmetic reproduces the diagnosis' confidences")
    func arithmetic() throws {
        for (text, device) in [
            ("red x6 after blue", "outdoor-4"), ("flashing red", "mini"),
            ("blinking blue and solid green", "sync-module-2"),
        ] {
            let explanation = try Self.diagnoser.explain(text, device: device)
            #expect(explanation.arithmetic.map(\.cause) == explanation.diagnosis.causes.map(\.id))
            for entry in explanation.arithmetic {
                let support = 1 - entry.scores.reduce(1) { $0 * (1 - $1.score) }
                #expect(abs(support - entry.support) < 1e-12)
                let scaled = support / (entry.scaledBy ?? 1)
                #expect(((scaled * 10_000).rounded(.down) / 10_000) == entry.confidence, "\(text): \(entry.cause)")
            }
        }
    }

    @Test("explain --format json is one JSON object with the documented members")
    func json() throws {
        let explanation = try Self.diagnoser.explain("red ×6 after blue", device: "outdoor-4")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(explanation.json().utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == ["observation", "canonical", "readings", "matched", "close", "confidence", "diagnosis"])
        let readings = try #require(object["readings"] as? [[String: Any]])
        #expect(readings.map { $0["text"] as? String } == ["red", "×6", "after", "blue"])
        #expect(readings[1]["start"] as? Int == 4 && readings[1]["end"] as? Int == 6)
        let matched = try #require(object["matched"] as? [[String: Any]])
        #expect(matched.first?["span"] as? [Int] == [22, 62])
    }

    @Test("the whole explanation of the issue's example (golden)")
    func golden() throws {
        let explanation = try Self.diagnoser.explain("red ×6 after blue", device: "outdoor-4")
        try GoldenFile.check(
            ExplanationTextRenderer(catalog: Self.diagnoser.catalog).render(explanation) + "\n",
            against: "explain/red-x6-after-blue.txt")
    }

    @Test("a canonical string as input has no word readings")
    func canonicalInput() throws {
        let explanation = try Self.diagnoser.explain("dev=mini ctx=- : blue:solid:_:_:_:_:noblink")
        #expect(explanation.isCanonicalInput && explanation.readings.isEmpty)
        #expect(explanation.matches.first?.cause == "firmware-frozen")
    }
}
