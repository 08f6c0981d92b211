import Testing

@testable import LEDInput

/// A timeline where the time of day opens a mover's clause and the light follows in its own clause, then a
/// later time brings darkness ("07:40 a fox crossed the lawn, Outdoor 4 went solid blue; 07:41 dark again"): the
/// light lasted from the mover's time to the dark one.
@Suite struct TextParserMoverClockDarkVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "07:40 a fox crossed the lawn, Outdoor 4 went solid blue; 07:41 dark again.",
            "dev=outdoor-4 ctx=motion : blue:solid:_:_:minute=60:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "22:10 courier at the door, the ring lit blue; 22:10:20 off",
            "dev=? ctx=motion : blue:solid:_:_:seconds=20:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "at 9:00 I reset it, red flashing; at 9:20 it went off",
            "dev=? ctx=after-reset : red:blink:_:_:minutes=1200:_:_ none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
