import Testing

@testable import LEDInput

/// Chat spellings of small words ("wen", "da", "thru", "evry") are read as the words the phrases are made of,
/// so "wen i walk past" is motion and "hold da button" the reset button held. A technician's single "R"
/// stays red.
@Suite struct TextParserChatSpellingVoiceTests {
    static let cases: [TextCase] = [
        TextCase("wen i walk past the outdoor 4 it flashes red 1x", "dev=outdoor-4 ctx=motion : red:blink:1:_:_:_:_"),
        TextCase(
            "mini lite goin blue red blue red when i hold da button",
            "dev=mini ctx=holding-reset : blue-red:alt:_:_:_:_:_"),
        TextCase("xt flashes red evry time a car goes thru da drive", "dev=xt ctx=motion : red:blink:_:_:_:_:_"),
        TextCase("XT2 R blink x3", "dev=xt2 ctx=- : red:blink:3:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
