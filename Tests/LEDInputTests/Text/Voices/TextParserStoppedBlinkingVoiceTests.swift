import Testing

@testable import LEDInput

/// "stopped blinking" is "no longer blinking": the light blinked, then its colour went dark. Beside a steady
/// light ("kept the red on but stopped flashing") or before a darkness said ("stopped flashing and went dark")
/// it adds nothing; negated ("never stops blinking") the blinking has no end.
@Suite struct TextParserStoppedBlinkingVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "8:15 the XT2 was flashing red, 8:16 it stopped flashing",
            "dev=xt2 ctx=- : red:blink:_:_:minute=60:_:_ red:off:_:_:_:_:_"),
        TextCase(
            "blue blinked for a bit and then stops blinking", "dev=? ctx=- : blue:blink:_:_:_:_:_ blue:off:_:_:_:_:_"),
        TextCase("the ring stayed lit red but stopped flashing", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "it flashed red, then stopped flashing and went dark",
            "dev=? ctx=- : red:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("the blue never stops blinking", "dev=? ctx=- : blue:blink:_:_:continuous:_:_"),
        TextCase(
            "after the router swap the camera flashed red for a bit, then it stopped flashing",
            "dev=? ctx=network-change : red:blink:_:_:_:_:_ red:off:_:_:_:_:_"),
        TextCase(
            "8:10 put the batteries back, 8:11 red blinking, 8:12 the light stops blinking and the app is happy",
            "dev=? ctx=power-cycle : red:blink:_:_:minute=60:_:_ red:off:_:_:_:_:_"),
        TextCase(
            "during setup the ring went solid red and stopped blinking", "dev=? ctx=setup : red:solid:_:_:_:_:_"),
        // Negated, it never stopped: still the long blink.
        TextCase(
            "the red light hasn't stopped flashing since the reset",
            "dev=? ctx=after-reset : red:blink:_:_:continuous:_:_"),
        // the colour named right before "stopped blinking" was blinking, darkness said or not
        TextCase("the red light stopped blinking", "dev=? ctx=- : red:blink:_:_:_:_:_ red:off:_:_:_:_:_"),
        TextCase(
            "App said 'Doorbell added!' and the red light stopped blinking, now off",
            "dev=doorbell ctx=setup : red:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "red flashing; after a minute it stopped flashing and went dark",
            "dev=? ctx=- : red:blink:_:_:minute:_:_ none:off:_:_:_:_:_"),
        // A steady light of another colour is that light's: the red blinked, then went dark.
        TextCase(
            "the red light stopped blinking, now solid green",
            "dev=? ctx=- : red:blink:_:_:_:_:_ red:off:_:_:_:_:_ green:solid:_:_:_:_:_"),
        // "no longer" right before a blinking light ends it, as "isn't blinking red anymore" does.
        TextCase("it no longer blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_ red:off:_:_:_:_:_"),
        TextCase(
            "the XT2 used to flash red 6 times after recording, now it no longer flashes",
            "dev=xt2 ctx=recording : red:blink:6:_:_:_:past red:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
