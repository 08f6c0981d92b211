import Testing

@testable import LEDInput

/// A strobe is a fast blink ("strobing blue", "strobes red", "strobin red"), unless its clause says a pace
/// of its own ("strobes blue slowly").
@Suite struct TextParserStrobeVoiceTests {
    static let cases: [TextCase] = [
        TextCase("my mini 2 is strobing blue like crazy", "dev=mini-2 ctx=- : blue:blink:_:fast:_:_:_"),
        TextCase(
            "the doorbell ring strobes red for a few seconds then goes dark",
            "dev=doorbell ctx=- : red:blink:_:fast:seconds:_:_ none:off:_:_:_:_:_"),
        TextCase("xt strobin red nonstop", "dev=xt ctx=- : red:blink:_:fast:continuous:_:_"),
        TextCase("red strobe, six pulses", "dev=? ctx=- : red:blink:6:fast:_:_:_"),
        TextCase("it strobes blue slowly", "dev=? ctx=- : blue:blink:_:slow:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
