import Testing

@testable import LEDBatch
@testable import LEDCore
@testable import LEDEngine
@testable import LEDInput
@testable import LEDSupport

/// Arbitrary input never crashes the parser: it returns an observation or a typed error.
@Suite struct TextParserRobustnessTests {
    /// SplitMix64: a small seeded generator, so every run reads the same "random" text.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
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
        var rng = SeededGenerator(state: seed)
        var out = ""
        out.reserveCapacity(bytes + 16)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.-×’é🔴\n'")
        while out.utf8.count < bytes {
            if Double.random(in: 0..<1, using: &rng) < vocabularyShare, let word = vocabulary.randomElement(using: &rng) {
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
        do {
            let parsed = try TextParserFixtures.parser.parse(text)
            #expect(parsed.observation.steps.count >= 0)
        } catch {
            #expect(!error.description.isEmpty)
            #expect(error.start <= error.end)
        }
    }

    @Test func manyShortRandomTextsEitherParseAndRoundTripOrFailWithAnError() throws {
        for seed in 0..<2_000 as Range<UInt64> {
            let text = Self.randomText(seed: seed, bytes: 60, vocabularyShare: 0.9)
            guard let parsed = try? TextParserFixtures.parser.parse(text) else { continue }
            let read = try CanonicalReader.observation(from: parsed.canonical)
            #expect(read == parsed.observation, "\(text)")
        }
    }

    @Test(arguments: ["", " ", "\n", "x", "-", "--", "×", "-5-", "5-", "^", "10^", "1.", ".5", "’", "a’", "é", "🔴🔴", "\r\n", "dev="])
    func degenerateInputs(_ text: String) {
        _ = try? TextParserFixtures.parser.parse(text)
    }

    @Test func aTextOfOnlyVocabularyWithoutSeparatorsStaysLinear() throws {
        let text = String(repeating: "blinking blue solid green ", count: 4_000)
        let parsed = try TextParserFixtures.parser.parse(text)
        #expect(parsed.canonical == "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_")
    }
}
