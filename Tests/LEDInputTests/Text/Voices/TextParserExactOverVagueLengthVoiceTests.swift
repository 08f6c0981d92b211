import Testing

@testable import LEDInput

/// A vague length said before the light ("since lunch", a clause of its own) gives way to an exact length
/// said in the light's own sentence ("a good forty minutes now").
@Suite struct TextParserExactOverVagueLengthVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "we started setup since lunch; the xt2 has blinked red the whole time, about 25 minutes now",
            "dev=xt2 ctx=setup : red:blink:_:_:minutes=1500:_:_"),
        // With no exact length, the vague one stays.
        TextCase("since lunch the doorbell has been blinking red", "dev=doorbell ctx=- : red:blink:_:_:hours:_:_"),
        // Tens spelt out: "ninety seconds" is a minute and a half.
        TextCase(
            "it blinked red for ninety seconds before it reconnected",
            "dev=? ctx=- : red:blink:_:_:minutes=90:_:_"),
        TextCase("solid green for seventy minutes", "dev=? ctx=- : green:solid:_:_:hours=4200:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
