import Testing

@testable import LEDInput

/// A colour said in turn with darkness blinks ("red, on, off, on, off"); a pace said before the darkness
/// stays the blink's and leaves no darkness after it ("red light slowly, on, off, on, off").
@Suite struct TextParserPacedOnOffVoiceTests {
    static let cases: [TextCase] = [
        // non-native
        TextCase(
            "I am in the app adding the doorbell now, and the ring is making red light slowly, on, off, on, off.",
            "dev=doorbell ctx=setup : red:blink:_:slow:_:_:_"),
        // terse
        TextCase("XT2 LED: blue, fast, on off on off", "dev=xt2 ctx=- : blue:blink:_:fast:_:_:_"),
        // no pace
        TextCase("the Mini goes blue, off, blue, off", "dev=mini ctx=- : blue:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
