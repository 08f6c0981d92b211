import Testing

@testable import LEDInput

/// "A couple (of)" before a unit of time is a vague length, not a count of two: "couple secs" and "a couple of
/// seconds" are brief, "a couple of mins" minutes, "a couple hours" hours; "every couple of secs" stays a period.
@Suite struct TextParserCoupleLengthVoiceTests {
    static let cases: [TextCase] = [
        TextCase("flashed red couple secs then off", "dev=? ctx=- : red:blink:_:_:brief:_:_ none:off:_:_:_:_:_"),
        TextCase("for a couple of secs there was only a steady blue light", "dev=? ctx=- : blue:solid:_:_:brief:_:_"),
        TextCase("blinked red coupla secs", "dev=? ctx=- : red:blink:_:_:brief:_:_"),
        TextCase(
            "blue light couple of seconds then dark", "dev=? ctx=- : blue:solid:_:_:brief:_:_ none:off:_:_:_:_:_"),
        TextCase("Mini blinking red for couple mins", "dev=mini ctx=- : red:blink:_:_:minutes:_:_"),
        TextCase("its been blinking red a couple of mins", "dev=? ctx=- : red:blink:_:_:minutes:_:_"),
        TextCase("the XT has been blinking red a couple hours", "dev=xt ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("solid blue for a couple of days now", "dev=? ctx=- : blue:solid:_:_:hours:_:_"),
        // A period and a count stay what they are.
        TextCase("flashes red every couple of secs", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("it flashed blue a couple of times", "dev=? ctx=- : blue:blink:2:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
