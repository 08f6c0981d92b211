import Testing

@testable import LEDInput

/// "off" said of the device handled — the batteries or a cover taken off ("when I took off the battery and
/// put it back", "took off the back cover") — is not a dark LED: the batteries are the power cycle, a cover
/// nothing. A light that "turns back off" still ends in darkness.
@Suite struct TextParserHandlingOffVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "when I took off the battery and put it back, the XT2 blinked red for a few seconds",
            "dev=xt2 ctx=power-cycle : red:blink:_:_:seconds:_:_"),
        TextCase("took off the back cover, the LED is flashing red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "A blue light turns on for 10 secs and turns back off",
            "dev=? ctx=- : blue:solid:_:_:seconds=10:_:_ none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
