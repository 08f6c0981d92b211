import Testing

@testable import LEDInput

/// A single pulse denied, whatever the word for it ("not a single flicker", "without a single wink", "not one
/// blip"), says the light never blinks, as "not a single blink" does.
@Suite struct TextParserBlinkDenialVoiceTests {
    static let cases: [TextCase] = [
        // a single pulse of a colour denied is that colour absent
        TextCase(
            "09:07 still not a single red blink from the doorbell.", "dev=doorbell ctx=- : red:off:_:_:_:_:_"),
        TextCase("not one single blue flash on the XT2", "dev=xt2 ctx=- : blue:off:_:_:_:_:_"),
        TextCase(
            "held the reset on the Mini 2 with a paperclip, zilch, not a single flicker",
            "dev=mini-2 ctx=holding-reset : none:off:_:_:_:_:noblink"),
        TextCase("solid red, not a single flicker", "dev=? ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase("The XT shows solid blue without a single wink", "dev=xt ctx=- : blue:solid:_:_:_:_:noblink"),
        TextCase("held the button 10 s, not one blip", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
