import Testing

@testable import LEDInput

/// A light timed by two times of day said in other words: "from 14:01 to now (16:30)" (the time now in
/// brackets ends the span), "first seen 23:00, still at it 07:00" (a time said alone between the light and
/// a later "still" is when it began), "blinking thru 09:00" after "reset 08:15" (a time said "through" ends
/// the light as "until" does).
@Suite struct TextParserClockToNowVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "From 14:01 to now (16:30) the Mini 2 blinks red", "dev=mini-2 ctx=- : red:blink:_:_:hours=8940:_:_"),
        TextCase(
            "the doorbell: from 9:10 until now (10:40) blue blinking",
            "dev=doorbell ctx=- : blue:blink:_:_:hours=5400:_:_"),
        TextCase(
            "red blink every 3 s, first seen 23:00, still at it 07:00 next morning.",
            "dev=? ctx=- : red:blink:_:slow:hours=28800:_:_"),
        TextCase(
            "outdoor 4 red blinking, first noticed 22:15, still blinking 06:45",
            "dev=outdoor-4 ctx=- : red:blink:_:_:hours=30600:_:_"),
        TextCase(
            "reset 08:15, R blinking continuous thru 09:00", "dev=? ctx=after-reset : red:blink:_:_:minutes=2700:_:_"),
        TextCase("red blinking through the night", "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
