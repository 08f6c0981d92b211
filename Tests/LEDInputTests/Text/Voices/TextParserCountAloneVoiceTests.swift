import Testing

@testable import LEDInput

/// A count said alone in a clause of its own right after a blink ("red blinks, about 4, then …", "flash flash
/// flash, three, then …", "around 4 or so") is the number of those blinks.
@Suite struct TextParserCountAloneVoiceTests {
    static let cases: [TextCase] = [
        TextCase("red blinks, about 4, then it connected", "dev=? ctx=- : red:blink:4:_:_:_:_"),
        TextCase(
            "it flashed red, three, then went dark", "dev=? ctx=- : red:blink:3:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "after the clip my xt blinks red, 6 or so, and goes dark",
            "dev=xt ctx=recording : red:blink:6:_:_:_:_ none:off:_:_:_:_:_"),
        // A number that counts something else is no count.
        TextCase("the xt2 blinks red, 2 of my cameras are offline", "dev=xt2 ctx=app-offline : red:blink:_:_:_:_:_"),
        // a number that names something else beside the light counts nothing of it
        TextCase("camera #2 flashes red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("My Outdoor 4 (firmware 10.58) blinks blue slowly", "dev=outdoor-4 ctx=- : blue:blink:_:slow:_:_:_"),
        TextCase("doorbell ring flashing red, 2 AA lithium batteries in", "dev=doorbell ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "I bought 3 Outdoor 4 cameras. One of them blinks red 6 times after each clip.",
            "dev=outdoor-4 ctx=recording : red:blink:6:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
