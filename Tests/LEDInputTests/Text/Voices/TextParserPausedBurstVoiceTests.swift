import Testing

@testable import LEDInput

/// A count said again after a pause is a second burst of the same light ("twice then a pause then twice",
/// "3 times, long pause, 3 times"); a length said of the pause ("a short pause") is not the first burst's.
@Suite struct TextParserPausedBurstVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "blinks red twice, then a short pause, then twice again",
            "dev=? ctx=- : red:blink:2:_:_:_:_ red:blink:2:_:_:_:_"),
        TextCase(
            "the doorbell flashes blue 3 times, long pause, 3 times",
            "dev=doorbell ctx=- : blue:blink:3:_:_:_:_ blue:blink:3:_:_:_:_"),
        TextCase(
            "blue flashed 4 times, then a break, then 4 times",
            "dev=? ctx=- : blue:blink:4:_:_:_:_ blue:blink:4:_:_:_:_"),
        TextCase(
            "my cam goes red x3 then a gap then x3 when a car passes",
            "dev=? ctx=motion : red:blink:3:_:_:_:_ red:blink:3:_:_:_:_"),
        // Without a pause, a count after "then" still says how many of the light before.
        TextCase("red flashes 3 times, then 3 times", "dev=? ctx=- : red:blink:3:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
