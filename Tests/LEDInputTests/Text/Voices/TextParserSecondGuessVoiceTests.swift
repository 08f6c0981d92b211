import Testing

@testable import LEDInput

/// An owner who corrects what they said of the light: the colour right before "I mean" ("green, ugh, red I mean"),
/// two lights told "the other way round", one of two LEDs said again ("both solid. Oh wait, the green is
/// blinking"), a second guess at a length ("ten seconds, maybe fifteen") and "didn't do anything".
@Suite struct TextParserSecondGuessVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "During setup it blinked green, ugh, red I mean, for maybe half a minute",
            "dev=? ctx=setup : red:blink:_:_:seconds:_:_"),
        TextCase("it blinks red I mean, not blue", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "Sync Module 2: green is blinking and blue is solid. Sorry, other way round: the blue blinks and the green "
                + "stays solid.",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "The Sync Module 2 has blue and green both blinking, then she corrected herself: only the blue blinks, the "
                + "green is steady.",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "The Sync Module 2 has blue and green both solid. Oh wait, the green is actually blinking.",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        TextCase(
            "plugged back in, it flashed red for about ten seconds, maybe fifteen, then went normal",
            "dev=? ctx=power-cycle : red:blink:_:_:seconds=10:_:_"),
        TextCase("it flashed red, 3, then went dark", "dev=? ctx=- : red:blink:3:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "held the reset 10 seconds, the LED didn't do anything", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase(
            "it blinks blue about every second, or more like every three seconds",
            "dev=? ctx=- : blue:blink:_:slow:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
