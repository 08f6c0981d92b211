import Testing

@testable import LEDInput

/// A number, a slash and a unit is a blink rate, not a count: "approx 2/s" (fast), "1/sec" (a one-second
/// period: medium), "20/min" (slow). A slash between numbers stays a range ("5/6 times").
@Suite struct TextParserSlashRateVoiceTests {
    static let cases: [TextCase] = [
        TextCase("porch cam LED: red blinking, approx 2/s", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("blue blink 1/sec", "dev=? ctx=- : blue:blink:_:medium:_:_:_"),
        TextCase("red flashing 20/min", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("red 5/6 times", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
