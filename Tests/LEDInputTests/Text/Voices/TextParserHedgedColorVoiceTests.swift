import Testing

@testable import LEDInput

/// A colour the owner is unsure of, with a second guess after it, is the first colour: one light, not two lights
/// taking turns ("blinking red or orange" read red and amber alternating) or following each other. Two colours said
/// to take turns, and a denial of both, read as before.
@Suite struct TextParserHedgedColorVoiceTests {
    static let cases: [TextCase] = [
        TextCase("blinking red or orange", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "I think it might be blinking red, or maybe orange, hard to tell", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("blinking red, maybe orange", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("red or blue flashing alternately", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("flashing red, then blue", "dev=? ctx=- : red:blink:_:_:_:_:_ blue:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
