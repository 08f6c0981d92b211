import Testing

@testable import LEDInput

/// A light said to come on, with a period in the same clause ("the red light goes on once every 4 or 5 seconds",
/// "lights up every 10 seconds"), comes on again and again: it blinks at that pace. A period said as a length
/// ("every half second or so") is the pace too, not how long the light lasts.
@Suite struct TextParserComesOnPeriodVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "the outdoor cam's red light goes on once every 4 or 5 seconds",
            device: "outdoor", "dev=outdoor ctx=- : red:blink:_:slow:_:_:_"),
        TextCase(
            "Good morning, the red lamp of my Mini comes on roughly every three seconds. Is that normal?",
            "dev=mini ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("red LED lights up every 10 s", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("the light is turn on red every 2 second", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("my Mini 2K+ blinks red every half second or so", "dev=mini-2k-plus ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("it flashes red every half a second", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        // A light that stays on beside a blink of its own keeps both.
        TextCase(
            "the red light stays on, every 2 seconds it blinks",
            "dev=? ctx=- : red:solid:_:_:_:_:_ red:blink:_:slow:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
