import Testing

@testable import LEDInput

/// Two neighbouring numbers before "times" or "x" are a guess between them, as "two or three times" is:
/// "two, three times", "three four times", "5, 6x". Counting aloud ("one, two, three times") and numbers that are
/// not neighbours stay what they were.
@Suite struct TextParserNeighbourCountVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "my mother say the doorbell ring is blinking blue two, three times",
            "dev=doorbell ctx=- : blue:blink:2-3:_:_:_:_"),
        TextCase(
            "flashing red three, four times when I press reset", "dev=? ctx=holding-reset : red:blink:3-4:_:_:_:_"),
        TextCase("XT2 flashes red 3, 4 times after the clip", "dev=xt2 ctx=recording : red:blink:3-4:_:_:_:_"),
        TextCase("blinks blue two three times then nothing", "dev=? ctx=- : blue:blink:2-3:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("red flash 5, 6x", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        // Not neighbours, or counted aloud.
        TextCase("blinks red one, two, three times", "dev=? ctx=- : red:blink:3:_:_:_:_"),
        TextCase("blinked red twenty five times", "dev=? ctx=- : red:blink:25:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
