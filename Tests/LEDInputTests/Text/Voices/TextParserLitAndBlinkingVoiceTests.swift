import Testing

@testable import LEDInput

/// A light that comes on "and" blinks is one blinking light ("the doorbell lights up blue and blinks"), not a steady
/// light and then a blink; with a colour of its own, or staying on, it reads as before.
@Suite struct TextParserLitAndBlinkingVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "My mum says the doorbell lights up blue and blinks whenever a visitor pushes the button, "
                + "and then it's off.",
            "dev=doorbell ctx=- : blue:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("the blue light comes on and flashes fast", "dev=? ctx=- : blue:blink:_:fast:_:_:_"),
        TextCase("it glows blue and blinks a few times", "dev=? ctx=- : blue:blink:few:_:_:_:_"),
        // staying on is a steady light
        TextCase("it lights up blue and stays on", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
