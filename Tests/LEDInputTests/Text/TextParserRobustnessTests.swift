import LEDCore
import TestSupport
import Testing

@testable import LEDInput

/// Arbitrary input never crashes the parser: it returns an observation whose canonical string reads
/// back as the same observation, or a typed error that points inside the text it read.
@Suite struct TextParserRobustnessTests {
    /// Parses `text` and checks what came back: the canonical string round-trips through
    /// `CanonicalReader`, or the `ObservationParseError` has a message and a span inside its input.
    static func expectReadOrRefused(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let parsed: ParsedText
        do {
            parsed = try TextParserFixtures.parser.parse(text)
        } catch {
            #expect(
                !error.message.isEmpty, "an error without a message for \(text.debugDescription)",
                sourceLocation: sourceLocation)
            #expect(
                0 <= error.start && error.start <= error.end && error.end <= error.input.count,
                "span \(error.start)..<\(error.end) is outside the \(error.input.count) characters read",
                sourceLocation: sourceLocation)
            return
        }
        let read = try? CanonicalReader.observation(from: parsed.canonical)
        #expect(
            read == parsed.observation,
            "\(parsed.canonical) does not read back as what was parsed from \(text.debugDescription)",
            sourceLocation: sourceLocation)
    }

    static let vocabulary = [
        "red", "blue", "green", "white", "amber", "solid", "blinking", "flashes", "off", "nothing", "then", "after",
        "before", "and", "with", "no", "never", "doesn't", "blink", "x6", "6x", "×", "5", "or", "6", "times", "-",
        "for", "10", "seconds", "a", "minute", "few", "several", "keeps", "nonstop", "slowly", "fast", "reset",
        "button", "setup", "wifi", "motion", "recording", "light", "goes", "the", "Outdoor", "4", "Mini", "2K+",
        "XT2", "pairing", "mode", "won't", "every", "2", "between", "red", "red", "once", "it", "when", "0", "-3",
        "10^30", "99999999999999999999", "1.5", "→", ">", ",", ".", "\n", "’", "🔴", "é", "(", ")", "\"", "&", "/",
    ]

    static func randomText(seed: UInt64, bytes: Int, vocabularyShare: Double) -> String {
        var rng = SplitMix64(seed: seed)
        var out = ""
        out.reserveCapacity(bytes + 16)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.-×’é🔴\n'")
        while out.utf8.count < bytes {
            if Double.random(in: 0..<1, using: &rng) < vocabularyShare, let word = vocabulary.randomElement(using: &rng)
            {
                out += word
            } else {
                for _ in 0..<Int.random(in: 1...9, using: &rng) {
                    if let letter = letters.randomElement(using: &rng) { out.append(letter) }
                }
            }
            out += Bool.random(using: &rng) ? " " : ""
        }
        return out
    }

    @Test(arguments: [(1 as UInt64, 0.0), (2, 0.5), (3, 0.9), (4, 1.0)])
    func hundredKilobytesOfRandomTextDoNotCrash(seed: UInt64, vocabularyShare: Double) {
        let text = Self.randomText(seed: seed, bytes: 100_000, vocabularyShare: vocabularyShare)
        Self.expectReadOrRefused(text)
    }

    @Test func manyShortRandomTextsEitherParseAndRoundTripOrFailWithAnError() {
        for seed in 0..<2_000 as Range<UInt64> {
            Self.expectReadOrRefused(Self.randomText(seed: seed, bytes: 60, vocabularyShare: 0.9))
        }
    }

    @Test(arguments: [
        "", " ", "\n", "x", "-", "--", "×", "-5-", "5-", "^", "10^", "1.", ".5", "’", "a’", "é", "🔴🔴", "\r\n", "dev=",
    ])
    func degenerateInputs(_ text: String) {
        Self.expectReadOrRefused(text)
    }

    /// A four-digit number ending the text after a sentence end: `NumberPass.loggedTime` asks for the token after it
    /// (FuzzText found "red blink. 1415" trapping on an index out of range).
    @Test(arguments: ["red blink. 1415", "red blink. 1415 ", "0800 red. 1415", "blue. 2359", ". 1200", "red! 0930"])
    func aFourDigitNumberEndingTheText(_ text: String) throws {
        Self.expectReadOrRefused(text)
        #expect(try TextObservationParser().parse("red blink. 1415").canonical.hasPrefix("dev=? ctx=- : red:blink"))
    }

    @Test func aTextOfOnlyVocabularyWithoutSeparatorsStaysLinear() throws {
        let text = String(repeating: "blinking blue solid green ", count: 4_000)
        let parsed = try TextParserFixtures.parser.parse(text)
        #expect(parsed.canonical == "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_")
    }
}
