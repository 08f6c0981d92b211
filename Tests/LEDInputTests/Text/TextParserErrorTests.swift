import Foundation
import TestSupport
import Testing

@testable import LEDInput

/// An input that must fail, and the golden file holding its rendered error.
struct TextErrorCase: Sendable, CustomTestStringConvertible {
    var input: String
    var golden: String
    var testDescription: String { "\(golden): \(input)" }
}

/// Error messages are compared with `Tests/Fixtures/Golden/text-errors/*.txt`. Run with `LEDDIAG_UPDATE_GOLDEN=1`
/// to write the files anew after an intended change, then review the diff.
@Suite struct TextParserErrorTests {
    static let cases: [TextErrorCase] = [
        // A misspelling close to one word, or to words that all mean the same, is read as that word
        // (TextParserRepairTests); these are close to words that mean different things, so the reader asks.
        TextErrorCase(input: "red flashes onec after blue", golden: "misspelt-count"),
        TextErrorCase(input: "red flashes onec ×6", golden: "misspelt-count-non-ascii"),
        TextErrorCase(input: "🔴 flashes onec after blue", golden: "misspelt-count-after-emoji"),
        TextErrorCase(input: "ｒｅｄ flashes onc", golden: "misspelt-count-full-width"),
        TextErrorCase(input: "solid blue then red blinks onc", golden: "misspelt-count-late"),
        TextErrorCase(input: "my camera is broken", golden: "nothing-led-like"),
        TextErrorCase(input: "   ", golden: "empty-input"),
        TextErrorCase(input: "?!", golden: "punctuation-only"),
        TextErrorCase(input: "it keeps blinking", golden: "color-missing"),
        TextErrorCase(input: "solid blue\nthen red blinks onec", golden: "second-line"),
        TextErrorCase(input: "dev=mini ctx=- : blue:solidd", golden: "canonical-syntax"),
    ]

    @Test(arguments: cases)
    func errorMatchesGolden(_ testCase: TextErrorCase) throws {
        let error = #expect(throws: ObservationParseError.self) {
            try TextParserFixtures.parser.parse(testCase.input)
        }
        let rendered = try #require(error).description + "\n"
        try GoldenFile.check(rendered, against: "text-errors/\(testCase.golden).txt")
    }

    @Test func aMisspellingNamesTheWordItsPositionAndSuggestions() throws {
        let error = #expect(throws: ObservationParseError.self) {
            try TextParserFixtures.parser.parse("solid blue then red blinks onec")
        }
        let found = try #require(error)
        #expect(found.message == "unknown word \"onec\"")
        #expect(found.start == 27 && found.end == 31)
        #expect(found.utf8Offset == 27)
        #expect(found.suggestions == ["once", "one"])
    }

    @Test func caretColumnsCountCharactersNotBytes() throws {
        let error = #expect(throws: ObservationParseError.self) {
            try TextParserFixtures.parser.parse("×× onec")
        }
        let found = try #require(error)
        #expect(found.start == 3)
        #expect(found.utf8Offset == 5)
    }

    @Test(arguments: [
        "read the manual, the light is red", "there are three blinks of red", "while recording it was white",
        "people say the light is purple", "it went solid green again", "the screen says it is red",
        "I fed it new batteries and it's green", "too many red blinks", "the number on it is blue",
    ])
    func ordinaryWordsAreNotMisspellings(_ input: String) {
        #expect(throws: Never.self) { try TextParserFixtures.parser.parse(input) }
    }

    /// Words close to two or more vocabulary words, at the same distance, that mean different things.
    @Test(arguments: ["onec", "onc"])
    func ambiguousMisspellingsAreReported(_ word: String) {
        #expect(throws: ObservationParseError.self) { try TextParserFixtures.parser.parse("\(word) light") }
    }
}
